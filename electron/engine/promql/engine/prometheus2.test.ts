import { describe, expect, it } from 'vitest';
import { call, range, S, sel, testStore, vectorLines } from './test-support';

/** A counter scraped every 60 s: samples at 0, 60 s, … 600 s. */
function data() {
  const t = testStore();
  t.load(60 * S, [[{ __name__: 'c' }, [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]]]);
  return t;
}
const P2 = { prometheus2: true };

describe('prometheus2: Prometheus 2.x semantics for checking against promtool 2.42', () => {
  it('range windows are left-closed: a sample exactly at t - range counts', () => {
    const t = data();
    const count = call('count_over_time', range(sel('c'), 300 * S));
    expect(vectorLines(t.instant(count, 600 * S))).toEqual(['{} 5']);
    expect(vectorLines(t.instant(count, 600 * S, P2))).toEqual(['{} 6']);
  });

  it('the lookback is left-closed too: a sample exactly 5m old is still seen', () => {
    const t = data();
    expect(vectorLines(t.instant(sel('c'), 900 * S))).toEqual([]);
    expect(vectorLines(t.instant(sel('c'), 900 * S, P2))).toEqual(['c{} 100']);
  });

  it('rate extrapolation agrees where the zero point lies far before the window', () => {
    const t = testStore();
    t.load(15 * S, [[{ __name__: 'late' }, ['_', '_', '_', '_', '_', '_', '_', '_', 100, 101, 102, 103]]]);
    const rate = call('increase', range(sel('late'), 120 * S));
    const current = Number(vectorLines(t.instant(rate, 165 * S))[0]!.split(' ')[1]);
    const legacy = Number(vectorLines(t.instant(rate, 165 * S, P2))[0]!.split(' ')[1]);
    // 3 over 45 s of samples; 3.x: +7.5 s before, 0 after → 3 × 52.5 / 45. 2.42: zero point is 1,500 s back,
    // so durationToStart stays 75 s ≥ 1.1 × 15 s → also half an interval: 3 × 52.5 / 45.
    expect(current).toBeCloseTo(3.5, 12);
    expect(legacy).toBeCloseTo(3.5, 12);
  });

  it('differs where the zero point lies inside the window: 2.42 extrapolated all the way to it', () => {
    const t = testStore();
    // First sample 1 at 90 s, rising 1 per 15 s: the zero point is 15 s before the first sample.
    t.load(15 * S, [[{ __name__: 'young' }, ['_', '_', '_', '_', '_', '_', 1, 2, 3, 4]]]);
    const inc = call('increase', range(sel('young'), 120 * S));
    const current = Number(vectorLines(t.instant(inc, 135 * S))[0]!.split(' ')[1]);
    const legacy = Number(vectorLines(t.instant(inc, 135 * S, P2))[0]!.split(' ')[1]);
    // Samples 90..135 s, window (15, 135]: durationToStart 75 s ≥ 16.5 s. 3.x: half interval 7.5 s, then the
    // zero point (15 s) is not shorter → 3 × 52.5 / 45 = 3.5. 2.42: zero point 15 s < 75 s → start 15 s,
    // and 15 s < 16.5 s → extrapolate the full 15 s: 3 × 60 / 45 = 4.
    expect(current).toBeCloseTo(3.5, 12);
    expect(legacy).toBeCloseTo(4, 12);
  });
});
