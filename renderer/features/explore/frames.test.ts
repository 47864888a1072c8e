import { describe, expect, it } from 'vitest';
import type { PromqlResult } from '../../../electron/contract';
import { autoStepSeconds, isEmptyResult, parseStepSeconds, resultFrames, resultRows } from './frames';

const matrix: PromqlResult = {
  resultType: 'matrix',
  result: [
    { metric: { __name__: 'up', job: 'api' }, values: [[1000, '1'], [1015, 'NaN'], [1030.5, '0']] },
    { metric: { job: 'db' }, values: [] },
  ],
};

describe('resultFrames', () => {
  it('turns seconds into milliseconds and value strings into numbers', () => {
    const [api] = resultFrames(matrix);
    expect(api!.times).toEqual([1_000_000, 1_015_000, 1_030_500]);
    expect(api!.values[0]).toBe(1);
    expect(api!.values[1]).toBeNaN();
    expect(api!.values[2]).toBe(0);
    expect(api!.name).toBe('up{job="api"}');
    expect(api!.refId).toBe('A');
  });

  it('gives an instant vector one point per series, and a scalar one frame', () => {
    const frames = resultFrames({ resultType: 'vector', result: [{ metric: { a: 'b' }, value: [20, '+Inf'] }] });
    expect(frames).toEqual([{ refId: 'A', name: '{a="b"}', labels: { a: 'b' }, times: [20_000], values: [Infinity] }]);
    expect(resultFrames({ resultType: 'scalar', result: [5, '2.5'] })[0]!.values).toEqual([2.5]);
  });
});

describe('resultRows', () => {
  it('shows a range series by its last value and sample count', () => {
    const rows = resultRows(matrix);
    expect(rows[0]).toMatchObject({ value: '0', samples: 3, labels: { __name__: 'up', job: 'api' } });
    expect(rows[1]).toMatchObject({ value: '', samples: 0 });
  });

  it('shows an instant series by its value, without a count', () => {
    const [row] = resultRows({ resultType: 'vector', result: [{ metric: {}, value: [1, '7'] }] });
    expect(row!.value).toBe('7');
    expect(row!.samples).toBeUndefined();
  });
});

describe('isEmptyResult', () => {
  it('is true only for vectors and matrices without series', () => {
    expect(isEmptyResult({ resultType: 'vector', result: [] })).toBe(true);
    expect(isEmptyResult({ resultType: 'matrix', result: [] })).toBe(true);
    expect(isEmptyResult(matrix)).toBe(false);
    expect(isEmptyResult({ resultType: 'scalar', result: [1, '0'] })).toBe(false);
  });
});

describe('steps', () => {
  it('divides the range into about 250 points, in whole seconds, at least 15 s', () => {
    expect(autoStepSeconds(60 * 60_000)).toBe(15); // 3600 s / 250 = 14.4 s, raised to the 15 s floor
    expect(autoStepSeconds(24 * 60 * 60_000)).toBe(346); // 86400 s / 250 = 345.6 s
    expect(autoStepSeconds(3 * 60 * 60_000)).toBe(43); // 10800 s / 250 = 43.2 s
  });

  it('reads typed steps as seconds or durations', () => {
    expect(parseStepSeconds('30')).toBe(30);
    expect(parseStepSeconds('1m')).toBe(60);
    expect(parseStepSeconds('1h30m')).toBe(5400);
    expect(parseStepSeconds('0')).toBeUndefined();
    expect(parseStepSeconds('abc')).toBeUndefined();
    expect(parseStepSeconds('')).toBeUndefined();
  });
});
