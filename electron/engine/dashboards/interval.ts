/**
 * The query a panel target sends: Grafana's `$__interval` (rangeutil.calculateInterval), the built-in
 * variables, and the step and aligned start/end the Prometheus data source puts on a range query.
 */
import { formatGoDuration, formatGrafanaInterval, parseGrafanaInterval } from './grafana-interval';
import { interpolate } from './interpolate';
import type { Panel, PanelTarget } from './model';
import type { VariableState } from './variable-state';

const DEFAULT_SCRAPE_MS = 15_000;
/** Prometheus refuses more than 11,000 points per series; Grafana keeps the step above range/11000. */
const MAX_POINTS = 11_000;

/** rangeutil.roundInterval: a raw interval (ms) snapped to a readable one, from Grafana's table. */
export function roundInterval(ms: number): number {
  const table: [upTo: number, use: number][] = [
    [10, 1], [15, 10], [35, 20], [75, 50], [150, 100], [350, 200], [750, 500],
    [1_500, 1_000], [3_500, 2_000], [7_500, 5_000], [12_500, 10_000], [17_500, 15_000], [25_000, 20_000],
    [45_000, 30_000], [90_000, 60_000], [210_000, 120_000], [450_000, 300_000], [750_000, 600_000],
    [1_050_000, 900_000], [1_500_000, 1_200_000], [2_700_000, 1_800_000], [5_400_000, 3_600_000],
    [9_000_000, 7_200_000], [16_200_000, 10_800_000], [32_400_000, 21_600_000], [86_400_000, 43_200_000],
    [604_800_000, 86_400_000], [1_814_400_000, 604_800_000], [3_628_800_000, 2_592_000_000],
  ];
  for (const [upTo, use] of table) if (ms <= upTo) return use;
  return 31_536_000_000;
}

/** calculateInterval: range / resolution, rounded, but never below the min interval. */
export function calculateIntervalMs(rangeMs: number, resolution: number, minIntervalMs: number): number {
  return Math.max(roundInterval(rangeMs / Math.max(1, resolution)), minIntervalMs);
}

export type BuiltQuery =
  | { ok: true; expr: string; instant: boolean; start: number; end: number; step: number; intervalMs: number }
  | { ok: false; error: string };

export type BuildQueryInput = {
  target: PanelTarget;
  panel: Panel;
  range: { from: number; to: number };
  widthPx: number;
  variables: VariableState[];
  scrapeIntervalMs?: number;
};

/** A min interval text (`$iv`, `1m`) after variables, as ms; undefined when absent. */
function minIntervalOf(text: string | undefined, variables: VariableState[]): number | undefined | { error: string } {
  if (!text) return undefined;
  const resolved = interpolate(text, variables);
  const ms = parseGrafanaInterval(resolved);
  return ms === undefined || ms <= 0 ? { error: `invalid min interval "${text}"` } : ms;
}

/** The expression, time span and step a panel target is queried with; times in unix seconds. */
export function buildQuery(input: BuildQueryInput): BuiltQuery {
  const { target, panel, range, widthPx, variables } = input;
  const scrapeMs = input.scrapeIntervalMs ?? DEFAULT_SCRAPE_MS;
  const targetMin = minIntervalOf(target.interval, variables);
  const panelMin = minIntervalOf(panel.interval, variables);
  const minStep = targetMin ?? panelMin;
  if (typeof minStep === 'object') return { ok: false, error: minStep.error };
  const rangeMs = range.to - range.from;
  if (!(rangeMs > 0)) return { ok: false, error: 'empty time range' };

  const resolution = panel.maxDataPoints && panel.maxDataPoints > 0 ? panel.maxDataPoints : widthPx;
  const intervalMs = calculateIntervalMs(rangeMs, resolution, minStep ?? scrapeMs);
  // $__rate_interval's "scrape" is the query's min step when set, else the scrape interval.
  const rateScrapeMs = minStep ?? scrapeMs;
  const rateIntervalMs = Math.max(intervalMs + rateScrapeMs, 4 * rateScrapeMs);
  const rangeSeconds = Math.round(rangeMs / 1000);
  const builtins: Record<string, string> = {
    __interval: formatGrafanaInterval(intervalMs),
    __interval_ms: String(intervalMs),
    __rate_interval: formatGoDuration(rateIntervalMs),
    __rate_interval_ms: String(rateIntervalMs),
    __range: `${rangeSeconds}s`,
    __range_s: String(rangeSeconds),
    __range_ms: String(Math.round(rangeMs)),
  };
  for (const state of variables) {
    if (state.autoInterval) builtins[`__auto_interval_${state.variable.name}`] = state.autoInterval;
  }
  const expr = interpolate(target.expr ?? '', variables, builtins).trim();
  if (expr === '') return { ok: false, error: 'empty query' };

  // The step: the interval, or Grafana's rounded "safe interval" when that is larger (it keeps a series under
  // Prometheus's 11,000-point limit), sent in whole seconds.
  const safeMs = roundInterval(rangeMs / MAX_POINTS);
  const step = Math.max(1, Math.ceil(Math.max(intervalMs, safeMs) / 1000));
  const fromS = Math.floor(range.from / 1000);
  const toS = Math.floor(range.to / 1000);
  const instant = target.instant === true && target.range !== true;
  if (instant) return { ok: true, expr, instant, start: toS, end: toS, step, intervalMs };
  // Grafana's backend (AlignTimeRange) floors both ends to a multiple of the step, in UTC.
  return { ok: true, expr, instant, start: Math.floor(fromS / step) * step, end: Math.floor(toS / step) * step, step, intervalMs };
}
