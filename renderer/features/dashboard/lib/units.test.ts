import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autoDecimals, formatAxisTick, formatText, formatValue, toFixed } from './units';

describe('formatValue', () => {
  it('scales seconds through ms, s, min, hour and day as Grafana does', () => {
    expect(formatText(0.25, { unit: 's' })).toBe('250 ms');
    expect(formatText(0.0005, { unit: 's' })).toBe('500 µs');
    expect(formatText(42, { unit: 's' })).toBe('42 s');
    expect(formatText(90, { unit: 's', decimals: 1 })).toBe('1.5 mins');
    expect(formatText(60, { unit: 's', decimals: 0 })).toBe('1 min');
    expect(formatText(7200, { unit: 's' })).toBe('2 hours');
    expect(formatText(172800, { unit: 's' })).toBe('2 days');
    expect(formatText(0, { unit: 's' })).toBe('0 s');
  });

  it('scales milliseconds', () => {
    expect(formatText(250, { unit: 'ms' })).toBe('250 ms');
    expect(formatText(1500, { unit: 'ms', decimals: 1 })).toBe('1.5 s');
    expect(formatText(120000, { unit: 'ms' })).toBe('2 mins');
  });

  it('uses IEC steps for bytes and SI steps for decbytes', () => {
    expect(formatText(1024, { unit: 'bytes' })).toBe('1 KiB');
    expect(formatText(3 * 1024 ** 3, { unit: 'bytes' })).toBe('3 GiB');
    expect(formatText(512, { unit: 'bytes' })).toBe('512 B');
    expect(formatText(1500, { unit: 'decbytes', decimals: 1 })).toBe('1.5 kB');
    expect(formatText(2e6, { unit: 'decbytes' })).toBe('2 MB');
  });

  it('formats percent, percentunit, reqps, short and none', () => {
    expect(formatText(42, { unit: 'percent' })).toBe('42%');
    expect(formatText(0.5, { unit: 'percentunit' })).toBe('50%');
    expect(formatText(12, { unit: 'reqps' })).toBe('12 req/s');
    expect(formatText(1500, { unit: 'short', decimals: 1 })).toBe('1.5 K');
    expect(formatText(2_000_000, { unit: 'short' })).toBe('2 Mil');
    expect(formatText(3e9, { unit: 'short' })).toBe('3 Bil');
    expect(formatText(4e12, { unit: 'short' })).toBe('4 Tri');
    expect(formatText(1500, { unit: 'none' })).toBe('1500');
  });

  it('shows an unknown unit after the number', () => {
    expect(formatValue(3, { unit: 'widgets' })).toEqual({ prefix: '', text: '3', suffix: ' widgets' });
  });

  it('gives noValue for null and NaN', () => {
    expect(formatValue(null, { noValue: '-' }).text).toBe('-');
    expect(formatValue(NaN, { unit: 's', noValue: 'n/a' }).text).toBe('n/a');
    expect(formatValue(undefined).text).toBe('No data');
  });

  it('honours explicit decimals, padding with zeros', () => {
    expect(formatText(1, { unit: 'percent', decimals: 2 })).toBe('1.00%');
    expect(formatText(3.14159, { unit: 'none', decimals: 3 })).toBe('3.142');
  });
});

describe('automatic decimals', () => {
  it('keeps about three significant digits and none for integers', () => {
    expect(autoDecimals(12.3456)).toBe(1);
    expect(toFixed(12.3456)).toBe('12.3');
    expect(toFixed(123.456)).toBe('123');
    expect(toFixed(0.123456)).toBe('0.123');
    expect(toFixed(7)).toBe('7');
  });

  it('never loses more than half a unit in the last shown digit', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (v) => {
        const decimals = autoDecimals(v);
        expect(Math.abs(Number(toFixed(v)) - v)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9 * v);
      }),
    );
  });
});

describe('formatAxisTick', () => {
  it('shows enough decimals to tell neighbouring ticks apart', () => {
    expect(formatAxisTick(0.2, 'none', 0.2)).toBe('0.2');
    expect(formatAxisTick(100, 'none', 50)).toBe('100');
    expect(formatAxisTick(0.25, 'percentunit', 0.05)).toBe('25%');
  });
});
