import { describe, expect, it } from 'vitest';
import type { FieldDefaults } from '../../../../electron/contract';
import { displayText, displayValue } from './display';
import { chartSummary } from './summary';
import { valueRange } from './panel-options';

const defaults: FieldDefaults = {
  unit: 'percent',
  thresholds: { mode: 'absolute', steps: [{ color: 'green', value: null }, { color: 'red', value: 90 }] },
  mappings: [{ type: 'value', options: { '0': { text: 'idle' } } }],
};

describe('displayValue', () => {
  it('formats with the unit and colours by threshold', () => {
    const d = displayValue(95, defaults, { min: 0, max: 100 });
    expect(displayText(d)).toBe('95%');
    expect(d.color).toBe('#F2495C');
  });

  it('prefers a mapping text over the number', () => {
    expect(displayText(displayValue(0, defaults, { min: 0, max: 100 }))).toBe('idle');
  });

  it('shows noValue for a gap', () => {
    expect(displayText(displayValue(NaN, { noValue: '—' }, { min: 0, max: 1 }))).toBe('—');
  });
});

describe('valueRange', () => {
  it('defaults to 0..100 for percent and the data for others; explicit min/max win', () => {
    expect(valueRange({ unit: 'percent' }, [3])).toEqual({ min: 0, max: 100 });
    expect(valueRange({ unit: 'percentunit' }, [0.3])).toEqual({ min: 0, max: 1 });
    expect(valueRange({}, [3, 7])).toEqual({ min: 0, max: 7 });
    expect(valueRange({ min: 10, max: 20 }, [3])).toEqual({ min: 10, max: 20 });
  });
});

describe('chartSummary', () => {
  it('names the series with their last present value, at most five', () => {
    const frames = Array.from({ length: 7 }, (_, i) => ({ refId: 'A', name: `s${i}`, labels: {}, times: [1, 2], values: [i, NaN] }));
    expect(chartSummary('Load', frames, { unit: 'none' })).toBe('Load: chart, 7 series. s0: 0; s1: 1; s2: 2; s3: 3; s4: 4; and 2 more');
    expect(chartSummary('', [], {})).toBe('Untitled chart: no data');
  });
});
