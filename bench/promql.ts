// PromQL latency over synthetic stores shaped like a real estate: request counters and 12-bucket histograms.
import { instantQuery, rangeQuery } from '../electron/engine/promql/engine';
import { parseExpr } from '../electron/engine/promql/parser';
import { SeriesStore } from '../electron/engine/tsdb';
import { storeQueryable } from '../electron/engine/tsdb/queryable';

const STEP_MS = 15_000;
const HOURS = 2;
const BUCKETS = ['0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '10', '+Inf'];

/** Typical dashboard and alert queries. */
const QUERIES = {
  'rate by service': 'sum by (service) (rate(http_requests_total[5m]))',
  'error ratio by service': 'sum by (service) (rate(http_requests_total{status=~"5.."}[5m])) / sum by (service) (rate(http_requests_total[5m]))',
  'p99 over 12 buckets': 'histogram_quantile(0.99, sum by (le, service) (rate(http_request_duration_seconds_bucket[5m])))',
  'topk 5 instances': 'topk(5, sum by (instance) (rate(http_requests_total[5m])))',
};

/** A store of about `series` series: counters per (service, instance, status) and histogram buckets per (service, instance). */
function buildStore(series: number): { store: SeriesStore; endMs: number } {
  const store = new SeriesStore();
  const perInstance = 3 + BUCKETS.length; // 3 status counters + 12 buckets
  const instances = Math.max(1, Math.round(series / perInstance));
  const points = (HOURS * 3_600_000) / STEP_MS;
  let seed = 7;
  const noise = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4_294_967_296);
  for (let i = 0; i < instances; i++) {
    const base = { service: `svc-${i % 20}`, instance: `10.0.${i >> 8}.${i & 255}:8080` };
    const refs = [
      ...['200', '500', '503'].map((status) => store.ref({ __name__: 'http_requests_total', ...base, status })),
      ...BUCKETS.map((le) => store.ref({ __name__: 'http_request_duration_seconds_bucket', ...base, le })),
    ];
    const totals = new Float64Array(refs.length);
    for (let p = 0; p < points; p++) {
      const rps = 50 + 10 * noise();
      totals[0]! += rps * 15 * 0.98;
      totals[1]! += rps * 15 * 0.015;
      totals[2]! += rps * 15 * 0.005;
      BUCKETS.forEach((_, b) => (totals[3 + b]! += rps * 15 * (b === BUCKETS.length - 1 ? 1 : 1 - Math.exp(-Number(BUCKETS[b]) / 0.08))));
      refs.forEach((ref, r) => store.append(ref, p * STEP_MS, Math.floor(totals[r]!)));
    }
  }
  return { store, endMs: (points - 1) * STEP_MS };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeMs(fn: () => unknown, repeat: number): number {
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    fn();
    runs.push(performance.now() - start);
  }
  return median(runs);
}

export function promqlBench(report: (name: string, figure: string) => void): void {
  const parseInput = QUERIES['error ratio by service'];
  const parseUs = timeMs(() => parseExpr(parseInput), 2_000) * 1000;
  report('PromQL: parse an error-ratio query', `${parseUs.toFixed(1)} µs`);
  for (const size of [1_000, 10_000]) {
    const { store, endMs } = buildStore(size);
    const queryable = storeQueryable(store);
    report(`PromQL store: ${store.seriesCount.toLocaleString('en')} series`, `${store.sampleCount.toLocaleString('en')} samples, ${(store.sampleBytes / store.sampleCount).toFixed(1)} B/sample allocated`);
    for (const [name, text] of Object.entries(QUERIES)) {
      const expr = parseExpr(text);
      const instant = timeMs(() => instantQuery(queryable, expr, endMs), 9);
      const range = timeMs(() => rangeQuery(queryable, expr, endMs - 3_600_000, endMs, 15_000), 3);
      report(`  ${name}`, `instant ${instant.toFixed(2)} ms, 1 h range at 15 s ${range.toFixed(0)} ms`);
    }
  }
}
