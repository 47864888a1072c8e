/**
 * A field's hits over time (`logs.fieldOverTime`) drawn by the dashboards' own time series panel: one frame per
 * top value, then "Other" and "(missing)" when they hold any hits, and the Grafana panel that stacks them as
 * bars with a legend of totals (Kibana's Lens default for a field: a stacked bar chart of its top values).
 */
import type { LogFieldOverTime, Panel } from '../../../electron/contract';
import type { Frame } from '../dashboard/panels/types';

/** Frame refIds: the override colours "Other" and "(missing)" by these, so a value that happens to be named "Other" keeps its palette colour. */
export const VALUE_REF = 'values';
export const OTHER_REF = 'other';
export const MISSING_REF = 'missing';

/** How a value is named in the legend: an empty string would otherwise be an invisible entry. */
export function valueLabel(value: string): string {
  return value === '' ? '(empty)' : value;
}

/** The first bucket's start: `from` aligned down to the interval, as the hit histogram's buckets are. */
export function firstBucket(data: LogFieldOverTime): number {
  return data.intervalMs > 0 ? Math.floor(data.from / data.intervalMs) * data.intervalMs : data.from;
}

/** The frames to draw, most frequent value first as the back end ordered them; Other and (missing) only when non-zero. */
export function visualizeFrames(data: LogFieldOverTime): Frame[] {
  const start = firstBucket(data);
  const frame = (refId: string, name: string, labels: Record<string, string>, counts: number[]): Frame => ({
    refId,
    name,
    labels,
    times: counts.map((_, i) => start + i * data.intervalMs),
    values: counts,
  });
  const frames = data.series.map((s) => frame(VALUE_REF, valueLabel(s.value), { [data.field]: s.value }, s.counts));
  if (data.other.some((n) => n > 0)) frames.push(frame(OTHER_REF, 'Other', {}, data.other));
  if (data.missing.some((n) => n > 0)) frames.push(frame(MISSING_REF, '(missing)', {}, data.missing));
  return frames;
}

/** Grey for the hits outside the top values, darker grey for those without the field: neither is a value. */
const OTHER_COLOUR = '#8e9199';
const MISSING_COLOUR = '#5a5f6b';

/** The Grafana time series panel the chart is: stacked bars, a table legend with each series' total, a tooltip listing all series. */
export function visualizePanel(field: string, intervalText: string): Panel {
  const fixed = (refId: string, colour: string) => ({
    matcher: { id: 'byFrameRefID', options: refId },
    properties: [{ id: 'color', value: { mode: 'fixed', fixedColor: colour } }],
  });
  return {
    id: 1,
    type: 'timeseries',
    title: `${field}: hits per ${intervalText} by value`,
    gridPos: { x: 0, y: 0, w: 24, h: 8 },
    fieldConfig: {
      defaults: { min: 0, decimals: 0, custom: { drawStyle: 'bars', fillOpacity: 80, lineWidth: 1, stacking: { mode: 'normal' } } },
      overrides: [fixed(OTHER_REF, OTHER_COLOUR), fixed(MISSING_REF, MISSING_COLOUR)],
    },
    options: { legend: { displayMode: 'table', placement: 'right', calcs: ['sum'] }, tooltip: { mode: 'multi' } },
  };
}
