import { describe, expect, it } from 'vitest';
import { formatFloatF, formatFloatG, formatOpenMetricsFloat } from './float-format';

describe('Go float formatting', () => {
  it("matches strconv.FormatFloat(v, 'f', -1, 64)", () => {
    const cases: [number, string][] = [
      [1, '1'],
      [0.1, '0.1'],
      [-2.5, '-2.5'],
      [1e21, '1000000000000000000000'],
      [1e-7, '0.0000001'],
      [123456.789, '123456.789'],
      [0, '0'],
      [NaN, 'NaN'],
      [Infinity, '+Inf'],
      [-Infinity, '-Inf'],
      [1.5e300, `15${'0'.repeat(299)}`],
    ];
    for (const [v, s] of cases) expect(formatFloatF(v)).toBe(s);
  });

  it("matches strconv.FormatFloat(v, 'g', -1, 64) and FormatOpenMetricsFloat", () => {
    expect(formatFloatG(100000)).toBe('100000');
    expect(formatFloatG(1e6)).toBe('1e+06');
    expect(formatFloatG(1234567)).toBe('1.234567e+06');
    expect(formatFloatG(0.0001)).toBe('0.0001');
    expect(formatFloatG(0.00001)).toBe('1e-05');
    expect(formatOpenMetricsFloat(1)).toBe('1.0');
    expect(formatOpenMetricsFloat(0.25)).toBe('0.25');
    expect(formatOpenMetricsFloat(1e6)).toBe('1e+06');
    expect(formatOpenMetricsFloat(Infinity)).toBe('+Inf');
  });
});
