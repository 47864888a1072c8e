import { describe, expect, it } from 'vitest';
import { Simulation } from '../../sim/simulation';
import { bundledScenario } from '../../testing/bundled.node';
import { logsBetween } from '../../testing/sim-probe';
import { MINUTE, probeAt } from './sim-test-support';

function simulationOf(id: string): Simulation {
  const scenario = bundledScenario(id);
  return new Simulation(scenario.doc, scenario.doc.seed);
}

describe('createWorldProbe: a teammate’s view of the simulation at now', () => {
  const sim = simulationOf('checkout-bad-deploy');
  const probe = probeAt(sim, 4 * MINUTE);

  it('answers instant PromQL at now with labels and values', () => {
    const up = probe.query('up{job="checkout"}');
    expect(up).toHaveLength(3);
    expect(up.every((s) => s.metric.job === 'checkout' && s.value === 1)).toBe(true);
    expect(probe.query('vector(2) * 3')).toEqual([{ metric: {}, value: 6 }]);
    expect(probe.query('scalar(vector(5))')).toEqual([{ metric: {}, value: 5 }]);
    expect(probe.query('up{job="nothing-here"}')).toEqual([]);
  });

  it('sees the world at now and not later: time() is the drill’s unix time', () => {
    expect(probe.query('time()')[0]!.value).toBe((sim.world.startUnixMs + 4 * MINUTE) / 1000);
  });

  it('counts KQL matches in the window and the top values of a field, as a scan of the raw events finds them', () => {
    const window = 5 * MINUTE;
    const raw = logsBetween(sim, 4 * MINUTE - window, 4 * MINUTE + 1).filter((e) => e['log.level'] === 'error');
    const byService = new Map<string, number>();
    for (const e of raw) byService.set(e['service.name']!, (byService.get(e['service.name']!) ?? 0) + 1);
    const got = probe.logs('log.level:error', window, 'service.name');
    expect(got.total).toBe(raw.length);
    expect(got.total).toBeGreaterThan(0);
    const expectedTop = [...byService].sort((a, b) => b[1] - a[1]).map(([value, count]) => ({ value, count }));
    expect(got.top).toEqual(expectedTop.slice(0, 10));
  });

  it('counts nothing for a query that matches nothing, and throws on its own malformed KQL', () => {
    expect(probe.logs('service.name:"no-such-service"', MINUTE)).toEqual({ total: 0, top: [] });
    expect(() => probe.logs('log.level:(', MINUTE)).toThrow(/does not parse/);
  });
});
