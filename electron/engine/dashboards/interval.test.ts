import { describe, expect, it } from 'vitest';
import { formatGoDuration, formatGrafanaInterval, parseGrafanaInterval } from './grafana-interval';
import { buildQuery, calculateIntervalMs, roundInterval } from './interval';
import type { Panel, PanelTarget } from './model';
import type { VariableState } from './variable-state';

const HOUR = 3_600_000;
const FROM = Date.UTC(2024, 2, 13, 12, 0, 7);
const panel: Panel = { id: 1, type: 'timeseries', title: '', gridPos: { x: 0, y: 0, w: 12, h: 8 } };

function build(target: Partial<PanelTarget>, options: { panel?: Partial<Panel>; rangeMs?: number; widthPx?: number; variables?: VariableState[]; scrapeIntervalMs?: number } = {}) {
  const result = buildQuery({
    target: { refId: 'A', ...target },
    panel: { ...panel, ...options.panel },
    range: { from: FROM, to: FROM + (options.rangeMs ?? HOUR) },
    widthPx: options.widthPx ?? 1000,
    variables: options.variables ?? [],
    scrapeIntervalMs: options.scrapeIntervalMs,
  });
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('Grafana intervals', () => {
  it("rounds as Grafana's table does", () => {
    expect(roundInterval(3_400)).toBe(2_000);
    expect(roundInterval(3_600)).toBe(5_000);
    expect(roundInterval(12_000)).toBe(10_000);
    expect(roundInterval(14_400)).toBe(15_000);
    expect(roundInterval(86_400)).toBe(60_000);
    expect(roundInterval(100_000)).toBe(120_000);
    expect(roundInterval(5 * 365 * 86_400_000)).toBe(31_536_000_000);
  });

  it('never goes below the min interval', () => {
    expect(calculateIntervalMs(HOUR, 1000, 15_000)).toBe(15_000);
    expect(calculateIntervalMs(24 * HOUR, 1000, 15_000)).toBe(60_000);
  });

  it('reads and prints interval text', () => {
    expect(parseGrafanaInterval('15s')).toBe(15_000);
    expect(parseGrafanaInterval('1.5m')).toBe(90_000);
    expect(parseGrafanaInterval('30')).toBe(30_000);
    expect(parseGrafanaInterval('250ms')).toBe(250);
    expect(parseGrafanaInterval('1h30m')).toBeUndefined();
    expect([30_000, 60_000, 90_000, 7_200_000, 86_400_000, 500].map(formatGrafanaInterval)).toEqual(['30s', '1m', '1m', '2h', '1d', '500ms']);
  });
});

describe('buildQuery', () => {
  it('renders the built-in variables', () => {
    const q = build({ expr: 'rate(x[$__rate_interval]) $__interval $__interval_ms $__range $__range_s $__range_ms' }, { rangeMs: 24 * HOUR });
    // 24 h over 1000 px is 86.4 s, which Grafana rounds to 1m; $__rate_interval is max(1m + 15s, 4 × 15s) = 75 s.
    expect(q.expr).toBe('rate(x[1m15s]) 1m 60000 86400s 86400 86400000');
    expect(q.intervalMs).toBe(60_000);
  });

  it("prints $__rate_interval as Go's Duration.String does, unlike $__interval", () => {
    expect(build({ expr: '$__rate_interval' }, { scrapeIntervalMs: 30_000 }).expr).toBe('2m0s');
    expect([0, 500, 1500, 75_000, 3_600_000, 3_723_000].map(formatGoDuration)).toEqual(['0s', '500ms', '1.5s', '1m15s', '1h0m0s', '1h2m3s']);
  });

  it('uses maxDataPoints over the width, and the target or panel min interval over the scrape interval', () => {
    expect(build({ expr: 'up' }, { panel: { maxDataPoints: 100 } }).intervalMs).toBe(30_000);
    expect(build({ expr: 'up', interval: '1m' }, { panel: { interval: '5m' } }).intervalMs).toBe(60_000);
    expect(build({ expr: 'up' }, { panel: { interval: '5m' } }).intervalMs).toBe(300_000);
    expect(build({ expr: 'up' }, { scrapeIntervalMs: 60_000 }).intervalMs).toBe(60_000);
  });

  it('takes $__rate_interval scrape from the min step when set', () => {
    expect(build({ expr: '$__rate_interval', interval: '1m' }).expr).toBe('4m0s');
  });

  it('sends a whole-second step, at least range/11000, and floors both ends to it', () => {
    const q = build({ expr: 'up' });
    expect(q.step).toBe(15);
    expect(q.start).toBe(Math.floor(FROM / 1000 / 15) * 15);
    expect(q.end).toBe(Math.floor((FROM + HOUR) / 1000 / 15) * 15);
    expect(q.start % 15).toBe(0);
    const wide = build({ expr: 'up', interval: '1ms' }, { rangeMs: 30 * 24 * HOUR, panel: { maxDataPoints: 1_000_000 } });
    // 30 days / 11000 is 235.6 s, which Grafana's table rounds to 5m.
    expect(wide.step).toBe(300);
    expect(build({ expr: 'up', interval: '200ms' }, { rangeMs: 60_000 }).step).toBe(1);
  });

  it('makes instant queries at the range end', () => {
    const q = build({ expr: 'up', instant: true, range: false });
    expect(q).toMatchObject({ instant: true, start: Math.floor((FROM + HOUR) / 1000), end: Math.floor((FROM + HOUR) / 1000) });
  });

  it('interpolates variables, a variable min interval and auto intervals', () => {
    const iv: VariableState = { variable: { type: 'interval', name: 'iv', auto: true }, options: [], current: { text: ['auto'], value: ['$__auto_interval_iv'] }, autoInterval: '2m' };
    const job: VariableState = { variable: { type: 'custom', name: 'job' }, options: [], current: { text: ['api'], value: ['api'] } };
    const q = build({ expr: 'rate(x{job="$job"}[$iv])' }, { variables: [iv, job], panel: { interval: '$iv' } });
    expect(q.expr).toBe('rate(x{job="api"}[2m])');
    expect(q.intervalMs).toBe(120_000);
  });

  it('reports empty queries and bad min intervals as errors', () => {
    const base = { panel, range: { from: FROM, to: FROM + HOUR }, widthPx: 500, variables: [] };
    expect(buildQuery({ ...base, target: { refId: 'A', expr: '  ' } })).toEqual({ ok: false, error: 'empty query' });
    expect(buildQuery({ ...base, target: { refId: 'A', expr: 'up', interval: 'often' } })).toEqual({ ok: false, error: 'invalid min interval "often"' });
  });
});
