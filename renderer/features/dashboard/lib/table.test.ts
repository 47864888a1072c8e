import { describe, expect, it } from 'vitest';
import type { Frame } from '../panels/types';
import { nextSort, sortRows, tableFromFrames } from './table';

const frame = (name: string, labels: Record<string, string>, times: number[], values: number[]): Frame => ({ refId: 'A', name, labels, times, values });

describe('tableFromFrames', () => {
  it('gives one row per series for instant answers, __name__ first', () => {
    const model = tableFromFrames([frame('a', { job: 'api', __name__: 'up' }, [5], [1]), frame('b', { instance: 'x' }, [5], [0])]);
    expect(model.columns.map((c) => c.title)).toEqual(['__name__', 'instance', 'job', 'Value']);
    expect(model.rows.map((r) => r.cells)).toEqual([
      { 'label:__name__': 'up', 'label:instance': '', 'label:job': 'api', value: 1 },
      { 'label:__name__': '', 'label:instance': 'x', 'label:job': '', value: 0 },
    ]);
  });

  it('gives Time plus a column per series for range answers, NaN where a series lacks a time', () => {
    const model = tableFromFrames([frame('a', {}, [1, 2], [10, 20]), frame('b', {}, [2, 3], [5, 6])]);
    expect(model.columns.map((c) => c.title)).toEqual(['Time', 'a', 'b']);
    expect(model.rows.map((r) => [r.cells.time, r.cells['series:0'], r.cells['series:1']])).toEqual([
      [1, 10, NaN],
      [2, 20, 5],
      [3, NaN, 6],
    ]);
  });
});

describe('sortRows', () => {
  const rows = [
    { key: '1', cells: { v: 3, s: 'b10' } },
    { key: '2', cells: { v: NaN, s: 'b9' } },
    { key: '3', cells: { v: 1, s: 'a' } },
  ];
  it('sorts numbers, keeps NaN last either way, and compares text numerically', () => {
    expect(sortRows(rows, { column: 'v', direction: 'asc' }).map((r) => r.key)).toEqual(['3', '1', '2']);
    expect(sortRows(rows, { column: 'v', direction: 'desc' }).map((r) => r.key)).toEqual(['1', '3', '2']);
    expect(sortRows(rows, { column: 's', direction: 'asc' }).map((r) => r.key)).toEqual(['3', '2', '1']);
    expect(sortRows(rows, undefined)).toBe(rows);
  });

  it('cycles none → asc → desc → none', () => {
    const asc = nextSort(undefined, 'v');
    expect(asc).toEqual({ column: 'v', direction: 'asc' });
    expect(nextSort(asc, 'v')).toEqual({ column: 'v', direction: 'desc' });
    expect(nextSort(nextSort(asc, 'v'), 'v')).toBeUndefined();
    expect(nextSort(asc, 'w')).toEqual({ column: 'w', direction: 'asc' });
  });
});
