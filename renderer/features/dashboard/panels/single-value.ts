import type { FieldDefaults, Panel } from '../../../../electron/contract';
import { fieldConfigFor } from '../lib/overrides';
import { reduceSeries } from '../lib/reduce';
import type { DisplayValue } from './display';
import { displayValue } from './display';
import { fieldDefaults, reduceCalc, valueRange } from './panel-options';
import type { Frame } from './types';

/** One reduced value per series, as stat, gauge and bar gauge panels show them. */
export type ReducedValue = { frame: Frame; index: number; display: DisplayValue };

export type SingleValues = { values: ReducedValue[]; range: { min: number; max: number }; defaults: FieldDefaults };

/**
 * Each series reduced by the panel's calc, formatted, mapped and coloured against the shared value range, with
 * the field overrides that match it (its own unit, decimals, thresholds, mappings, display name).
 */
export function reduceFrames(panel: Panel, frames: Frame[]): SingleValues {
  const defaults = fieldDefaults(panel);
  const calc = reduceCalc(panel);
  const numbers = frames.map((f) => reduceSeries(f.values, calc));
  const range = valueRange(defaults, numbers);
  const values = frames.map((frame, index) => {
    const config = fieldConfigFor(panel.fieldConfig, frame);
    const named = config.displayName ? { ...frame, name: config.displayName } : frame;
    return { frame: named, index, display: displayValue(numbers[index] ?? NaN, config, range) };
  });
  return { values, range, defaults };
}

/** Columns × rows for n cells in a w × h box, keeping cells as close to square as possible (Grafana's auto layout). */
export function gridShape(n: number, width: number, height: number): { columns: number; rows: number } {
  if (n <= 1) return { columns: 1, rows: 1 };
  let best = { columns: n, rows: 1, score: -Infinity };
  for (let columns = 1; columns <= n; columns++) {
    const rows = Math.ceil(n / columns);
    const cell = Math.min(width / columns, (height / rows) * 2);
    if (cell > best.score) best = { columns, rows, score: cell };
  }
  return { columns: best.columns, rows: best.rows };
}

/** The fraction 0..1 of the range a value fills (clamped; NaN counts as empty). */
export function fillFraction(value: number, range: { min: number; max: number }): number {
  if (!Number.isFinite(value)) return value === Infinity ? 1 : 0;
  return Math.min(1, Math.max(0, (value - range.min) / (range.max - range.min)));
}
