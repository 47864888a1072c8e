import { describe, expect, it } from 'vitest';
import { call, num, range, S, sel, seq, testStore, vectorLines } from './test-support';
import type { Expr } from '../parser/ast';

// Every series here is sampled each 10s from 0s.
function data() {
  const t = testStore();
  t.load(10 * S, [
    [{ __name__: 'c_total', from: 'zero' }, seq(0, 10, 5)], // 0..50
    [{ __name__: 'c_total', from: 'hundred' }, seq(100, 10, 5)], // 100..150
    [{ __name__: 'late_total' }, ['_', '_', 5, 10]], // 20s, 30s
    [{ __name__: 'reset_total' }, [10, 20, 5, 15]],
    [{ __name__: 'g' }, [1, 2, 3, 4]],
    [{ __name__: 'lin' }, [0, 10, 20]],
  ]);
  return t;
}

const at = (t: ReturnType<typeof data>, e: Expr, seconds: number) => vectorLines(t.instant(e, seconds * S));
const f = (name: string, metric: string, rangeS: number, labels: Record<string, string> = {}) => call(name, range(sel(metric, labels), rangeS * S));

describe('rate, increase, delta (extrapolatedRate)', () => {
  it('extrapolates to both window edges when the samples come close to them', () => {
    // window (-5s, 55s]: 100..150 over 50s; 5s to each edge (under 1.1 × 10s): factor 60/50.
    expect(at(data(), f('increase', 'c_total', 60, { from: 'hundred' }), 55)).toEqual(['{from="hundred"} 60']);
    expect(at(data(), f('rate', 'c_total', 60, { from: 'hundred' }), 55)).toEqual(['{from="hundred"} 1']);
  });

  it('extrapolates a counter no further back than where it would be zero', () => {
    // 0..50: the zero point is at the first sample, so only the 5s to the end count: 50 × 55/50.
    const [line] = at(data(), f('increase', 'c_total', 60, { from: 'zero' }), 55);
    expect(line).toMatch(/^\{from="zero"\} 55(\.0+\d)?$/);
    expect(Number(at(data(), f('rate', 'c_total', 60, { from: 'zero' }), 55)[0]!.split(' ')[1])).toBeCloseTo(55 / 60, 12);
  });

  it('extrapolates only half an interval where the series starts well inside the window', () => {
    // window (-20s, 40s]: 5 at 20s, 10 at 30s. Start gap 40s ≥ 11s → 5s; end gap 10s < 11s → 10s. 5 × 25/10.
    expect(at(data(), f('increase', 'late_total', 60), 40)).toEqual(['{} 12.5']);
    expect(at(data(), f('delta', 'late_total', 60), 40)).toEqual(['{} 12.5']);
  });

  it('adds counter resets back; delta does not', () => {
    // 10, 20, 5, 15: 5 + 20 (reset) = 25 over 30s; 10s to the start, zero point 12s away: factor 40/30.
    expect(Number(at(data(), f('increase', 'reset_total', 40), 30)[0]!.split(' ')[1])).toBeCloseTo(100 / 3, 12);
    expect(Number(at(data(), f('delta', 'reset_total', 40), 30)[0]!.split(' ')[1])).toBeCloseTo((5 * 40) / 30, 12);
    expect(at(data(), f('resets', 'reset_total', 40), 30)).toEqual(['{} 1']);
    expect(at(data(), f('changes', 'reset_total', 40), 30)).toEqual(['{} 3']);
  });

  it('needs two samples in the window', () => {
    expect(at(data(), f('rate', 'g', 10), 30)).toEqual([]);
  });

  it('drops the metric name', () => {
    // 1..4 over 30s; the start gap (30s) is past 1.1 intervals, so 5s; the zero point is 10s back.
    const [line] = at(data(), f('rate', 'g', 60), 30);
    expect(line!.split(' ')[0]).toBe('{}');
    expect(Number(line!.split(' ')[1])).toBeCloseTo((3 * 35) / 30 / 60, 15);
  });
});

describe('irate and idelta', () => {
  it('use the last two samples; irate takes a reset as the new value', () => {
    expect(at(data(), f('irate', 'reset_total', 40), 30)).toEqual(['{} 1']);
    expect(at(data(), f('irate', 'reset_total', 40), 20)).toEqual(['{} 0.5']);
    expect(at(data(), f('idelta', 'reset_total', 40), 20)).toEqual(['{} -15']);
  });
});

describe('deriv and predict_linear', () => {
  it('fit a least-squares line; predict_linear from the evaluation time', () => {
    expect(at(data(), f('deriv', 'lin', 30), 20)).toEqual(['{} 1']);
    expect(at(data(), call('predict_linear', range(sel('lin'), 30 * S), num(60)), 20)).toEqual(['{} 80']);
    // At 25s the line is at 25, so an hour on it is at 3625.
    expect(at(data(), call('predict_linear', range(sel('lin'), 30 * S), num(3600)), 25)).toEqual(['{} 3625']);
  });
});

describe('*_over_time', () => {
  const over = (name: string) => at(data(), f(name, 'g', 40), 30);
  it('aggregate each series over its window', () => {
    expect(over('avg_over_time')).toEqual(['{} 2.5']);
    expect(over('sum_over_time')).toEqual(['{} 10']);
    expect(over('count_over_time')).toEqual(['{} 4']);
    expect(over('min_over_time')).toEqual(['{} 1']);
    expect(over('max_over_time')).toEqual(['{} 4']);
    expect(over('stdvar_over_time')).toEqual(['{} 1.25']);
    expect(over('stddev_over_time')).toEqual([`{} ${Math.sqrt(1.25)}`]);
    expect(over('present_over_time')).toEqual(['{} 1']);
  });

  it('last_over_time keeps the metric name, like an offset', () => {
    expect(over('last_over_time')).toEqual(['g{} 4']);
  });

  it('quantile_over_time interpolates between neighbours', () => {
    expect(at(data(), call('quantile_over_time', num(0.5), range(sel('g'), 40 * S)), 30)).toEqual(['{} 2.5']);
    expect(at(data(), call('quantile_over_time', num(0.75), range(sel('g'), 40 * S)), 30)).toEqual(['{} 3.25']);
    expect(at(data(), call('quantile_over_time', num(2), range(sel('g'), 40 * S)), 30)).toEqual(['{} Infinity']);
  });

  it('avg_over_time falls back to the incremental mean where the sum would overflow', () => {
    const t = testStore();
    t.load(10 * S, [[{ __name__: 'big' }, [1e308, 1e308]]]);
    expect(vectorLines(t.instant(call('avg_over_time', range(sel('big'), 60 * S)), 10 * S))).toEqual(['{} 1e+308']);
  });

  it('sum_over_time compensates rounding (Kahan–Neumaier)', () => {
    const t = testStore();
    t.load(10 * S, [[{ __name__: 'k' }, [1, 1e100, 1, -1e100]]]);
    expect(vectorLines(t.instant(call('sum_over_time', range(sel('k'), 60 * S)), 30 * S))).toEqual(['{} 2']);
  });
});

describe('absent and absent_over_time', () => {
  it('answer 1 with the equality matchers’ labels when nothing matches', () => {
    const t = data();
    expect(at(t, call('absent', sel('nope', { job: 'a' })), 10)).toEqual(['{job="a"} 1']);
    expect(at(t, call('absent', sel('nope', {}, [{ name: 'job', type: '=~', value: 'a' }])), 10)).toEqual(['{} 1']);
    expect(at(t, call('absent', sel('g')), 10)).toEqual([]);
    expect(at(t, call('absent_over_time', range(sel('nope', { job: 'x' }), 60 * S)), 10)).toEqual(['{job="x"} 1']);
    expect(at(t, call('absent_over_time', range(sel('g'), 60 * S)), 10)).toEqual([]);
  });
});
