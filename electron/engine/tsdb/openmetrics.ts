import type { SeriesStore, StoredSeries } from './store';
import { isStaleNaN } from './store';

/** The OpenMetrics types this writer assigns; `unknown` only resolves a name clash. */
export type FamilyType = 'counter' | 'gauge' | 'histogram' | 'unknown';

/** What an export wrote. */
export type OpenMetricsStats = { families: number; series: number; samples: number };

/** A metric family: its name as `# TYPE` gives it, and its series grouped into metrics (one per label set). */
export type Family = { name: string; type: FamilyType; metrics: StoredSeries[][] };

/** Text is yielded in chunks of about this many characters, so a day of samples never sits in one string. */
const CHUNK_CHARS = 1 << 20;

/**
 * Groups the store's series into OpenMetrics families: a `_total` series is a counter of the family
 * without the suffix; `_bucket` (with `le`), `_count` and `_sum` series of one base name are a histogram;
 * anything else is a gauge. A counter whose family name a gauge already uses is written as `unknown`.
 * Families come sorted by name, and a histogram's metric lists its buckets by bound, then count and sum.
 */
export function metricFamilies(store: SeriesStore): Family[] {
  const names = new Set(store.metricNames());
  const histograms = new Set<string>();
  for (const name of names) {
    if (name.endsWith('_bucket') && store.byMetric(name).every((s) => s.labels.le !== undefined)) histograms.add(name.slice(0, -'_bucket'.length));
  }
  const families = new Map<string, { type: FamilyType; series: StoredSeries[] }>();
  const add = (family: string, type: FamilyType, series: readonly StoredSeries[]) => {
    const entry = families.get(family) ?? { type, series: [] };
    entry.series.push(...series.filter((s) => s.length > 0));
    families.set(family, entry);
  };
  const histogramBase = (name: string) => {
    for (const suffix of ['_bucket', '_count', '_sum']) if (name.endsWith(suffix) && histograms.has(name.slice(0, -suffix.length))) return name.slice(0, -suffix.length);
    return undefined;
  };
  const counters: string[] = [];
  for (const name of names) {
    const base = histogramBase(name);
    if (base !== undefined) add(base, 'histogram', store.byMetric(name));
    else if (name.endsWith('_total')) counters.push(name);
    else add(name, 'gauge', store.byMetric(name));
  }
  for (const name of counters) {
    const family = name.slice(0, -'_total'.length);
    if (families.has(family)) add(name, 'unknown', store.byMetric(name));
    else add(family, 'counter', store.byMetric(name));
  }
  return [...families.entries()]
    .filter(([, entry]) => entry.series.length > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, entry]) => ({ name, type: entry.type, metrics: entry.type === 'histogram' ? histogramMetrics(name, entry.series) : sortByKey(entry.series).map((s) => [s]) }));
}

function sortByKey(series: StoredSeries[]): StoredSeries[] {
  return [...series].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** A histogram's series grouped by label set (without `le`): buckets by bound, +Inf last, then count and sum. */
function histogramMetrics(family: string, series: StoredSeries[]): StoredSeries[][] {
  const groups = new Map<string, StoredSeries[]>();
  for (const s of series) {
    const { __name__: _, le: _le, ...rest } = s.labels;
    const id = JSON.stringify(Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1)));
    groups.set(id, [...(groups.get(id) ?? []), s]);
  }
  // Buckets by bound, +Inf last, then _count, then _sum.
  const rank = (s: StoredSeries): [number, number] => {
    const name = s.labels.__name__!;
    if (name === `${family}_bucket`) return [0, s.labels.le === '+Inf' ? Infinity : Number(s.labels.le)];
    return [name === `${family}_count` ? 1 : 2, 0];
  };
  const order = (a: StoredSeries, b: StoredSeries) => {
    const [ga, la] = rank(a);
    const [gb, lb] = rank(b);
    return ga !== gb ? ga - gb : la === lb ? 0 : la < lb ? -1 : 1;
  };
  return [...groups.keys()].sort().map((id) => groups.get(id)!.sort(order));
}

function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** `name{a="x",b="y"} ` — the sample line up to the value, labels sorted by name. */
function seriesPrefix(series: StoredSeries): string {
  const labels = Object.keys(series.labels)
    .filter((k) => k !== '__name__')
    .sort()
    .map((k) => `${k}="${escapeLabelValue(series.labels[k]!)}"`);
  return `${series.labels.__name__}${labels.length > 0 ? `{${labels.join(',')}}` : ''} `;
}

export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

/** Unix seconds with millisecond precision and no float rounding: 1773396000 or 1773396000.25. */
export function formatTimestamp(unixMs: number): string {
  const seconds = Math.floor(unixMs / 1000);
  const ms = unixMs - seconds * 1000;
  if (ms === 0) return String(seconds);
  return `${seconds}.${String(ms).padStart(3, '0').replace(/0+$/, '')}`;
}

/**
 * The store as OpenMetrics text, in chunks: each family's `# TYPE` line, then its metrics one after
 * another, each metric's samples in time order (a histogram's buckets, count and sum together per
 * timestamp), with sim times as unix seconds from `startUnixMs`. Stale markers are left out (they are
 * Prometheus's internal notation, not samples). Ends with `# EOF`.
 */
export function* openMetricsChunks(store: SeriesStore, startUnixMs: number): Generator<string, OpenMetricsStats> {
  let buffer: string[] = [];
  let size = 0;
  let samples = 0;
  const push = (line: string) => {
    buffer.push(line);
    size += line.length;
  };
  const families = metricFamilies(store);
  for (const family of families) {
    push(`# TYPE ${family.name} ${family.type}\n`);
    for (const metric of family.metrics) {
      if (metric.length === 1) {
        const s = metric[0]!;
        const prefix = seriesPrefix(s);
        for (let i = 0; i < s.length; i++) {
          const value = s.values[i]!;
          if (isStaleNaN(value)) continue;
          push(`${prefix}${formatValue(value)} ${formatTimestamp(startUnixMs + s.times[i]!)}\n`);
          samples++;
          if (size >= CHUNK_CHARS) {
            yield buffer.join('');
            buffer = [];
            size = 0;
          }
        }
        continue;
      }
      const prefixes = metric.map(seriesPrefix);
      const next = new Array<number>(metric.length).fill(0);
      for (;;) {
        let t = Infinity;
        metric.forEach((s, i) => {
          if (next[i]! < s.length && s.times[next[i]!]! < t) t = s.times[next[i]!]!;
        });
        if (t === Infinity) break;
        const stamp = ` ${formatTimestamp(startUnixMs + t)}\n`;
        metric.forEach((s, i) => {
          const at = next[i]!;
          if (at >= s.length || s.times[at] !== t) return;
          next[i] = at + 1;
          const value = s.values[at]!;
          if (isStaleNaN(value)) return;
          push(prefixes[i]! + formatValue(value) + stamp);
          samples++;
        });
        if (size >= CHUNK_CHARS) {
          yield buffer.join('');
          buffer = [];
          size = 0;
        }
      }
    }
  }
  push('# EOF\n');
  yield buffer.join('');
  return { families: families.length, series: families.reduce((n, f) => n + f.metrics.reduce((m, metric) => m + metric.length, 0), 0), samples };
}

/** The whole store as one OpenMetrics text (for small stores and tests; use the chunks for a drill). */
export function toOpenMetrics(store: SeriesStore, startUnixMs: number): string {
  return [...openMetricsChunks(store, startUnixMs)].join('');
}
