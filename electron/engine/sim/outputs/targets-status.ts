import { formatDuration } from '../duration';
import { hashString } from '../rng';
import type { World } from '../world';
import type { ScrapeFailure, ScrapeTarget } from './target';

/**
 * The shape of Prometheus's /api/v1/targets `data`, for the Targets status page: every endpoint the scraper
 * knows, its labels, health, last scrape and error. (Implementation: see targetsStatus below.)
 */
export type ActiveTarget = {
  /** Labels before relabelling (`__address__`, `__metrics_path__`, `__scheme__`, `job`, discovery meta labels). */
  discoveredLabels: Record<string, string>;
  /** Target labels after relabelling (`instance`, `job`, and any the discovery kept). */
  labels: Record<string, string>;
  scrapePool: string;
  scrapeUrl: string;
  globalUrl: string;
  /** Empty when the last scrape succeeded. */
  lastError: string;
  /** RFC 3339 time of the last scrape (in the drill's wall clock). */
  lastScrape: string;
  /** Seconds the last scrape took. */
  lastScrapeDuration: number;
  health: 'up' | 'down' | 'unknown';
  scrapeInterval: string;
  scrapeTimeout: string;
};

export type TargetsStatus = { activeTargets: ActiveTarget[]; droppedTargets: { discoveredLabels: Record<string, string> }[] };

/** Prometheus's default scrape timeout, cut to the interval when the interval is shorter (as the config requires). */
const DEFAULT_SCRAPE_TIMEOUT_MS = 10_000;
/** What Go's zero time.Time prints as: the `lastScrape` of a target not scraped yet. */
const NEVER = '0001-01-01T00:00:00Z';

/** A fixed fraction in [0, 1) for a target's scrape at time t, so the same scrape always reports the same duration. */
function jitter(key: string, t: number): number {
  return hashString(`${key}@${t}`) / 2 ** 32;
}

/** Seconds a scrape took: a small fixed cost plus a cost per series, or the timeout when it hit it. */
function scrapeSeconds(target: ScrapeTarget, seriesCount: number, timeoutMs: number): number {
  if (target.failure === 'timeout') return timeoutMs / 1000;
  const spread = 0.8 + 0.4 * jitter(`${target.job}/${target.instance}`, target.lastScrapeAt!);
  // A refused connection fails at the TCP handshake, long before any body is read.
  const seconds = target.failure === 'refused' ? 0.0004 * spread : (0.0015 + seriesCount * 0.000012) * spread;
  return Number(seconds.toFixed(9));
}

/** Query parameters as Go's url.Values.Encode writes them: sorted by key, percent-encoded. */
function encodeParams(params: Record<string, string> | undefined): string {
  if (!params) return '';
  const keys = Object.keys(params).sort();
  return keys.length === 0 ? '' : `?${keys.map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(params[k]!)}`).join('&')}`;
}

function errorText(failure: ScrapeFailure | undefined, url: string, address: string): string {
  if (failure === 'refused') return `Get "${url}": dial tcp ${address}: connect: connection refused`;
  if (failure === 'timeout') return `Get "${url}": context deadline exceeded`;
  return '';
}

function sortedLabels(labels: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => compare(a, b)));
}

/**
 * /api/v1/targets `data` for the drill's current moment: every target the scraper knows (and discovery still
 * lists), with its discovered and target labels, where it is scraped, and how its last scrape went. `lastScrape`
 * is in the drill's wall clock (world.startUnixMs + sim ms).
 */
export function targetsStatus(targets: readonly ScrapeTarget[], world: World, intervalMs: number): TargetsStatus {
  const timeoutMs = Math.min(DEFAULT_SCRAPE_TIMEOUT_MS, intervalMs);
  const scrapeInterval = formatDuration(intervalMs);
  const scrapeTimeout = formatDuration(timeoutMs);
  const activeTargets: ActiveTarget[] = [];
  for (const target of targets) {
    const discovery = target.describe?.(world);
    if (!discovery) continue;
    const metricsPath = discovery.metricsPath ?? '/metrics';
    const scrapeUrl = `http://${discovery.address}${metricsPath}${encodeParams(discovery.params)}`;
    const params = Object.fromEntries(Object.entries(discovery.params ?? {}).filter(([k]) => k !== 'target').map(([k, v]) => [`__param_${k}`, v]));
    const scraped = target.lastScrapeAt !== undefined;
    activeTargets.push({
      discoveredLabels: sortedLabels({
        __address__: discovery.discoveredAddress ?? discovery.address,
        __metrics_path__: metricsPath,
        __scheme__: 'http',
        __scrape_interval__: scrapeInterval,
        __scrape_timeout__: scrapeTimeout,
        ...params,
        ...discovery.meta,
        job: target.job,
      }),
      labels: sortedLabels(discovery.labels),
      scrapePool: target.job,
      scrapeUrl,
      globalUrl: scrapeUrl,
      lastError: scraped ? errorText(target.failure, scrapeUrl, discovery.address) : '',
      lastScrape: scraped ? new Date(world.startUnixMs + target.lastScrapeAt!).toISOString() : NEVER,
      lastScrapeDuration: scraped ? scrapeSeconds(target, discovery.seriesCount, timeoutMs) : 0,
      health: !scraped ? 'unknown' : target.failure ? 'down' : 'up',
      scrapeInterval,
      scrapeTimeout,
    });
  }
  activeTargets.sort((a, b) => compare(a.scrapePool, b.scrapePool) || compare(a.labels.instance ?? '', b.labels.instance ?? ''));
  return { activeTargets, droppedTargets: [] };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
