import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceTicks } from './ticks';

describe('niceTicks', () => {
  it('picks round steps that cover the range', () => {
    expect(niceTicks(0, 100, 6)).toEqual({ ticks: [0, 20, 40, 60, 80, 100], step: 20, min: 0, max: 100 });
    expect(niceTicks(0.03, 0.97, 5).ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('always covers [min, max] with at most about maxTicks + 2 ticks', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000), fc.integer({ min: 1, max: 1e9 }).map((n) => n / 1000), fc.integer({ min: 2, max: 10 }), (min, span, count) => {
        const { ticks } = niceTicks(min, min + span, count);
        expect(ticks[0]).toBeLessThanOrEqual(min + 1e-9 * Math.abs(min));
        expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(min + span - 1e-9 * Math.abs(min + span));
        expect(ticks.length).toBeLessThanOrEqual(count + 2);
      }),
    );
  });
});
