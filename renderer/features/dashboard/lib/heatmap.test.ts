import { describe, expect, it } from 'vitest';
import type { Frame } from '../panels/types';
import { bucketsToHeatmap, heatColor } from './heatmap';

const bucket = (le: string, values: number[]): Frame => ({ refId: 'A', name: le, labels: { le }, times: values.map((_, i) => i * 1000), values });

describe('bucketsToHeatmap', () => {
  it('sorts by le with +Inf last and subtracts the bucket below', () => {
    const grid = bucketsToHeatmap([bucket('+Inf', [10, 12]), bucket('0.5', [7, 9]), bucket('0.1', [2, 3])]);
    expect(grid.upper).toEqual([0.1, 0.5, Infinity]);
    expect(grid.lower).toEqual([0, 0.1, 0.5]);
    expect(grid.counts).toEqual([
      [2, 3],
      [5, 6],
      [3, 3],
    ]);
    expect(grid.max).toBe(6);
  });

  it('clamps negative differences at zero and ignores series without le', () => {
    const grid = bucketsToHeatmap([bucket('1', [5]), bucket('2', [4]), { ...bucket('x', [1]), labels: {} }]);
    expect(grid.counts).toEqual([[5], [0]]);
  });

  it('leaves holes where a bucket has no sample at a time', () => {
    const grid = bucketsToHeatmap([bucket('1', [1, 2]), { ...bucket('2', [3]), times: [1000] }]);
    expect(grid.times).toEqual([0, 1000]);
    expect(grid.counts[1]?.[0]).toBeNaN();
    expect(grid.counts[1]?.[1]).toBe(1);
  });
});

describe('heatColor', () => {
  it('runs from viridis purple to yellow and is transparent for NaN', () => {
    expect(heatColor(0)).toBe('rgb(68, 1, 84)');
    expect(heatColor(1)).toBe('rgb(253, 231, 37)');
    expect(heatColor(2)).toBe(heatColor(1));
    expect(heatColor(NaN)).toBe('transparent');
  });
});
