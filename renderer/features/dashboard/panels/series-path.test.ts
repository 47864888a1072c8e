import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaPath, linePath } from './series-path';

// A 100 × 50 px plot at (10, 5) showing t 0…1000 and values 0…10.
const plot = { x: 10, y: 5, width: 100, height: 50, from: 0, to: 1000, min: 0, max: 10 };

describe('linePath', () => {
  it('maps time to x and value to y, with larger values higher up', () => {
    expect(linePath([0, 500, 1000], [0, 5, 10], plot)).toBe('M10 55L60 30L110 5');
  });

  it('lifts the pen over a gap, so a missing sample breaks the line', () => {
    expect(linePath([0, 250, 500, 750], [2, NaN, 4, 6], plot)).toBe('M10 45M60 35L85 25');
  });

  it('draws nothing for a series without present values', () => {
    expect(linePath([0, 1], [NaN, NaN], plot)).toBe('');
  });

  it('has one move and n−1 lines for n present points', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }), (values) => {
        const d = linePath(values.map((_, i) => i * 10), values, plot);
        expect(d.split('M').length - 1).toBe(1);
        expect(d.split('L').length - 1).toBe(values.length - 1);
      }),
    );
  });
});

describe('areaPath', () => {
  it('closes each unbroken run down to the zero line', () => {
    expect(areaPath([0, 500, 1000], [0, 5, 10], plot)).toBe('M10 55L10 55L60 30L110 5L110 55Z');
    expect(areaPath([0, 250, 500], [2, NaN, 4], plot)).toBe('M10 55L10 45L10 55ZM60 55L60 35L60 55Z');
  });

  it('closes to the axis edge when zero is off the axis', () => {
    expect(areaPath([0, 1000], [6, 8], { ...plot, min: 5 })).toBe('M10 55L10 45L110 25L110 55Z');
  });
});
