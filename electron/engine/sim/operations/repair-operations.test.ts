import { describe, expect, it } from 'vitest';
import { logsBetween, MINUTE, runTo, simScenario, simulate } from '../../testing/sim-probe';

const START_UNIX = Date.parse('2026-03-13T10:00:00Z');
const world = {
  hosts: [{ name: 'node-a', cpus: 4, memory_gb: 16 }],
  services: [
    { name: 'web', namespace: 'shop', replicas: 2, traffic: { rps: 20 }, calls: [{ service: 'api' }] },
    { name: 'api', namespace: 'shop', replicas: 2 },
  ],
  certificates: [{ name: 'shop-tls', expires_in: '10d' }],
  jobs: [{ name: 'backup', every: '1h', last_success: '-20m' }],
};

describe('restore-dns', () => {
  const faults = [{ id: 'dns', kind: 'dns-failure', target: 'api', trigger: { at: '0s' } }];

  it('repairs the record after clients’ caches expire (20 s), or the scenario’s duration for it', () => {
    for (const [operations, ms] of [[{}, 20_000], [{ 'restore-dns': { duration: '45s' } }, 45_000]] as const) {
      const sim = simulate(simScenario({ world, faults, operations }));
      runTo(sim, MINUTE);
      const { result } = sim.runOperation('restore-dns', 'api', {});
      expect(result).toEqual({ ok: true, output: 'coredns: record api.shop.svc.cluster.local restored; clients resolve it again once their cached answers expire' });
      runTo(sim, MINUTE + ms - 1000);
      expect(sim.world.services.get('api')!.mods.dnsBroken).toBe(true);
      runTo(sim, MINUTE + ms);
      expect(sim.world.services.get('api')!.mods.dnsBroken).toBe(false);
    }
  });

  it('has nothing to do for a name that resolves', () => {
    const sim = simulate(simScenario({ world }));
    runTo(sim, 0);
    expect(sim.runOperation('restore-dns', 'api', {}).result).toEqual({ ok: false, output: 'api.shop.svc.cluster.local resolves; nothing to restore' });
  });
});

describe('restore-network', () => {
  it('removes the partition at once; a pair that is not partitioned is refused', () => {
    const faults = [{ id: 'split', kind: 'network-partition', target: 'web->api', trigger: { at: '0s' } }];
    const sim = simulate(simScenario({ world, faults }));
    runTo(sim, 10_000);
    expect(sim.runOperation('restore-network', 'web->api', {}).result.ok).toBe(true);
    expect(sim.world.partitions.size).toBe(0);
    expect(sim.runOperation('restore-network', 'web->api', {}).result).toEqual({ ok: false, output: 'no rule drops traffic from web to api; nothing to restore' });
    expect(sim.runOperation('restore-network', 'web-api', {}).result.ok).toBe(false);
  });
});

describe('renew-certificate', () => {
  it('issues a certificate valid for 90 days, a minute later; a second request while issuing is refused', () => {
    const sim = simulate(simScenario({ world }));
    runTo(sim, MINUTE);
    expect(sim.runOperation('renew-certificate', 'shop-tls', {}).result).toEqual({ ok: true, output: 'Manually triggered issuance of Certificate shop-tls' });
    expect(sim.runOperation('renew-certificate', 'shop-tls', {}).result.ok).toBe(false);
    runTo(sim, 2 * MINUTE - 1000);
    expect(sim.world.certificates.get('shop-tls')!.expiresAtUnixMs).toBe(START_UNIX + 10 * 86_400_000);
    runTo(sim, 2 * MINUTE);
    expect(sim.world.certificates.get('shop-tls')!.expiresAtUnixMs).toBe(START_UNIX + 2 * MINUTE + 90 * 86_400_000);
    expect(logsBetween(sim).filter((e) => e['event.action'] === 'cert.renewed')).toHaveLength(1);
  });

  it('lands sooner when the scenario makes issuance faster', () => {
    const sim = simulate(simScenario({ world, operations: { 'renew-certificate': { duration: '15s' } } }));
    runTo(sim, MINUTE);
    sim.runOperation('renew-certificate', 'shop-tls', {});
    runTo(sim, MINUTE + 15_000);
    expect(sim.world.certificates.get('shop-tls')!.expiresAtUnixMs).toBe(START_UNIX + MINUTE + 15_000 + 90 * 86_400_000);
  });
});

describe('rerun-job', () => {
  it('creates a one-off job that succeeds after its run (30 s) when nothing is wrong', () => {
    const sim = simulate(simScenario({ world }));
    runTo(sim, MINUTE);
    const { result } = sim.runOperation('rerun-job', 'backup', {});
    expect(result.ok).toBe(true);
    const name = /^job\.batch\/(backup-manual-[0-9a-z]{5}) created$/.exec(result.output)?.[1];
    expect(name).toBeDefined();
    runTo(sim, MINUTE + 29_000);
    expect(sim.world.jobs.get('backup')!.lastSuccessUnixMs).toBe(START_UNIX - 20 * MINUTE);
    runTo(sim, MINUTE + 30_000);
    expect(sim.world.jobs.get('backup')!.lastSuccessUnixMs).toBe(START_UNIX + MINUTE + 30_000);
    expect(logsBetween(sim).filter((e) => e['event.action'] === 'job.succeeded').map((e) => e.message)).toEqual([`Job ${name} completed`]);
  });
});
