import { describe, expect, it } from 'vitest';
import { reduceSeries, reducerName } from './reduce';

const series = [3, NaN, 1, 4, 1, 5, NaN];

describe('reduceSeries', () => {
  it('computes each calc, skipping gaps where Grafana does', () => {
    expect(reduceSeries(series, 'lastNotNull')).toBe(5);
    expect(reduceSeries(series, 'last')).toBeNaN();
    expect(reduceSeries([NaN, 2, 3], 'firstNotNull')).toBe(2);
    expect(reduceSeries([NaN, 2, 3], 'first')).toBeNaN();
    expect(reduceSeries(series, 'mean')).toBeCloseTo(14 / 5);
    expect(reduceSeries(series, 'max')).toBe(5);
    expect(reduceSeries(series, 'min')).toBe(1);
    expect(reduceSeries(series, 'sum')).toBe(14);
    expect(reduceSeries(series, 'count')).toBe(7);
    expect(reduceSeries(series, 'range')).toBe(4);
    expect(reduceSeries(series, 'diff')).toBe(2);
  });

  it('treats a drop as a counter reset in delta', () => {
    expect(reduceSeries([10, 15, 20], 'delta')).toBe(10);
    expect(reduceSeries([10, 15, 3, 5], 'delta')).toBe(5 + 3 + 2);
  });

  it('reduces an empty series to NaN (count 0) and unknown calcs to lastNotNull', () => {
    expect(reduceSeries([], 'max')).toBeNaN();
    expect(reduceSeries([], 'count')).toBe(0);
    expect(reduceSeries([1, 2], 'p99')).toBe(2);
  });
});

describe('reducerName', () => {
  it("uses Grafana's display names", () => {
    expect(reducerName('lastNotNull')).toBe('Last *');
    expect(reducerName('mean')).toBe('Mean');
    expect(reducerName('sum')).toBe('Total');
    expect(reducerName('custom')).toBe('custom');
  });
});
