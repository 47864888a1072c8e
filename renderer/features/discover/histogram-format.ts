/** Labels for the hit histogram: its interval ("per 30 seconds") and each bar's time. */

const UNITS: [ms: number, name: string][] = [
  [86_400_000, 'day'],
  [3_600_000, 'hour'],
  [60_000, 'minute'],
  [1000, 'second'],
  [1, 'millisecond'],
];

/** The interval in the largest unit that divides it: 30,000 → "per 30 seconds", 60,000 → "per minute". */
export function intervalLabel(intervalMs: number): string {
  const [size, name] = UNITS.find(([ms]) => intervalMs >= ms && intervalMs % ms === 0) ?? [1, 'millisecond'];
  const n = intervalMs / size;
  return n === 1 ? `per ${name}` : `per ${n.toLocaleString('en-US')} ${name}s`;
}

/** A bucket's start as the bars name it: the time of day, with the date for day-sized buckets (UTC, sim time). */
export function bucketTime(startMs: number, intervalMs: number): string {
  const iso = new Date(startMs).toISOString();
  if (intervalMs >= 86_400_000) return iso.slice(0, 10);
  return intervalMs >= 1000 ? iso.slice(11, 19) : iso.slice(11, 23);
}

/** A bar's accessible name: "10:01:30 to 10:02:00: 42 hits". */
export function bucketName(startMs: number, intervalMs: number, count: number): string {
  const hits = `${count.toLocaleString('en-US')} ${count === 1 ? 'hit' : 'hits'}`;
  return `${bucketTime(startMs, intervalMs)} to ${bucketTime(startMs + intervalMs, intervalMs)}: ${hits}`;
}

/** The hit count above the histogram: "1,234 hits". */
export function hitCount(total: number): string {
  return `${total.toLocaleString('en-US')} ${total === 1 ? 'hit' : 'hits'}`;
}

/**
 * Where bucket 0 starts: the histogram's `from` aligned down to the interval (the contract's reading; done
 * here too, so bars name and zoom to round times whether or not the back end already aligned it).
 */
export function firstBucketStart(from: number, intervalMs: number): number {
  return Math.floor(from / intervalMs) * intervalMs;
}
