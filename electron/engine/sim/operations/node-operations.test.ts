import { describe, expect, it } from 'vitest';
import type { Simulation } from '../simulation';
import { increase, MINUTE, runTo, simScenario, simulate } from '../../testing/sim-probe';

const HOSTS = ['node-a', 'node-b', 'node-c'].map((name) => ({ name, cpus: 8, memory_gb: 32 }));

function hostsOf(sim: Simulation, service: string): string[] {
  return sim.world.services
    .get(service)!
    .instances.filter((i) => i.status !== 'Terminating')
    .map((i) => i.host)
    .sort();
}

describe('cordon and uncordon', () => {
  const world = { hosts: HOSTS, services: [{ name: 'api', replicas: 3, traffic: { rps: 30 } }] };

  it('keeps new pods off a cordoned node without touching the pods on it, until it is uncordoned', () => {
    const sim = simulate(simScenario({ world }));
    runTo(sim, 0);
    expect(sim.runOperation('cordon', 'node-a', {}).result.output).toBe('node/node-a cordoned');
    expect(sim.runOperation('cordon', 'node-a', {}).result.output).toBe('node/node-a already cordoned');
    sim.runOperation('scale', 'api', { replicas: 6 });
    runTo(sim, 30_000);
    expect(hostsOf(sim, 'api')).toHaveLength(6);
    expect(hostsOf(sim, 'api').filter((h) => h === 'node-a')).toHaveLength(1);
    expect(sim.runOperation('uncordon', 'node-a', {}).result.output).toBe('node/node-a uncordoned');
    sim.runOperation('scale', 'api', { replicas: 7 });
    runTo(sim, 60_000);
    // The least-loaded schedulable node takes the next pod.
    expect(hostsOf(sim, 'api').filter((h) => h === 'node-a')).toHaveLength(2);
  });
});

describe('drain', () => {
  it('cordons the node and evicts its pods as kubectl prints it; replacements start elsewhere', () => {
    const world = { hosts: HOSTS, services: [{ name: 'api', namespace: 'shop', replicas: 3, traffic: { rps: 30 } }, { name: 'worker', replicas: 3 }] };
    const sim = simulate(simScenario({ world }));
    runTo(sim, 0);
    const onA = [...sim.world.services.values()].flatMap((s) => s.instances.filter((i) => i.host === 'node-a').map((i) => `${s.spec.namespace}/${i.name}`));
    expect(onA).toHaveLength(2);
    const { result } = sim.runOperation('drain', 'node-a', {});
    expect(result.output.split('\n')).toEqual([
      'node/node-a cordoned',
      ...onA.map((p) => `evicting pod ${p}`),
      ...onA.map((p) => `pod/${p.split('/')[1]} evicted`),
      'node/node-a drained',
    ]);
    expect(sim.world.hosts.get('node-a')!.cordoned).toBe(true);
    runTo(sim, 30_000);
    for (const service of ['api', 'worker']) {
      const pods = sim.world.services.get(service)!.instances;
      expect(pods.map((i) => i.host)).not.toContain('node-a');
      expect(pods.filter((i) => i.ready)).toHaveLength(3);
    }
  });

  // Each pod serves at most 100 requests/s: doubled traffic fits on four pods, not on the two left while the evicted ones restart.
  const world = { hosts: HOSTS, services: [{ name: 'web', replicas: 4, traffic: { rps: 120 }, cpu_ms: 10, error_ratio: 0 }] };
  const spike = [{ id: 'spike', kind: 'traffic-spike', target: 'web', trigger: { at: '1m' }, params: { factor: 2, ramp: '10s' } }];
  /** Share of web's requests shed with a 503 in the 45 s from 2m, with or without draining node-a at 2m. */
  function overloadAfter(faults: object[], drain: boolean): number {
    const sim = simulate(simScenario({ world, faults }));
    runTo(sim, 2 * MINUTE);
    expect(hostsOf(sim, 'web').filter((h) => h === 'node-a')).toHaveLength(2);
    if (drain) sim.runOperation('drain', 'node-a', {});
    const to = 2 * MINUTE + 45_000;
    runTo(sim, to);
    return increase(sim, 'http_requests_total', { service: 'web', status: '503' }, 2 * MINUTE, to) / increase(sim, 'http_requests_total', { service: 'web' }, 2 * MINUTE, to);
  }

  it('of a healthy node during a traffic spike makes things worse: half the pods restart while the load is high', () => {
    expect(overloadAfter(spike, false)).toBe(0);
    expect(overloadAfter([], true)).toBe(0);
    expect(overloadAfter(spike, true)).toBeGreaterThan(0.05);
  });
});
