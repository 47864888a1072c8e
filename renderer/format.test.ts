import { describe, expect, it } from 'vitest';
import { timeTicks } from './format';

describe('timeTicks', () => {
  const minute = 60_000;
  it('puts at most `count` ticks on whole steps inside the range', () => {
    // 30 minutes, room for 7 labels: every 5 minutes, on the five-minute marks.
    const from = Date.UTC(2026, 2, 14, 9, 42);
    const ticks = timeTicks(from, from + 30 * minute, 7);
    expect(ticks.map((t) => new Date(t).toISOString().slice(11, 16))).toEqual(['09:45', '09:50', '09:55', '10:00', '10:05', '10:10']);
  });

  it('widens the step as the range grows', () => {
    const from = Date.UTC(2026, 2, 14, 0, 0);
    expect(timeTicks(from, from + 24 * 60 * minute, 6).length).toBeLessThanOrEqual(6);
    expect(timeTicks(from, from + 24 * 60 * minute, 6)[1]! - timeTicks(from, from + 24 * 60 * minute, 6)[0]!).toBe(6 * 60 * minute);
  });
});
