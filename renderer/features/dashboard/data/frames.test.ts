import { describe, expect, it } from 'vitest';
import { framesFromResult, sampleValue } from './frames';

const byService = (labels: Record<string, string>) => labels.service ?? 'none';

describe('framesFromResult', () => {
  it('turns a matrix into one frame per series with ms times and numeric values', () => {
    const frames = framesFromResult(
      { resultType: 'matrix', result: [{ metric: { service: 'checkout' }, values: [[1700000000, '0.5'], [1700000015.5, 'NaN']] }] },
      'A',
      byService,
    );
    expect(frames).toEqual([{ refId: 'A', name: 'checkout', labels: { service: 'checkout' }, times: [1700000000000, 1700000015500], values: [0.5, NaN] }]);
  });

  it('gives one point per series for a vector and names a scalar with no labels', () => {
    const vector = framesFromResult({ resultType: 'vector', result: [{ metric: {}, value: [10, '+Inf'] }] }, 'B', byService);
    expect(vector[0]).toMatchObject({ refId: 'B', name: 'none', times: [10000], values: [Infinity] });
    const scalar = framesFromResult({ resultType: 'scalar', result: [2, '-3'] }, 'C', () => 'scalar');
    expect(scalar).toEqual([{ refId: 'C', name: 'scalar', labels: {}, times: [2000], values: [-3] }]);
    expect(framesFromResult({ resultType: 'string', result: [1, 'x'] }, 'D', byService)).toEqual([]);
  });

  it('reads the API’s infinities, which Number() does not', () => {
    expect(sampleValue('+Inf')).toBe(Infinity);
    expect(sampleValue('-Inf')).toBe(-Infinity);
    expect(sampleValue('1e3')).toBe(1000);
  });
});
