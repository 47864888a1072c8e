import { describe, expect, it } from 'vitest';
import { fault, increase, logsBetween, MINUTE, runTo, signalAt, simScenario, simulate } from '../../testing/sim-probe';
import { dailyShape } from '../world';

const START_UNIX = Date.parse('2026-03-13T10:00:00Z');
const HOSTS = [
  { name: 'node-a', cpus: 4, memory_gb: 16 },
  { name: 'node-b', cpus: 4, memory_gb: 16 },
  { name: 'node-c', cpus: 4, memory_gb: 16 },
];

/** Share of a service's requests answered with a 5xx in (from, to], from the exporter counters. */
function serverErrorShare(sim: ReturnType<typeof simulate>, service: string, from: number, to: number): number {
  const all = increase(sim, 'http_requests_total', { service }, from, to);
  const failed = ['500', '502', '503', '504'].reduce((s, status) => s + increase(sim, 'http_requests_total', { service, status }, from, to), 0);
  return failed / all;
}

describe('config-error', () => {
  const world = {
    hosts: HOSTS.slice(0, 2),
    services: [{ name: 'api', namespace: 'shop', replicas: 3, traffic: { rps: 50 }, cpu_ms: 2, latency_ms: 20, error_ratio: 0 }],
    config: [{ service: 'api', key: 'db.pool.timeout', value: '30s' }],
  };
  const faults = [{ id: 'bad-config', kind: 'config-error', target: 'api', trigger: { at: '1m' }, params: { key: 'db.pool.timeout', value: '0s', error_ratio: 0.4 } }];

  it('makes every pod fail the configured share of requests, with 500s and an audit line', () => {
    const sim = simulate(simScenario({ world, faults }));
    runTo(sim, 3 * MINUTE);
    expect(signalAt(sim, 'error_ratio', 'api', 45_000)).toBeLessThan(0.01);
    // Nothing else fails in this world: the error ratio is the fault's ratio.
    expect(signalAt(sim, 'error_ratio', 'api', 2 * MINUTE)).toBeCloseTo(0.4, 2);
    const share500 = increase(sim, 'http_requests_total', { service: 'api', status: '500' }, 90_000, 170_000) / increase(sim, 'http_requests_total', { service: 'api' }, 90_000, 170_000);
    expect(share500).toBeGreaterThan(0.37);
    expect(share500).toBeLessThan(0.43);
    const audit = logsBetween(sim, 60_000, 61_000).filter((e) => e['event.action'] === 'config.changed');
    expect(audit.map((e) => e.message)).toEqual([expect.stringContaining('db.pool.timeout="0s" (was "30s")')]);
    expect(fault(sim, 'bad-config').state).toBe('active');
  });

  it('clears as the reverting rollout replaces the pods that read the bad value', () => {
    const sim = simulate(simScenario({ world, faults }));
    runTo(sim, 3 * MINUTE);
    expect(sim.runOperation('config-revert', 'api', { key: 'db.pool.timeout' }).result.ok).toBe(true);
    expect(sim.world.services.get('api')!.config.get('db.pool.timeout')).toBe('30s');
    runTo(sim, 5 * MINUTE);
    // Pods are replaced one at a time (each takes 15 s to become ready): the errors step down, not off.
    const during = signalAt(sim, 'error_ratio', 'api', 3 * MINUTE + 30_000);
    expect(during).toBeGreaterThan(0.05);
    expect(during).toBeLessThan(0.35);
    expect(signalAt(sim, 'error_ratio', 'api', 5 * MINUTE)).toBeLessThan(0.01);
    const state = fault(sim, 'bad-config');
    expect(state.state).toBe('cleared');
    expect(state.clearedAt).toBeGreaterThan(3 * MINUTE + 30_000);
    expect(state.clearedAt).toBeLessThan(4 * MINUTE);
  });

  it('survives a plain restart: new pods read the same bad value', () => {
    const sim = simulate(simScenario({ world, faults }));
    runTo(sim, 3 * MINUTE);
    sim.runOperation('restart', 'api', {});
    runTo(sim, 5 * MINUTE);
    expect(sim.world.services.get('api')!.instances.every((i) => i.startedAt > 3 * MINUTE)).toBe(true);
    expect(signalAt(sim, 'error_ratio', 'api', 5 * MINUTE)).toBeCloseTo(0.4, 2);
    expect(fault(sim, 'bad-config').state).toBe('active');
  });
});

describe('instance-crash', () => {
  const world = { hosts: HOSTS, services: [{ name: 'api', replicas: 3, traffic: { rps: 60 }, error_ratio: 0 }] };

  it('crashes one pod: its scrape fails, its process restarts, and the kubelet logs the exit', () => {
    const sim = simulate(simScenario({ world, scrape_interval: '5s', faults: [{ id: 'crash', kind: 'instance-crash', target: 'api', trigger: { at: '1m' }, params: { pod_index: 1 } }] }));
    const pod = sim.world.services.get('api')!.instances[1]!.name;
    runTo(sim, 2 * MINUTE);
    const upSeries = sim.store.byMetric('up').find((s) => s.labels.pod === pod)!;
    const downs = Array.from({ length: upSeries.length }, (_, i) => ({ t: upSeries.times[i]!, v: upSeries.values[i]! })).filter((s) => s.v === 0);
    expect(downs.length).toBeGreaterThan(0);
    expect(downs.every((s) => s.t >= MINUTE && s.t < MINUTE + 15_000)).toBe(true);
    const crashes = logsBetween(sim, MINUTE, 2 * MINUTE).filter((e) => e['event.action'] === 'pod.crash');
    expect(crashes.map((e) => e.message)).toEqual([`Container api in pod ${pod} exited with code 1`]);
    const started = sim.store.byMetric('process_start_time_seconds').find((s) => s.labels.pod === pod)!;
    expect(started.values[started.length - 1]).toBeGreaterThan((START_UNIX + MINUTE) / 1000);
    // A single crash is over once the container runs again.
    const state = fault(sim, 'crash');
    expect(state.state).toBe('cleared');
    expect(state.clearedAt).toBeLessThan(MINUTE + 20_000);
  });

  it('keeps crashing the same pod until it is replaced; scaling out does not replace it, a restart does', () => {
    const faults = [{ id: 'crash', kind: 'instance-crash', target: 'api', trigger: { at: '1m' }, params: { pod_index: 0, every: '1m' } }];
    const sim = simulate(simScenario({ world, faults }));
    const pod = sim.world.services.get('api')!.instances[0]!.name;
    runTo(sim, 4 * MINUTE);
    sim.runOperation('scale', 'api', { replicas: 4 });
    runTo(sim, 6 * MINUTE);
    const crashed = (from: number, to: number) => logsBetween(sim, from, to).filter((e) => e['event.action'] === 'pod.crash' && e.message.includes(pod)).length;
    expect(crashed(MINUTE, 4 * MINUTE)).toBeGreaterThanOrEqual(3);
    expect(crashed(4 * MINUTE, 6 * MINUTE)).toBeGreaterThanOrEqual(1);
    expect(fault(sim, 'crash').state).toBe('active');
    sim.runOperation('restart', 'api', {});
    runTo(sim, 9 * MINUTE);
    expect(sim.world.services.get('api')!.instances.some((i) => i.name === pod)).toBe(false);
    expect(fault(sim, 'crash').state).toBe('cleared');
    expect(logsBetween(sim, fault(sim, 'crash').clearedAt!).filter((e) => e['event.action'] === 'pod.crash')).toEqual([]);
  });
});

describe('traffic-spike', () => {
  // Each pod serves at most 1000/12 ≈ 83 requests/s: three pods hold the baseline, not three times it.
  const world = { hosts: HOSTS, services: [{ name: 'web', replicas: 3, traffic: { rps: 100 }, cpu_ms: 12, latency_ms: 20, error_ratio: 0 }] };
  const spike = (source: string, extra: object = {}) => [{ id: 'spike', kind: 'traffic-spike', target: 'web', trigger: { at: '1m' }, params: { factor: 3, ramp: '30s', source }, ...extra }];
  const baseline = (t: number) => 100 * dailyShape(START_UNIX + t);

  it('ramps edge traffic up to the factor and overloads the pods (503s)', () => {
    const sim = simulate(simScenario({ world, faults: spike('organic') }));
    runTo(sim, 3 * MINUTE);
    const noise = 0.1;
    expect(signalAt(sim, 'requests_per_second', 'web', 45_000) / baseline(45_000)).toBeCloseTo(1, 0);
    // Half-way up the ramp: 1 + (3 − 1) × 0.5.
    expect(Math.abs(signalAt(sim, 'requests_per_second', 'web', 75_000) / baseline(75_000) - 2)).toBeLessThan(2 * noise);
    expect(Math.abs(signalAt(sim, 'requests_per_second', 'web', 2 * MINUTE) / baseline(2 * MINUTE) - 3)).toBeLessThan(3 * noise);
    expect(signalAt(sim, 'error_ratio', 'web', 45_000)).toBeLessThan(0.01);
    expect(signalAt(sim, 'error_ratio', 'web', 2 * MINUTE)).toBeGreaterThan(0.1);
    expect(increase(sim, 'http_requests_total', { service: 'web', status: '503' }, 2 * MINUTE, 3 * MINUTE)).toBeGreaterThan(0);
  });

  it('organic: a WAF block finds nothing; scaling out absorbs it; it ends when its duration runs out', () => {
    const sim = simulate(simScenario({ world, faults: spike('organic', { duration: '4m' }) }));
    runTo(sim, 2 * MINUTE);
    const block = sim.runOperation('block-traffic', 'web', {});
    expect(block.result.ok).toBe(false);
    runTo(sim, 3 * MINUTE);
    expect(signalAt(sim, 'error_ratio', 'web', 3 * MINUTE)).toBeGreaterThan(0.1);
    sim.runOperation('scale', 'web', { replicas: 6 });
    runTo(sim, 4 * MINUTE);
    expect(signalAt(sim, 'error_ratio', 'web', 4 * MINUTE)).toBeLessThan(0.01);
    expect(fault(sim, 'spike').state).toBe('active');
    runTo(sim, 6 * MINUTE);
    expect(fault(sim, 'spike').state).toBe('cleared');
    expect(fault(sim, 'spike').clearedAt).toBe(5 * MINUTE);
    expect(signalAt(sim, 'requests_per_second', 'web', 6 * MINUTE) / baseline(6 * MINUTE)).toBeCloseTo(1, 0);
  });

  it('bot: blocking the bots clears it and brings traffic and errors back to normal', () => {
    const sim = simulate(simScenario({ world, faults: spike('bot') }));
    runTo(sim, 3 * MINUTE);
    expect(serverErrorShare(sim, 'web', 2 * MINUTE, 3 * MINUTE)).toBeGreaterThan(0.1);
    const block = sim.runOperation('block-traffic', 'web', {});
    expect(block.result.ok).toBe(true);
    runTo(sim, 4 * MINUTE);
    expect(fault(sim, 'spike').state).toBe('cleared');
    expect(fault(sim, 'spike').clearedAt).toBe(3 * MINUTE + 1000);
    expect(serverErrorShare(sim, 'web', 3 * MINUTE + 15_000, 4 * MINUTE)).toBeLessThan(0.01);
    expect(signalAt(sim, 'requests_per_second', 'web', 4 * MINUTE) / baseline(4 * MINUTE)).toBeCloseTo(1, 0);
  });
});

describe('noisy-neighbour', () => {
  const world = { hosts: HOSTS, services: [{ name: 'api', replicas: 3, traffic: { rps: 150 }, cpu_ms: 6, latency_ms: 20, error_ratio: 0 }] };
  const faults = [{ id: 'neighbour', kind: 'noisy-neighbour', target: 'node-a', trigger: { at: '1m' }, params: { steal: 0.6 } }];
  /** Mean per-CPU steal seconds per second on a node over (from, to] (a whole number of scrape intervals). */
  const stealRate = (sim: ReturnType<typeof simulate>, node: string, from: number, to: number) =>
    increase(sim, 'node_cpu_seconds_total', { nodename: node, mode: 'steal' }, from, to) / 4 / ((to - from) / 1000);

  it('shows as CPU steal on the host and slows the service', () => {
    const sim = simulate(simScenario({ world, faults }));
    expect(sim.world.services.get('api')!.instances.map((i) => i.host).sort()).toEqual(['node-a', 'node-b', 'node-c']);
    runTo(sim, 3 * MINUTE);
    expect(stealRate(sim, 'node-a', -MINUTE, 0)).toBe(0);
    expect(stealRate(sim, 'node-a', 100_000, 160_000)).toBeGreaterThan(0.55);
    expect(stealRate(sim, 'node-a', 100_000, 160_000)).toBeLessThan(0.65);
    expect(stealRate(sim, 'node-b', 100_000, 160_000)).toBe(0);
    expect(signalAt(sim, 'latency_p99_seconds', 'api', 2 * MINUTE)).toBeGreaterThan(1.5 * signalAt(sim, 'latency_p99_seconds', 'api', 45_000));
  });

  it('clears once the host is drained; the pods run elsewhere at normal speed', () => {
    const sim = simulate(simScenario({ world, faults }));
    runTo(sim, 3 * MINUTE);
    sim.runOperation('drain', 'node-a', {});
    runTo(sim, 5 * MINUTE);
    const state = fault(sim, 'neighbour');
    expect(state.state).toBe('cleared');
    expect(state.clearedAt).toBeLessThanOrEqual(3 * MINUTE + 10_000);
    expect(sim.world.services.get('api')!.instances.filter((i) => i.host === 'node-a')).toEqual([]);
    expect(signalAt(sim, 'latency_p99_seconds', 'api', 5 * MINUTE)).toBeLessThan(1.2 * signalAt(sim, 'latency_p99_seconds', 'api', 45_000));
  });

  it('survives a rolling restart: the scheduler puts a fresh pod back on the noisy host', () => {
    const sim = simulate(simScenario({ world, faults }));
    runTo(sim, 3 * MINUTE);
    sim.runOperation('restart', 'api', {});
    runTo(sim, 5 * MINUTE);
    const api = sim.world.services.get('api')!;
    expect(api.rollout).toBeUndefined();
    expect(api.instances.every((i) => i.startedAt > 3 * MINUTE)).toBe(true);
    expect(api.instances.some((i) => i.host === 'node-a')).toBe(true);
    expect(fault(sim, 'neighbour').state).toBe('active');
    expect(signalAt(sim, 'latency_p99_seconds', 'api', 5 * MINUTE)).toBeGreaterThan(1.5 * signalAt(sim, 'latency_p99_seconds', 'api', 45_000));
  });
});
