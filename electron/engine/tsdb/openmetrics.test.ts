import { describe, expect, it } from 'vitest';
import { formatTimestamp, metricFamilies, openMetricsChunks, toOpenMetrics } from './openmetrics';
import { SeriesStore, STALE_NAN } from './store';

const START = Date.parse('2026-03-13T10:00:00Z');
const S = START / 1000;

/**
 * Appends (t, v) pairs to the series with these labels. A stale marker is written as 'stale': V8 stores
 * numbers in a double array with NaNs canonicalised, which would turn it into a plain NaN.
 */
function put(store: SeriesStore, labels: Record<string, string>, samples: [number, number | 'stale'][]): void {
  const ref = store.ref(labels);
  for (const [t, v] of samples) store.append(ref, t, v === 'stale' ? STALE_NAN : v);
}

function example(): SeriesStore {
  const store = new SeriesStore();
  put(store, { __name__: 'up', job: 'api' }, [[0, 1], [15_000, 1]]);
  put(store, { __name__: 'http_requests_total', job: 'api', status: '500' }, [[0, 3], [15_000, 5], [30_000, 'stale']]);
  put(store, { __name__: 'http_requests_total', job: 'api', status: '200' }, [[-15_000, 90], [0, 100], [15_000, 140]]);
  for (const [pod, scale] of [['b', 2], ['a', 1]] as const) {
    put(store, { __name__: 'lat_seconds_bucket', pod, le: '+Inf' }, [[0, 10 * scale], [15_000, 20 * scale]]);
    put(store, { __name__: 'lat_seconds_sum', pod }, [[0, 1.5 * scale], [15_000, 3 * scale]]);
    put(store, { __name__: 'lat_seconds_bucket', pod, le: '0.25' }, [[0, 7 * scale], [15_000, 15 * scale]]);
    put(store, { __name__: 'lat_seconds_count', pod }, [[0, 10 * scale], [15_000, 20 * scale]]);
    put(store, { __name__: 'lat_seconds_bucket', pod, le: '0.1' }, [[0, 4 * scale], [15_000, 9 * scale]]);
  }
  put(store, { __name__: 'pg_stat_activity_count', datname: 'shop', state: 'idle in transaction' }, [[250, 2]]);
  put(store, { __name__: 'temperature', note: 'say "hi"\\\n' }, [[0, NaN], [1_000, Infinity]]);
  return store;
}

describe('metricFamilies', () => {
  it('types _total series as counters of the family without the suffix, bucket/sum/count as histograms, the rest as gauges', () => {
    const families = metricFamilies(example());
    expect(families.map((f) => [f.name, f.type])).toEqual([
      ['http_requests', 'counter'],
      ['lat_seconds', 'histogram'],
      ['pg_stat_activity_count', 'gauge'],
      ['temperature', 'gauge'],
      ['up', 'gauge'],
    ]);
  });

  it('writes a counter whose family name a gauge already has as unknown, under its full name', () => {
    const store = new SeriesStore();
    put(store, { __name__: 'jobs' }, [[0, 1]]);
    put(store, { __name__: 'jobs_total' }, [[0, 4]]);
    expect(metricFamilies(store).map((f) => [f.name, f.type])).toEqual([
      ['jobs', 'gauge'],
      ['jobs_total', 'unknown'],
    ]);
  });

  it('leaves out series without samples', () => {
    const store = new SeriesStore();
    store.ref({ __name__: 'never_written' });
    expect(metricFamilies(store)).toEqual([]);
  });
});

describe('toOpenMetrics', () => {
  const text = toOpenMetrics(example(), START);
  const lines = text.split('\n');

  it('writes each family once, TYPE first, sorted by name, and ends with # EOF', () => {
    expect(lines.filter((l) => l.startsWith('# '))).toEqual([
      '# TYPE http_requests counter',
      '# TYPE lat_seconds histogram',
      '# TYPE pg_stat_activity_count gauge',
      '# TYPE temperature gauge',
      '# TYPE up gauge',
      '# EOF',
    ]);
    expect(text.endsWith('\n# EOF\n')).toBe(true);
  });

  it('groups each counter series and writes its samples in time order, timestamps in unix seconds', () => {
    const counter = lines.slice(lines.indexOf('# TYPE http_requests counter') + 1, lines.indexOf('# TYPE lat_seconds histogram'));
    expect(counter).toEqual([
      `http_requests_total{job="api",status="200"} 90 ${S - 15}`,
      `http_requests_total{job="api",status="200"} 100 ${S}`,
      `http_requests_total{job="api",status="200"} 140 ${S + 15}`,
      `http_requests_total{job="api",status="500"} 3 ${S}`,
      `http_requests_total{job="api",status="500"} 5 ${S + 15}`,
    ]);
  });

  it('skips stale markers but keeps real NaN and infinite values', () => {
    expect(lines.filter((l) => l.includes('NaN'))).toEqual([`temperature{note="say \\"hi\\"\\\\\\n"} NaN ${S}`]);
    expect(lines).toContain(`temperature{note="say \\"hi\\"\\\\\\n"} +Inf ${S + 1}`);
    expect(lines.filter((l) => l.startsWith('http_requests_total{job="api",status="500"}'))).toHaveLength(2);
  });

  it('writes a histogram per label set and timestamp: buckets by bound, +Inf last, then count and sum', () => {
    const histogram = lines.slice(lines.indexOf('# TYPE lat_seconds histogram') + 1, lines.indexOf('# TYPE pg_stat_activity_count gauge'));
    expect(histogram.slice(0, 10)).toEqual([
      `lat_seconds_bucket{le="0.1",pod="a"} 4 ${S}`,
      `lat_seconds_bucket{le="0.25",pod="a"} 7 ${S}`,
      `lat_seconds_bucket{le="+Inf",pod="a"} 10 ${S}`,
      `lat_seconds_count{pod="a"} 10 ${S}`,
      `lat_seconds_sum{pod="a"} 1.5 ${S}`,
      `lat_seconds_bucket{le="0.1",pod="a"} 9 ${S + 15}`,
      `lat_seconds_bucket{le="0.25",pod="a"} 15 ${S + 15}`,
      `lat_seconds_bucket{le="+Inf",pod="a"} 20 ${S + 15}`,
      `lat_seconds_count{pod="a"} 20 ${S + 15}`,
      `lat_seconds_sum{pod="a"} 3 ${S + 15}`,
    ]);
    expect(histogram.slice(10)).toHaveLength(10);
    expect(histogram.slice(10).every((l) => l.includes('pod="b"'))).toBe(true);
  });

  it('writes label values escaped and times with millisecond precision', () => {
    expect(lines).toContain(`pg_stat_activity_count{datname="shop",state="idle in transaction"} 2 ${S}.25`);
    expect(formatTimestamp(START + 1)).toBe(`${S}.001`);
    expect(formatTimestamp(START + 120)).toBe(`${S}.12`);
    expect(formatTimestamp(START)).toBe(String(S));
  });

  it('yields the same text in chunks as in one piece', () => {
    const store = new SeriesStore();
    const ref = store.ref({ __name__: 'big_gauge', instance: 'x'.repeat(200) });
    for (let i = 0; i < 20_000; i++) store.append(ref, i * 15_000, i);
    const chunks = [...openMetricsChunks(store, START)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(toOpenMetrics(store, START));
    expect(chunks.join('').split('\n')).toHaveLength(20_000 + 3);
  });
});
