import { describe, expect, it } from 'vitest';
import type { Panel } from '../../../../electron/contract';
import {
  addMapping,
  addTarget,
  addThresholdStep,
  mappingRows,
  orderedSteps,
  parseOptionalNumber,
  removeMappingRow,
  removeTarget,
  removeThresholdStep,
  setCustom,
  setDefault,
  setOption,
  updateRangeRow,
  updateTarget,
  updateThresholdStep,
  updateValueRow,
} from './options-update';

const base: Panel = {
  id: 3,
  type: 'timeseries',
  title: 'Latency',
  gridPos: { x: 0, y: 0, w: 12, h: 8 },
  targets: [{ refId: 'A', expr: 'up', legendFormat: '{{job}}' }],
  fieldConfig: {
    defaults: {
      unit: 's',
      custom: { drawStyle: 'line', pluginThing: 7 },
      thresholds: { mode: 'absolute', steps: [{ color: 'green', value: null }, { color: 'red', value: 80 }] },
      mappings: [{ type: 'value', options: { '0': { text: 'down', color: 'red' }, '1': { text: 'up' } } }],
    },
    overrides: [{ matcher: { id: 'byName', options: 'x' }, properties: [] }],
  },
  options: { legend: { displayMode: 'list', placement: 'bottom' }, unknownOption: true },
  futureKey: 'kept',
};

describe('option setters', () => {
  it('set nested keys and keep everything else', () => {
    const p = setOption(base, ['legend', 'displayMode'], 'table');
    expect(p.options).toEqual({ legend: { displayMode: 'table', placement: 'bottom' }, unknownOption: true });
    expect(p.futureKey).toBe('kept');
    const c = setCustom(base, ['stacking', 'mode'], 'normal');
    expect(c.fieldConfig?.defaults.custom).toEqual({ drawStyle: 'line', pluginThing: 7, stacking: { mode: 'normal' } });
    expect(c.fieldConfig?.overrides).toHaveLength(1);
    expect(base.fieldConfig?.defaults.custom).toEqual({ drawStyle: 'line', pluginThing: 7 });
  });

  it('removes a key set to undefined', () => {
    expect('unit' in (setDefault(base, ['unit'], undefined).fieldConfig?.defaults ?? {})).toBe(false);
  });

  it('parses optional numbers', () => {
    expect(parseOptionalNumber('')).toBeUndefined();
    expect(parseOptionalNumber('abc')).toBeUndefined();
    expect(parseOptionalNumber(' 2.5 ')).toBe(2.5);
  });
});

describe('thresholds', () => {
  it('adds a step 10 above the highest in a new colour', () => {
    const steps = addThresholdStep(base).fieldConfig?.defaults.thresholds?.steps ?? [];
    expect(steps[2]?.value).toBe(90);
    expect(['green', 'red']).not.toContain(steps[2]?.color);
  });

  it('never removes or moves the base step', () => {
    expect(removeThresholdStep(base, 0)).toBe(base);
    expect(removeThresholdStep(base, 1).fieldConfig?.defaults.thresholds?.steps).toEqual([{ color: 'green', value: null }]);
    const edited = updateThresholdStep(base, 0, { value: 5, color: 'blue' });
    expect(edited.fieldConfig?.defaults.thresholds?.steps[0]).toEqual({ color: 'blue', value: null });
  });

  it('lists steps highest first', () => {
    expect(orderedSteps(base).map((s) => s.index)).toEqual([1, 0]);
  });
});

describe('value mappings', () => {
  it('gives a row per value and edits one without touching the other', () => {
    const rows = mappingRows(base);
    expect(rows.map((r) => (r.kind === 'value' ? r.key : r.kind))).toEqual(['0', '1']);
    const row = rows[0];
    if (row?.kind !== 'value') throw new Error('expected a value row');
    const p = updateValueRow(base, row, { key: '2', text: 'gone', color: '' });
    expect(p.fieldConfig?.defaults.mappings).toEqual([{ type: 'value', options: { '2': { text: 'gone' }, '1': { text: 'up' } } }]);
  });

  it('adds and edits a range, and removes rows', () => {
    const added = addMapping(base, 'range');
    const range = mappingRows(added).find((r) => r.kind === 'range');
    if (range?.kind !== 'range') throw new Error('expected a range row');
    const edited = updateRangeRow(added, range, { from: 10, text: 'high' });
    expect(edited.fieldConfig?.defaults.mappings?.[1]).toEqual({ type: 'range', options: { from: 10, to: null, result: { text: 'high' } } });
    const valueRows = mappingRows(edited).filter((r) => r.kind === 'value');
    const once = removeMappingRow(edited, valueRows[0]!);
    expect(mappingRows(once)).toHaveLength(2);
    const twice = removeMappingRow(once, mappingRows(once)[0]!);
    expect(twice.fieldConfig?.defaults.mappings?.map((m) => m.type)).toEqual(['range']);
  });
});

describe('queries', () => {
  it('adds with the next free letter, edits, and drops empty optional text', () => {
    const two = addTarget(removeTarget(addTarget(base), 0));
    expect(two.targets?.map((t) => t.refId)).toEqual(['B', 'A']);
    const edited = updateTarget(base, 0, { legendFormat: '', interval: '30s', instant: true });
    expect(edited.targets?.[0]).toEqual({ refId: 'A', expr: 'up', interval: '30s', instant: true });
  });
});
