import { describe, expect, it } from 'vitest';
import type { LogFieldOverTime } from '../../../electron/contract';
import { fieldConfigFor } from '../dashboard/lib/overrides';
import { legendOptions, seriesStyle } from '../dashboard/panels/panel-options';
import { visualizeFrames, visualizePanel } from './visualize-series';

const minute = 60_000;
const data = (changes: Partial<LogFieldOverTime> = {}): LogFieldOverTime => ({
  field: 'log.level',
  from: 10 * minute + 20_000,
  to: 13 * minute,
  intervalMs: minute,
  series: [
    { value: 'info', counts: [5, 6, 7] },
    { value: '', counts: [0, 1, 0] },
  ],
  other: [0, 0, 0],
  missing: [0, 0, 0],
  ...changes,
});

describe('visualizeFrames', () => {
  it('makes a frame per top value, bucket starts aligned down from `from`, naming an empty value', () => {
    expect(visualizeFrames(data())).toEqual([
      { refId: 'values', name: 'info', labels: { 'log.level': 'info' }, times: [10 * minute, 11 * minute, 12 * minute], values: [5, 6, 7] },
      { refId: 'values', name: '(empty)', labels: { 'log.level': '' }, times: [10 * minute, 11 * minute, 12 * minute], values: [0, 1, 0] },
    ]);
  });

  it('adds Other and (missing) only when they hold hits', () => {
    const names = (d: LogFieldOverTime) => visualizeFrames(d).map((f) => `${f.refId}:${f.name}`);
    expect(names(data({ other: [1, 0, 2], missing: [0, 0, 4] }))).toEqual(['values:info', 'values:(empty)', 'other:Other', 'missing:(missing)']);
    expect(names(data({ missing: [0, 0, 4] }))).toEqual(['values:info', 'values:(empty)', 'missing:(missing)']);
    expect(visualizeFrames(data({ other: [1, 0, 2] }))[2]!.values).toEqual([1, 0, 2]);
  });

  it('draws nothing for a field no hit holds', () => {
    expect(visualizeFrames(data({ series: [], other: [], missing: [] }))).toEqual([]);
  });
});

describe('visualizePanel', () => {
  const panel = visualizePanel('log.level', '1m');

  it('is read by the time series panel as stacked bars with a legend of totals', () => {
    expect(seriesStyle(panel)).toMatchObject({ drawStyle: 'bars', stacking: 'normal' });
    expect(legendOptions(panel)).toMatchObject({ displayMode: 'table', calcs: ['sum'], showLegend: true });
  });

  it('colours Other and (missing) grey by refId, leaving a value named "Other" its palette colour', () => {
    expect(fieldConfigFor(panel.fieldConfig, { name: 'Other', refId: 'other' }).color).toMatchObject({ mode: 'fixed' });
    expect(fieldConfigFor(panel.fieldConfig, { name: '(missing)', refId: 'missing' }).color).toMatchObject({ mode: 'fixed' });
    expect(fieldConfigFor(panel.fieldConfig, { name: 'Other', refId: 'values' }).color).toBeUndefined();
  });
});
