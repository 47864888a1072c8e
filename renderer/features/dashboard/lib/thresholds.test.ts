import { describe, expect, it } from 'vitest';
import type { Thresholds } from '../../../../electron/contract';
import { readableTextOn, resolveColor } from './colors';
import { colourFor, thresholdBands } from './thresholds';

const absolute: Thresholds = { mode: 'absolute', steps: [{ color: 'green', value: null }, { color: 'orange', value: 50 }, { color: 'red', value: 80 }] };

describe('colourFor', () => {
  it('picks the highest step reached; the null step is −∞', () => {
    expect(colourFor(-1e9, absolute, { min: 0, max: 100 })).toBe('#73BF69');
    expect(colourFor(50, absolute, { min: 0, max: 100 })).toBe('#FF9830');
    expect(colourFor(79.9, absolute, { min: 0, max: 100 })).toBe('#FF9830');
    expect(colourFor(80, absolute, { min: 0, max: 100 })).toBe('#F2495C');
  });

  it('maps percentage steps onto min..max', () => {
    const pct: Thresholds = { mode: 'percentage', steps: [{ color: 'green', value: null }, { color: 'red', value: 50 }] };
    expect(colourFor(5, pct, { min: 0, max: 20 })).toBe('#73BF69');
    expect(colourFor(10, pct, { min: 0, max: 20 })).toBe('#F2495C');
  });

  it('sorts steps listed out of order and passes hex through', () => {
    const shuffled: Thresholds = { mode: 'absolute', steps: [{ color: '#123456', value: 10 }, { color: 'blue', value: null }] };
    expect(colourFor(11, shuffled, { min: 0, max: 100 })).toBe('#123456');
    expect(colourFor(9, shuffled, { min: 0, max: 100 })).toBe('#5794F2');
  });

  it('has no colour without thresholds or for NaN', () => {
    expect(colourFor(1, undefined, { min: 0, max: 1 })).toBeUndefined();
    expect(colourFor(NaN, absolute, { min: 0, max: 1 })).toBeUndefined();
  });
});

describe('named colours', () => {
  it('resolves shades by name', () => {
    expect(resolveColor('semi-dark-red')).toBe('#E02F44');
    expect(resolveColor('dark-green')).toBe('#37872D');
    expect(resolveColor('light-blue')).toBe('#8AB8FF');
    expect(resolveColor('rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
  });
});

describe('thresholdBands', () => {
  it('clips the steps to min..max', () => {
    expect(thresholdBands(absolute, { min: 0, max: 100 })).toEqual([
      { from: 0, to: 50, color: '#73BF69' },
      { from: 50, to: 80, color: '#FF9830' },
      { from: 80, to: 100, color: '#F2495C' },
    ]);
    expect(thresholdBands(absolute, { min: 60, max: 70 })).toEqual([{ from: 60, to: 70, color: '#FF9830' }]);
  });
});

describe('readableTextOn', () => {
  it('puts black on light colours and white on dark ones', () => {
    expect(readableTextOn('yellow')).toBe('#000000');
    expect(readableTextOn('dark-blue')).toBe('#ffffff');
    expect(readableTextOn('#000000')).toBe('#ffffff');
    expect(readableTextOn('#ffffff')).toBe('#000000');
  });
});
