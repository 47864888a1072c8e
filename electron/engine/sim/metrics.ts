import type { AlertSignal } from '../scenario';
import type { SimMillis } from './clock';
import { SCRAPE_INTERVAL_MS, WARM_PAST_MS } from './clock';
import { hashString } from './rng';
import { createRng } from './rng';
import type { ServiceSignals, World } from './world';
import { historicSignals } from './world';

/** Recording-rule style series names for each signal the thin world exports. */
export const SIGNAL_METRICS: Record<AlertSignal, string> = {
  requests_per_second: 'service:http_requests:rate1m',
  error_ratio: 'service:http_request_errors:ratio_rate1m',
  latency_p99_seconds: 'service:http_request_duration_seconds:p99',
};

export type Sample = { t: SimMillis; v: number };

export type Series = { metric: string; labels: Record<string, string>; samples: Sample[] };

/** Scraped samples per (signal, service), appended in time order. */
export type MetricBuffer = Map<string, Series>;

export function seriesKey(signal: AlertSignal, service: string): string {
  return `${SIGNAL_METRICS[signal]}{service="${service}"}`;
}

/** Each target scrapes at a fixed phase within the interval, as Prometheus spreads its scrapes. */
export function scrapePhase(service: string): number {
  return (hashString(service) % (SCRAPE_INTERVAL_MS / 1000)) * 1000;
}

export function isScrapeTime(service: string, t: number): boolean {
  return (((t - scrapePhase(service)) % SCRAPE_INTERVAL_MS) + SCRAPE_INTERVAL_MS) % SCRAPE_INTERVAL_MS === 0;
}

function append(buffer: MetricBuffer, service: string, t: SimMillis, signals: ServiceSignals): void {
  for (const signal of Object.keys(SIGNAL_METRICS) as AlertSignal[]) {
    const key = seriesKey(signal, service);
    let series = buffer.get(key);
    if (!series) {
      series = { metric: SIGNAL_METRICS[signal], labels: { service }, samples: [] };
      buffer.set(key, series);
    }
    series.samples.push({ t, v: signals[signal] });
  }
}

/** The warm past: baseline samples for the hour before t = 0, from their own random stream. */
export function warmHistory(world: World, seed: number): MetricBuffer {
  const buffer: MetricBuffer = new Map();
  for (const spec of world.doc.services) {
    const rng = createRng(seed, `history:${spec.name}`);
    const phase = scrapePhase(spec.name);
    for (let t = -WARM_PAST_MS + phase; t < 0; t += SCRAPE_INTERVAL_MS) {
      append(buffer, spec.name, t as SimMillis, historicSignals(world, spec, t, rng));
    }
  }
  return buffer;
}

/** Records a scrape of every service whose phase falls on t. */
export function scrape(buffer: MetricBuffer, world: World, t: SimMillis): void {
  for (const [name, service] of world.services) {
    if (isScrapeTime(name, t)) append(buffer, name, t, service.signals);
  }
}

/** The newest sample at or before t within the 5-minute lookback, as an instant query would see it. */
export function latestSample(series: Series | undefined, t: number, lookbackMs = 300_000): Sample | undefined {
  if (!series) return undefined;
  for (let i = series.samples.length - 1; i >= 0; i--) {
    const sample = series.samples[i]!;
    if (sample.t > t) continue;
    return t - sample.t <= lookbackMs ? sample : undefined;
  }
  return undefined;
}
