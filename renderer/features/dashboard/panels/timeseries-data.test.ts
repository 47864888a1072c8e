import { describe, expect, it } from 'vitest';
import type { Frame } from './types';
import { gridRows, nearestIndex, seriesPoints, tooltipEntries, valueExtent } from './timeseries-data';

const frame = (name: string, times: number[], values: number[]): Frame => ({ refId: 'A', name, labels: {}, times, values });

describe('timeseries data', () => {
  it('downsamples each series to the pixel width', () => {
    const long = frame('a', Array.from({ length: 1000 }, (_, i) => i), Array.from({ length: 1000 }, (_, i) => Math.sin(i)));
    expect(seriesPoints([long], 100)[0]!.times.length).toBeLessThanOrEqual(100);
  });

  it('puts series on a shared grid with null for gaps and missing times', () => {
    const rows = gridRows([frame('a', [1, 2], [5, NaN]), frame('b', [2, 3], [7, 8])], 100);
    expect(rows).toEqual([
      { t: 1, s0: 5, s1: null },
      { t: 2, s0: null, s1: 7 },
      { t: 3, s0: null, s1: 8 },
    ]);
  });

  it('sums per time for the stacked extent', () => {
    const frames = [frame('a', [1, 2], [5, 1]), frame('b', [1, 2], [7, NaN])];
    expect(valueExtent(frames, true)).toEqual({ min: 0, max: 12 });
    expect(valueExtent(frames, false)).toEqual({ min: 1, max: 7 });
  });

  it('finds the nearest sample', () => {
    expect(nearestIndex([0, 10, 20], 14)).toBe(1);
    expect(nearestIndex([0, 10, 20], 16)).toBe(2);
    expect(nearestIndex([], 1)).toBe(-1);
  });

  it('lists every shown series at the cursor, largest first, skipping far or missing samples', () => {
    const frames = [frame('low', [0, 10], [1, 2]), frame('high', [0, 10], [9, 8]), frame('gap', [0, 10], [NaN, NaN]), frame('hidden', [0, 10], [50, 50])];
    const entries = tooltipEntries(frames, (i) => i !== 3, 9, 10);
    expect(entries.map((e) => [e.name, e.value])).toEqual([
      ['high', 8],
      ['low', 2],
    ]);
    expect(tooltipEntries(frames, () => true, 100, 10)).toEqual([]);
  });
});
