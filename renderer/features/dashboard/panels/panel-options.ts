import type { FieldDefaults, Panel } from '../../../../electron/contract';

/** Typed reads of a panel's Grafana options, with Grafana's defaults where the JSON leaves a field out. */

export type LegendOptions = { displayMode: 'list' | 'table' | 'hidden'; placement: 'bottom' | 'right'; calcs: string[]; showLegend: boolean };
export type TooltipMode = 'single' | 'multi' | 'none';
export type DrawStyle = 'line' | 'bars' | 'points';
export type StackingMode = 'none' | 'normal' | 'percent';
export type ThresholdsStyle = 'off' | 'line' | 'area' | 'line+area' | 'dashed' | 'line+dashed';

export type SeriesStyle = {
  drawStyle: DrawStyle;
  lineWidth: number;
  fillOpacity: number;
  stacking: StackingMode;
  thresholdsStyle: ThresholdsStyle;
  showPoints: 'auto' | 'always' | 'never';
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(v as T) ? (v as T) : fallback);
const numberOr = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

export function fieldDefaults(panel: Panel): FieldDefaults {
  return panel.fieldConfig?.defaults ?? {};
}

export function option(panel: Panel, key: string): Record<string, unknown> {
  const value = panel.options?.[key];
  return isRecord(value) ? value : {};
}

export function legendOptions(panel: Panel): LegendOptions {
  const legend = option(panel, 'legend');
  const showLegend = legend.showLegend !== false;
  const displayMode = showLegend ? oneOf(legend.displayMode, ['list', 'table', 'hidden'] as const, 'list') : 'hidden';
  const calcs = Array.isArray(legend.calcs) ? legend.calcs.filter((c): c is string => typeof c === 'string') : [];
  return { displayMode, placement: oneOf(legend.placement, ['bottom', 'right'] as const, 'bottom'), calcs, showLegend: displayMode !== 'hidden' };
}

export function tooltipMode(panel: Panel): TooltipMode {
  return oneOf(option(panel, 'tooltip').mode, ['single', 'multi', 'none'] as const, 'single');
}

export function seriesStyle(panel: Panel): SeriesStyle {
  const custom = fieldDefaults(panel).custom ?? {};
  const stacking = isRecord(custom.stacking) ? custom.stacking : {};
  const thresholdsStyle = isRecord(custom.thresholdsStyle) ? custom.thresholdsStyle : {};
  return {
    drawStyle: oneOf(custom.drawStyle, ['line', 'bars', 'points'] as const, 'line'),
    lineWidth: numberOr(custom.lineWidth, 1),
    fillOpacity: Math.min(100, Math.max(0, numberOr(custom.fillOpacity, 0))),
    stacking: oneOf(stacking.mode, ['none', 'normal', 'percent'] as const, 'none'),
    thresholdsStyle: oneOf(thresholdsStyle.mode, ['off', 'line', 'area', 'line+area', 'dashed', 'line+dashed'] as const, 'off'),
    showPoints: oneOf(custom.showPoints, ['auto', 'always', 'never'] as const, 'auto'),
  };
}

/** Stat, gauge and bar gauge: which calc reduces each series (Grafana's default is lastNotNull). */
export function reduceCalc(panel: Panel): string {
  const calcs = option(panel, 'reduceOptions').calcs;
  return Array.isArray(calcs) && typeof calcs[0] === 'string' ? calcs[0] : 'lastNotNull';
}

/** Text options of single-value panels and the text panel's content. */
export function stringOption<T extends string>(panel: Panel, key: string, allowed: readonly T[], fallback: T): T {
  return oneOf(panel.options?.[key], allowed, fallback);
}

export function booleanOption(panel: Panel, key: string, fallback: boolean): boolean {
  const value = panel.options?.[key];
  return typeof value === 'boolean' ? value : fallback;
}

/**
 * The value range single-value panels scale to: the panel's min/max, else 0..100 for percent, 0..1 for
 * percentunit, else 0..the largest value (Grafana's automatic range for gauges).
 */
export function valueRange(defaults: FieldDefaults, values: number[]): { min: number; max: number } {
  const present = values.filter((v) => Number.isFinite(v));
  const autoMin = defaults.unit === 'percent' || defaults.unit === 'percentunit' ? 0 : Math.min(0, ...present);
  const autoMax = defaults.unit === 'percent' ? 100 : defaults.unit === 'percentunit' ? 1 : present.length ? Math.max(...present) : 1;
  const min = typeof defaults.min === 'number' ? defaults.min : autoMin;
  const max = typeof defaults.max === 'number' ? defaults.max : autoMax;
  return max > min ? { min, max } : { min, max: min + 1 };
}
