import { describe, expect, it } from 'vitest';
import { fault, increase, logsBetween, MINUTE, runTo, signalAt, simScenario, simulate } from '../../testing/sim-probe';

const START_UNIX = Date.parse('2026-03-13T10:00:00Z');

describe('certificate-expiry', () => {
  const world = {
    hosts: [{ name: 'node-a', cpus: 4, memory_gb: 16 }],
    services: [{ name: 'web', replicas: 2, traffic: { rps: 50 }, error_ratio: 0 }],
    certificates: [{ name: 'shop-tls', expires_in: '30d' }],
  };
  const expiry = (params: object = {}) => [{ id: 'cert', kind: 'certificate-expiry', target: 'shop-tls', trigger: { at: '1m' }, params }];

  it('stops all traffic at the edge once the certificate lapses, and the ingress logs it', () => {
    const sim = simulate(simScenario({ world, faults: expiry() }));
    runTo(sim, 3 * MINUTE);
    expect(signalAt(sim, 'requests_per_second', 'web', 45_000)).toBeGreaterThan(40);
    expect(signalAt(sim, 'requests_per_second', 'web', 90_000)).toBe(0);
    expect(increase(sim, 'http_requests_total', { service: 'web' }, 0, MINUTE)).toBeGreaterThan(0);
    expect(increase(sim, 'http_requests_total', { service: 'web' }, 75_000, 3 * MINUTE)).toBe(0);
    const expired = logsBetween(sim).filter((e) => e['event.action'] === 'cert.expired');
    expect(expired.map((e) => [e['@timestamp'], e['event.dataset']])).toEqual([[new Date(START_UNIX + MINUTE).toISOString(), 'ingress.log']]);
    expect(expired[0]!.message).toContain('shop-tls');
  });

  it('clears when the renewed certificate is served (60 s after renewing); restarting the service does nothing', () => {
    const sim = simulate(simScenario({ world, faults: expiry() }));
    runTo(sim, 2 * MINUTE);
    sim.runOperation('restart', 'web', {});
    runTo(sim, 3 * MINUTE);
    expect(fault(sim, 'cert').state).toBe('active');
    expect(signalAt(sim, 'requests_per_second', 'web', 3 * MINUTE)).toBe(0);
    expect(sim.runOperation('renew-certificate', 'shop-tls', {}).result.ok).toBe(true);
    runTo(sim, 4 * MINUTE);
    expect(fault(sim, 'cert').state).toBe('active');
    runTo(sim, 5 * MINUTE);
    expect(fault(sim, 'cert').state).toBe('cleared');
    expect(fault(sim, 'cert').clearedAt).toBe(4 * MINUTE + 1000);
    // Clearing keeps the renewed certificate.
    expect(sim.world.certificates.get('shop-tls')!.expiresAtUnixMs).toBe(START_UNIX + 4 * MINUTE + 90 * 86_400_000);
    expect(signalAt(sim, 'requests_per_second', 'web', 5 * MINUTE)).toBeGreaterThan(40);
    expect(logsBetween(sim).filter((e) => e['event.action'] === 'cert.renewed')).toHaveLength(1);
  });

  it('that runs out its duration leaves the certificate as it was', () => {
    const sim = simulate(simScenario({ world, faults: [{ ...expiry()[0]!, duration: '2m' }] }));
    runTo(sim, 4 * MINUTE);
    expect(fault(sim, 'cert').clearedAt).toBe(3 * MINUTE);
    expect(sim.world.certificates.get('shop-tls')!.expiresAtUnixMs).toBe(START_UNIX + 30 * 86_400_000);
    expect(signalAt(sim, 'requests_per_second', 'web', 4 * MINUTE)).toBeGreaterThan(40);
  });

  it('with a lead time, renewing before the lapse avoids the outage altogether', () => {
    const sim = simulate(simScenario({ world, faults: expiry({ in: '5m' }) }));
    runTo(sim, 2 * MINUTE);
    expect(fault(sim, 'cert').state).toBe('active');
    expect(sim.world.certificates.get('shop-tls')!.expiresAtUnixMs).toBe(START_UNIX + 6 * MINUTE);
    sim.runOperation('renew-certificate', 'shop-tls', {});
    runTo(sim, 8 * MINUTE);
    expect(fault(sim, 'cert').state).toBe('cleared');
    expect(increase(sim, 'http_requests_total', { service: 'web' }, 6 * MINUTE, 8 * MINUTE)).toBeGreaterThan(0);
    expect(logsBetween(sim).filter((e) => e['event.action'] === 'cert.expired')).toEqual([]);
  });
});

describe('job-failure', () => {
  const world = {
    hosts: [{ name: 'node-a', cpus: 4, memory_gb: 16 }],
    services: [{ name: 'exporter', replicas: 1 }],
    jobs: [{ name: 'nightly-export', every: '10m', last_success: '-9m30s' }],
  };
  const faults = [{ id: 'job', kind: 'job-failure', target: 'nightly-export', trigger: { at: '1m' }, cleared_by: [{ operation: 'config-set', target: 'exporter' }] }];
  const jobEvents = (sim: ReturnType<typeof simulate>, from = -Infinity, to = Infinity) =>
    logsBetween(sim, from, to)
      .filter((e) => e['event.action'] === 'job.failed' || e['event.action'] === 'job.succeeded')
      .map((e) => e['event.action']);

  it('fails every run from the fault on: the last success goes stale', () => {
    const sim = simulate(simScenario({ world, faults }));
    runTo(sim, 11 * MINUTE);
    // Scheduled runs at 30 s (before the fault) and 10m30s.
    expect(jobEvents(sim)).toEqual(['job.succeeded', 'job.failed']);
    expect(sim.world.jobs.get('nightly-export')!.lastSuccessUnixMs).toBe(START_UNIX + 30_000);
    expect(logsBetween(sim, 10 * MINUTE + 30_000, 10 * MINUTE + 31_000).map((e) => e.message)).toContain('Job nightly-export failed: BackoffLimitExceeded');
  });

  it('a rerun fails while the cause remains; once fixed, a rerun succeeds and refreshes the last success', () => {
    const sim = simulate(simScenario({ world, faults }));
    runTo(sim, 2 * MINUTE);
    sim.runOperation('rerun-job', 'nightly-export', {});
    runTo(sim, 2 * MINUTE + 30_000);
    expect(jobEvents(sim, MINUTE)).toEqual(['job.failed']);
    expect(fault(sim, 'job').state).toBe('active');
    sim.runOperation('config-set', 'exporter', { key: 'export.token', value: 'rotated' });
    runTo(sim, 3 * MINUTE);
    expect(fault(sim, 'job').state).toBe('cleared');
    expect(sim.world.jobs.get('nightly-export')!.failing).toBe(false);
    sim.runOperation('rerun-job', 'nightly-export', {});
    runTo(sim, 4 * MINUTE);
    expect(sim.world.jobs.get('nightly-export')!.lastSuccessUnixMs).toBe(START_UNIX + 3 * MINUTE + 30_000);
    expect(jobEvents(sim, MINUTE)).toEqual(['job.failed', 'job.succeeded']);
  });
});
