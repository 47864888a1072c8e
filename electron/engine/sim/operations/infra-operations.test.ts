import { describe, expect, it } from 'vitest';
import { fault, logsBetween, MINUTE, runTo, signalAt, simScenario, simulate } from '../../testing/sim-probe';

const world = {
  hosts: [
    { name: 'node-a', cpus: 4, memory_gb: 16 },
    { name: 'node-b', cpus: 4, memory_gb: 16 },
  ],
  services: [
    { name: 'web', namespace: 'shop', replicas: 2, traffic: { rps: 50 }, error_ratio: 0, cpu_ms: 12 },
    { name: 'pay', external: true },
  ],
  config: [{ service: 'web', key: 'checkout.mode', value: 'async' }],
  feature_flags: [{ name: 'new-cart', enabled: true }],
};

describe('toggle-flag', () => {
  it('flips the flag at once and writes an audit line; setting it to what it is changes nothing', () => {
    const sim = simulate(simScenario({ world }));
    runTo(sim, 0);
    expect(sim.runOperation('toggle-flag', 'new-cart', { enabled: false }).result).toEqual({ ok: true, output: 'feature flag "new-cart" disabled' });
    expect(sim.world.flags.get('new-cart')).toBe(false);
    expect(sim.runOperation('toggle-flag', 'new-cart', { enabled: false }).result.ok).toBe(false);
    expect(sim.runOperation('toggle-flag', 'old-cart', { enabled: false }).result).toEqual({ ok: false, output: 'toggle-flag: no feature flag named "old-cart"' });
    runTo(sim, 1000);
    const audit = logsBetween(sim).filter((e) => e['event.action'] === 'flag.changed');
    expect(audit.map((e) => [e.message, e['event.dataset']])).toEqual([['feature flag new-cart disabled', 'audit.log']]);
  });
});

describe('config-set and config-revert', () => {
  it('changes the value and rolls every pod (same version) so they read it', () => {
    const sim = simulate(simScenario({ world }));
    runTo(sim, MINUTE);
    const web = sim.world.services.get('web')!;
    const before = web.instances.map((i) => i.name);
    const { result } = sim.runOperation('config-set', 'web', { key: 'checkout.mode', value: 'sync' });
    expect(result).toEqual({ ok: true, output: 'configmap/web-config configured\ndeployment.apps/web restarted' });
    expect(web.config.get('checkout.mode')).toBe('sync');
    expect(web.rollout?.reason).toBe('config');
    runTo(sim, 2 * MINUTE);
    expect(web.rollout).toBeUndefined();
    expect(web.instances.filter((i) => before.includes(i.name))).toEqual([]);
    expect(web.instances.map((i) => i.version)).toEqual(['v1.0.0', 'v1.0.0']);
    const audit = logsBetween(sim).filter((e) => e['event.action'] === 'config.changed');
    expect(audit.map((e) => e.message)).toEqual(['configmap shop/web-config updated: checkout.mode="sync" (was "async")']);
  });

  it('completes when the rollout does, which is when a fault it clears ends', () => {
    const faults = [{ id: 'slow', kind: 'dependency-slow', target: 'pay', trigger: { at: '0s' }, cleared_by: [{ operation: 'config-set', target: 'web' }] }];
    const sim = simulate(simScenario({ world, faults }));
    runTo(sim, MINUTE);
    sim.runOperation('config-set', 'web', { key: 'pay.timeout', value: '1s' });
    runTo(sim, 2 * MINUTE);
    const finished = logsBetween(sim).filter((e) => e['event.action'] === 'deploy.finished');
    expect(finished).toHaveLength(1);
    expect(fault(sim, 'slow').clearedAt).toBe(Date.parse(finished[0]!['@timestamp']) - sim.world.startUnixMs);
  });

  it('refuses changes that change nothing, and external services', () => {
    const sim = simulate(simScenario({ world }));
    runTo(sim, 0);
    expect(sim.runOperation('config-set', 'web', { key: 'checkout.mode', value: 'async' }).result.ok).toBe(false);
    expect(sim.runOperation('config-revert', 'web', { key: 'checkout.mode' }).result.ok).toBe(false);
    expect(sim.runOperation('config-set', 'pay', { key: 'x', value: 'y' }).result.ok).toBe(false);
    expect(sim.world.services.get('web')!.rollout).toBeUndefined();
  });

  it('reverts to the scenario’s known-good value, or removes a key the estate never had', () => {
    const sim = simulate(simScenario({ world }));
    runTo(sim, 0);
    const web = sim.world.services.get('web')!;
    sim.runOperation('config-set', 'web', { key: 'checkout.mode', value: 'sync' });
    sim.runOperation('config-set', 'web', { key: 'debug', value: 'true' });
    expect(sim.runOperation('config-revert', 'web', { key: 'checkout.mode' }).result.ok).toBe(true);
    expect(sim.runOperation('config-revert', 'web', { key: 'debug' }).result.ok).toBe(true);
    expect([...web.config]).toEqual([['checkout.mode', 'async']]);
  });
});

describe('block-traffic', () => {
  const spike = (source: string) => [{ id: 'spike', kind: 'traffic-spike', target: 'web', trigger: { at: '0s' }, params: { factor: 4, ramp: '0s', source } }];

  it('drops the bots’ share of the traffic and says how much', () => {
    const sim = simulate(simScenario({ world, faults: spike('bot') }));
    runTo(sim, MINUTE);
    const offered = signalAt(sim, 'requests_per_second', 'web', MINUTE);
    const { result } = sim.runOperation('block-traffic', 'web', {});
    expect(result.ok).toBe(true);
    // Three quarters of a fourfold spike are bots.
    const blocked = Number(/dropping (\d+) requests\/s/.exec(result.output)![1]);
    expect(Math.abs(blocked / offered - 0.75)).toBeLessThan(0.05);
    expect(sim.runOperation('block-traffic', 'web', {}).result).toEqual({ ok: false, output: 'waf: rule block-bots-web already exists' });
    runTo(sim, 2 * MINUTE);
    expect(Math.abs(signalAt(sim, 'requests_per_second', 'web', 2 * MINUTE) / offered - 0.25)).toBeLessThan(0.05);
  });

  it('has nothing to block when the crowd is real, or when there is no spike', () => {
    for (const faults of [spike('organic'), []]) {
      const sim = simulate(simScenario({ world, faults }));
      runTo(sim, MINUTE);
      const { result } = sim.runOperation('block-traffic', 'web', {});
      expect(result.ok).toBe(false);
      expect(result.output).toContain('nothing to block');
      expect(sim.world.services.get('web')!.mods.blockedTraffic).toBe(0);
    }
  });
});
