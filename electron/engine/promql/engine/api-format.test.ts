import { describe, expect, it } from 'vitest';
import { formatSampleValue, toApiData } from './api-format';

describe('toApiData', () => {
  it('writes values as Go formats them and times as float seconds', () => {
    expect(['1', 'NaN', '+Inf', '-Inf', '0.1', '-2.5', '1000000000000000000000', '0.0000001'].map((s, i) => formatSampleValue([1, NaN, Infinity, -Infinity, 0.1, -2.5, 1e21, 1e-7][i]!) === s)).toEqual(Array(8).fill(true));
    expect(toApiData({ type: 'vector', samples: [{ metric: { __name__: 'up', job: 'a' }, t: 1_435_781_451_781, v: 1 }] })).toEqual({
      resultType: 'vector',
      result: [{ metric: { __name__: 'up', job: 'a' }, value: [1435781451.781, '1'] }],
    });
  });

  it('covers matrices, scalars and strings', () => {
    expect(toApiData({ type: 'matrix', series: [{ metric: {}, points: [{ t: 1500, v: NaN }, { t: 3000, v: 2 }] }] })).toEqual({
      resultType: 'matrix',
      result: [{ metric: {}, values: [[1.5, 'NaN'], [3, '2']] }],
    });
    expect(toApiData({ type: 'scalar', t: 2000, v: Infinity })).toEqual({ resultType: 'scalar', result: [2, '+Inf'] });
    expect(toApiData({ type: 'string', t: 2000, v: 'hi' })).toEqual({ resultType: 'string', result: [2, 'hi'] });
  });
});
