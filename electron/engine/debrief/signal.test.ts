import { describe, expect, it } from 'vitest';
import { Drill } from '../drill';
import { instantQuery } from '../promql/engine';
import { parseExpr } from '../promql/parser';
import { scoringContext } from '../scoring';
import type { ScoringContext } from '../scoring';
import { simMillis } from '../sim/clock';
import { bundledScenario } from '../testing/bundled.node';
import { storeQueryable } from '../tsdb/queryable';
import { sampleSignal } from './signal';

describe('sampling the signal with a stand-in query', () => {
  it('asks every 15 s from 0 to the end inclusive, keeps the worst series, and leaves a gap for empty or NaN steps', () => {
    const asked: number[] = [];
    const query: ScoringContext['query'] = (_expr, t) => {
      asked.push(t);
      if (t === 15_000) return [];
      if (t === 30_000) return [{ metric: {}, value: Number.NaN }];
      if (t === 45_000) return [{ metric: {}, value: Number.POSITIVE_INFINITY }];
      return [
        { metric: { pod: 'a' }, value: 0.1 },
        { metric: { pod: 'b' }, value: 0.4 },
        { metric: { pod: 'c' }, value: Number.NaN },
      ];
    };
    const points = sampleSignal(query, 'ratio', simMillis(60_000));
    expect(asked).toEqual([0, 15_000, 30_000, 45_000, 60_000]);
    expect(points).toEqual([
      [0, 0.4],
      [60_000, 0.4],
    ]);
  });

  it('stops at the last whole step before an end between steps', () => {
    const points = sampleSignal(() => [{ metric: {}, value: 1 }], 'one', simMillis(40_000));
    expect(points.map(([t]) => t)).toEqual([0, 15_000, 30_000]);
  });
});

describe('the checkout signal over a real drill', () => {
  const scenario = bundledScenario('checkout-bad-deploy');
  const drill = new Drill(scenario, scenario.doc.seed);
  drill.advanceTo(8 * 60_000);
  const promql = scenario.doc.debrief!.signal.promql;
  const points = sampleSignal(scoringContext(drill, []).query, promql, drill.now);

  // The same ratio computed another way: the two sums as separate queries straight on the store, divided here.
  const queryable = storeQueryable(drill.sim.store, drill.sim.world.startUnixMs);
  const sumAt = (expr: string, t: number) => {
    const value = instantQuery(queryable, parseExpr(expr), drill.sim.world.startUnixMs + t);
    if (value.type !== 'vector' || value.samples.length !== 1) throw new Error(`${expr}: expected one series`);
    return value.samples[0]!.v;
  };
  const independent = (t: number) =>
    sumAt('sum(rate(http_requests_total{service="checkout",status=~"5.."}[1m]))', t) / sumAt('sum(rate(http_requests_total{service="checkout"}[1m]))', t);

  it('matches the error ratio worked out from its two halves', () => {
    for (const t of [60_000, 240_000, 420_000]) {
      const point = points.find(([at]) => at === t);
      expect(point, `a point at ${t}`).toBeDefined();
      expect(point![1]).toBeCloseTo(independent(t), 12);
    }
  });

  it('shows the bad deploy: about 0.3 of requests failing after it, under 0.01 before', () => {
    const at = (t: number) => points.find(([p]) => p === t)![1];
    expect(at(60_000)).toBeLessThan(0.01);
    // The fault's error_ratio is 0.3 and the rollout takes effect at 2m; by 5m the 1m rate window is all faulty.
    expect(at(300_000)).toBeGreaterThan(0.25);
    expect(at(300_000)).toBeLessThan(0.35);
  });
});
