import { describe, expect, it } from 'vitest';
import type { Simulation } from '../simulation';
import { fault, increase, logsBetween, MINUTE, runTo, signalAt, simScenario, simulate } from '../../testing/sim-probe';

const HOSTS = [
  { name: 'node-a', cpus: 4, memory_gb: 16 },
  { name: 'node-b', cpus: 4, memory_gb: 16 },
];

/** web (the entry service) calls api (ours) and pay (a third party); nothing fails on its own. */
function estate(call: object) {
  return {
    hosts: HOSTS,
    services: [
      { name: 'web', replicas: 2, traffic: { rps: 50 }, latency_ms: 20, error_ratio: 0, calls: [call] },
      { name: 'api', replicas: 2, latency_ms: 30, error_ratio: 0 },
      { name: 'pay', external: true, latency_ms: 100, error_ratio: 0 },
    ],
    feature_flags: [{ name: 'pay-sync', enabled: true }],
  };
}

function share(sim: Simulation, service: string, statuses: string[], from: number, to: number): number {
  const failed = statuses.reduce((s, status) => s + increase(sim, 'http_requests_total', { service, status }, from, to), 0);
  return failed / increase(sim, 'http_requests_total', { service }, from, to);
}

function errorLines(sim: Simulation, service: string, from: number, to: number): string[] {
  return logsBetween(sim, from, to)
    .filter((e) => e['service.name'] === service && e['log.level'] === 'error')
    .map((e) => e['error.message'] ?? '');
}

describe('dependency-slow', () => {
  const world = estate({ service: 'pay', timeout: '2s' });
  const faults = [{ id: 'slow', kind: 'dependency-slow', target: 'pay', trigger: { at: '1m' }, params: { factor: 10 }, cleared_by: [{ operation: 'toggle-flag', target: 'pay-sync' }] }];

  it('slows the callers and cuts the slowest calls off at their timeout', () => {
    const sim = simulate(simScenario({ world, faults }));
    runTo(sim, 3 * MINUTE);
    const before = signalAt(sim, 'latency_p99_seconds', 'web', 45_000);
    expect(signalAt(sim, 'latency_p99_seconds', 'web', 2 * MINUTE)).toBeGreaterThan(5 * before);
    // pay now answers in 1 s on average; calls slower than web's 2 s timeout fail: e^(−2/1) of them.
    expect(signalAt(sim, 'error_ratio', 'web', 2 * MINUTE)).toBeCloseTo(Math.exp(-2), 2);
    expect(share(sim, 'web', ['504'], 100_000, 160_000)).toBeCloseTo(Math.exp(-2), 1);
    expect(errorLines(sim, 'web', MINUTE, 3 * MINUTE)).toContain('context deadline exceeded calling pay');
    // Request logs carry times up to a second before their tick.
    expect(errorLines(sim, 'web', 0, MINUTE - 1000)).toEqual([]);
  });

  it('is not helped by restarting the caller; the scenario’s mitigation (the flag) clears it', () => {
    const sim = simulate(simScenario({ world, faults }));
    runTo(sim, 2 * MINUTE);
    const before = signalAt(sim, 'latency_p99_seconds', 'web', 45_000);
    sim.runOperation('restart', 'web', {});
    runTo(sim, 3 * MINUTE);
    expect(fault(sim, 'slow').state).toBe('active');
    expect(signalAt(sim, 'latency_p99_seconds', 'web', 3 * MINUTE)).toBeGreaterThan(5 * before);
    expect(sim.runOperation('toggle-flag', 'pay-sync', { enabled: false }).result.ok).toBe(true);
    runTo(sim, 4 * MINUTE);
    expect(fault(sim, 'slow').state).toBe('cleared');
    expect(signalAt(sim, 'latency_p99_seconds', 'web', 4 * MINUTE)).toBeLessThan(1.2 * before);
  });
});

describe('dependency-down', () => {
  const world = estate({ service: 'api', timeout: '2s' });
  const down = { id: 'down', kind: 'dependency-down', target: 'api', trigger: { at: '1m' }, cleared_by: [{ operation: 'restart', target: 'api' }] };

  it('fails every call: the caller answers 5xx and logs the upstream error', () => {
    const sim = simulate(simScenario({ world, faults: [down] }));
    runTo(sim, 2 * MINUTE);
    expect(signalAt(sim, 'error_ratio', 'web', 45_000)).toBeLessThan(0.01);
    expect(signalAt(sim, 'error_ratio', 'web', 2 * MINUTE)).toBeGreaterThan(0.99);
    expect(share(sim, 'web', ['500', '502'], 75_000, 2 * MINUTE)).toBeGreaterThan(0.99);
    expect(errorLines(sim, 'web', MINUTE, 2 * MINUTE)).toContain('upstream api returned 503 Service Unavailable');
  });

  it('is cleared by the operation the scenario names, on its target only', () => {
    const sim = simulate(simScenario({ world, faults: [down] }));
    runTo(sim, 2 * MINUTE);
    sim.runOperation('restart', 'web', {});
    runTo(sim, 3 * MINUTE);
    expect(fault(sim, 'down').state).toBe('active');
    expect(signalAt(sim, 'error_ratio', 'web', 3 * MINUTE)).toBeGreaterThan(0.99);
    expect(sim.runOperation('restart', 'api', {}).changes.map((c) => c.kind)).toEqual(['fault.cleared']);
    runTo(sim, 4 * MINUTE);
    expect(signalAt(sim, 'error_ratio', 'web', 4 * MINUTE)).toBeLessThan(0.01);
  });

  it('stays down while another outage of the same service still holds it', () => {
    const second = { id: 'down-again', kind: 'dependency-down', target: 'api', trigger: { at: '30s' }, duration: '1m' };
    const sim = simulate(simScenario({ world, faults: [second, { ...down, cleared_by: [] }] }));
    runTo(sim, 3 * MINUTE);
    expect(fault(sim, 'down-again').state).toBe('cleared');
    expect(sim.world.services.get('api')!.mods.unreachable).toBe(true);
    expect(signalAt(sim, 'error_ratio', 'web', 3 * MINUTE)).toBeGreaterThan(0.99);
  });
});

describe('dns-failure', () => {
  const world = estate({ service: 'api', timeout: '2s' });
  const faults = [{ id: 'dns', kind: 'dns-failure', target: 'api', trigger: { at: '1m' } }];

  it('makes callers fail with "no such host"', () => {
    const sim = simulate(simScenario({ world, faults }));
    runTo(sim, 2 * MINUTE);
    expect(signalAt(sim, 'error_ratio', 'web', 2 * MINUTE)).toBeGreaterThan(0.99);
    const lines = errorLines(sim, 'web', MINUTE, 2 * MINUTE);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l === 'dial tcp: lookup api.default.svc.cluster.local on 10.96.0.10:53: no such host')).toBe(true);
  });

  it('clears once the restored record has propagated (20 s); restarting the caller or restoring another name does not', () => {
    const sim = simulate(simScenario({ world, faults }));
    runTo(sim, 2 * MINUTE);
    expect(sim.runOperation('restore-dns', 'web', {}).result.ok).toBe(false);
    sim.runOperation('restart', 'web', {});
    runTo(sim, 3 * MINUTE);
    expect(fault(sim, 'dns').state).toBe('active');
    expect(sim.runOperation('restore-dns', 'api', {}).result.ok).toBe(true);
    runTo(sim, 3 * MINUTE + 19_000);
    expect(fault(sim, 'dns').state).toBe('active');
    runTo(sim, 3 * MINUTE + 20_000);
    expect(fault(sim, 'dns').state).toBe('cleared');
    runTo(sim, 4 * MINUTE);
    expect(signalAt(sim, 'error_ratio', 'web', 4 * MINUTE)).toBeLessThan(0.01);
    expect(errorLines(sim, 'web', 3 * MINUTE + 21_000, 4 * MINUTE)).toEqual([]);
  });
});

describe('network-partition', () => {
  const world = estate({ service: 'api', timeout: '2s', retries: 1 });
  const faults = [{ id: 'split', kind: 'network-partition', target: 'web->api', trigger: { at: '1m' } }];

  it('makes the caller’s calls hang until their timeout: 504s, slow requests, i/o timeouts in the logs', () => {
    const sim = simulate(simScenario({ world, faults }));
    runTo(sim, 2 * MINUTE);
    expect(increase(sim, 'http_requests_total', { service: 'web', status: '504' }, 0, MINUTE)).toBe(0);
    expect(increase(sim, 'http_requests_total', { service: 'web', status: '504' }, 75_000, 2 * MINUTE)).toBeGreaterThan(0);
    expect(signalAt(sim, 'error_ratio', 'web', 2 * MINUTE)).toBeGreaterThan(0.99);
    // Two attempts (one retry), each waiting out the 2 s timeout.
    expect(signalAt(sim, 'latency_p99_seconds', 'web', 2 * MINUTE)).toBeGreaterThan(4);
    expect(errorLines(sim, 'web', MINUTE, 2 * MINUTE)).toContain('dial tcp api:8080: i/o timeout');
  });

  it('is cleared by restoring that direction of traffic, not the other one', () => {
    const sim = simulate(simScenario({ world, faults }));
    runTo(sim, 2 * MINUTE);
    expect(sim.runOperation('restore-network', 'api->web', {}).result.ok).toBe(false);
    runTo(sim, 2 * MINUTE + 10_000);
    expect(fault(sim, 'split').state).toBe('active');
    expect(sim.runOperation('restore-network', 'web->api', {}).result.ok).toBe(true);
    runTo(sim, 3 * MINUTE);
    expect(fault(sim, 'split').state).toBe('cleared');
    expect(fault(sim, 'split').clearedAt).toBe(2 * MINUTE + 11_000);
    expect(signalAt(sim, 'error_ratio', 'web', 3 * MINUTE)).toBeLessThan(0.01);
  });
});
