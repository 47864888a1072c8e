import { describe, expect, it } from 'vitest';
import { testScenario } from '../testing/scenarios';
import type { DrillAction } from './actions';
import { Drill } from './drill';
import { drillOutputs } from '../testing/drill-outputs';

/** A world with every kind of part, a fault and a learner who acts on it. */
const scenario = testScenario({
  duration: '6m',
  world: {
    hosts: [
      { name: 'node-a', cpus: 4, memory_gb: 16 },
      { name: 'db-1', cpus: 8, memory_gb: 32 },
    ],
    services: [
      { name: 'web', replicas: 2, version: 'v1', traffic: { rps: 40 }, calls: [{ service: 'api', per_request: 1, timeout: '2s', retries: 1 }] },
      { name: 'api', replicas: 2, version: 'v3', calls: [{ datastore: 'main-db', per_request: 2 }, { cache: 'sessions' }] },
    ],
    datastores: [{ name: 'main-db', host: 'db-1' }],
    caches: [{ name: 'sessions', host: 'db-1' }],
  },
  faults: [{ id: 'bad', kind: 'bad-deploy', target: 'api', trigger: { at: '1m' }, params: { version: 'v4', error_ratio: 0.4 } }],
});

const actions: [number, DrillAction][] = [
  [90_000, { type: 'terminal.exec', command: 'kubectl get pods' }],
  [150_000, { type: 'operation.run', operation: 'rollback', target: 'api', params: {} }],
  [200_000, { type: 'operation.run', operation: 'scale', target: 'web', params: { replicas: 3 } }],
];

function play(seed: number): Drill {
  const drill = new Drill(scenario, seed);
  for (const [at, action] of actions) {
    drill.advanceTo(at);
    drill.apply(action);
  }
  drill.advanceTo(drill.endsAt);
  return drill;
}

describe('determinism', () => {
  it('the same scenario, seed and actions produce every sample and log event identically', () => {
    const a = drillOutputs(play(11));
    const b = drillOutputs(play(11));
    expect(a.series.length).toBeGreaterThan(100);
    expect(b.series).toEqual(a.series);
    expect(b.logs).toBe(a.logs);
    expect(b.history).toEqual(a.history);
  });

  it('another seed gives other samples and logs from the same world', () => {
    const a = drillOutputs(play(11));
    const b = drillOutputs(play(12));
    // Pod names come from the seed; everything else about the estate is the scenario's.
    const podless = (o: ReturnType<typeof drillOutputs>) => o.series.map((s) => s.key).filter((k) => !k.includes('pod=')).sort();
    expect(podless(b)).toEqual(podless(a));
    expect(b.logs).not.toBe(a.logs);
    const first = (o: ReturnType<typeof drillOutputs>) => o.series.find((s) => s.key.startsWith('service:http_requests:rate1m'))!.values;
    expect(first(b)).not.toEqual(first(a));
  });
});
