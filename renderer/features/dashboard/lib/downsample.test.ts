import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lttb } from './downsample';

const seriesArb = fc
  .array(fc.oneof({ weight: 9, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) }, { weight: 1, arbitrary: fc.constant(NaN) }), {
    minLength: 1,
    maxLength: 400,
  })
  .map((values) => ({ times: values.map((_, i) => 1000 * i), values }));

function gapCount(values: number[]): number {
  let gaps = 0;
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i]) && (i === 0 || !Number.isNaN(values[i - 1]))) gaps++;
  return gaps;
}

describe('lttb', () => {
  it('never returns more than n points, keeps the ends, and keeps times ascending', () => {
    fc.assert(
      fc.property(seriesArb, fc.integer({ min: 2, max: 120 }), ({ times, values }, n) => {
        const out = lttb(times, values, n);
        expect(out.values.length).toBeLessThanOrEqual(Math.max(n, 0));
        expect(out.times[0]).toBe(times[0]);
        expect(out.times[out.times.length - 1]).toBe(times[times.length - 1]);
        for (let i = 1; i < out.times.length; i++) expect(out.times[i]).toBeGreaterThanOrEqual(out.times[i - 1]!);
      }),
    );
  });

  it('keeps every gap when the budget allows two points per run', () => {
    fc.assert(
      fc.property(seriesArb, ({ times, values }) => {
        const n = 3 * (gapCount(values) + 1) + 2;
        expect(gapCount(lttb(times, values, n).values)).toBe(gapCount(values));
      }),
    );
  });

  it('keeps a lone spike in a flat line', () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i === 517 ? 100 : 1));
    const out = lttb(values.map((_, i) => i), values, 50);
    expect(out.values).toContain(100);
  });

  it('returns short series unchanged', () => {
    expect(lttb([1, 2, 3], [4, NaN, 6], 10)).toEqual({ times: [1, 2, 3], values: [4, NaN, 6] });
  });
});
