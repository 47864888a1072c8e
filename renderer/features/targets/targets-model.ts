import type { ActiveTarget } from '../../../electron/contract';

/** One scrape pool (a job) as the Targets page shows it: its targets, and how many of them are up. */
export type PoolGroup = { pool: string; targets: ActiveTarget[]; up: number; total: number };

export type TargetFilter = { unhealthyOnly: boolean; search: string };

/** Prometheus's "Unhealthy" filter keeps every target that is not up, so targets never scraped count too. */
export function isUnhealthy(target: ActiveTarget): boolean {
  return target.health !== 'up';
}

/** Whether the search text occurs (ignoring case) in the endpoint or in a label written as name="value". */
export function matchesSearch(target: ActiveTarget, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (needle === '') return true;
  if (target.scrapeUrl.toLowerCase().includes(needle)) return true;
  return Object.entries(target.labels).some(([name, value]) => `${name}="${value}"`.toLowerCase().includes(needle));
}

/**
 * Targets grouped by pool, pools in name order. The up/total counts are over the whole pool, as Prometheus
 * shows them, while the listed targets are those the filter keeps; a pool the filter empties is left out.
 */
export function groupTargets(targets: readonly ActiveTarget[], filter: TargetFilter): PoolGroup[] {
  const pools = new Map<string, PoolGroup>();
  for (const target of targets) {
    let group = pools.get(target.scrapePool);
    if (!group) {
      group = { pool: target.scrapePool, targets: [], up: 0, total: 0 };
      pools.set(target.scrapePool, group);
    }
    group.total++;
    if (target.health === 'up') group.up++;
    if ((!filter.unhealthyOnly || isUnhealthy(target)) && matchesSearch(target, filter.search)) group.targets.push(target);
  }
  return [...pools.values()].filter((g) => g.targets.length > 0).sort((a, b) => a.pool.localeCompare(b.pool));
}

/** Go's zero time, which the API reports as the last scrape of a target never scraped. */
const NEVER_PREFIX = '0001-01-01';

/** How long ago a scrape ran, relative to the drill's now: "4.2s ago", "2m 5s ago", "1h 3m ago", or "never". */
export function formatAgo(lastScrape: string, nowMs: number): string {
  const at = Date.parse(lastScrape);
  if (lastScrape.startsWith(NEVER_PREFIX) || Number.isNaN(at)) return 'never';
  const seconds = Math.max(0, (nowMs - at) / 1000);
  if (seconds < 60) return `${seconds.toFixed(1)}s ago`;
  const whole = Math.floor(seconds);
  if (whole < 3600) return `${Math.floor(whole / 60)}m ${whole % 60}s ago`;
  return `${Math.floor(whole / 3600)}h ${Math.floor((whole % 3600) / 60)}m ago`;
}

/** A scrape's duration in seconds, as the page shows it: "12.3ms" below a second, "1.234s" above. */
export function formatScrapeDuration(seconds: number): string {
  if (seconds < 1) return `${(seconds * 1000).toFixed(1)}ms`;
  return `${seconds.toFixed(3)}s`;
}
