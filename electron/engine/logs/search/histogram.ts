/**
 * Discover's hit histogram: Kibana's "auto" interval and per-bucket counts. The interval is the range over
 * the bar target (`histogram:barTarget`, 50) rounded to a nice step as Kibana's auto interval rounds it
 * (the table below), then widened to the next step while the range would need more than
 * `histogram:maxBars` (100) bars. Buckets start on multiples of the interval in UTC.
 */
import type { LogHistogram } from '../types';
import type { Bitset } from './bitset';
import type { Slice } from './match';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** [largest raw interval rounded to it, the nice step]; beyond the last, a year. */
const NICE_STEPS: readonly (readonly [number, number])[] = [
  [500, 100],
  [5 * SECOND, SECOND],
  [7.5 * SECOND, 5 * SECOND],
  [15 * SECOND, 10 * SECOND],
  [45 * SECOND, 30 * SECOND],
  [3 * MINUTE, MINUTE],
  [9 * MINUTE, 5 * MINUTE],
  [20 * MINUTE, 10 * MINUTE],
  [45 * MINUTE, 30 * MINUTE],
  [2 * HOUR, HOUR],
  [6 * HOUR, 3 * HOUR],
  [DAY, 12 * HOUR],
  [7 * DAY, DAY],
  [21 * DAY, 7 * DAY],
  [42 * DAY, 30 * DAY],
];
const YEAR = 365 * DAY;
const STEPS = [...NICE_STEPS.map(([, step]) => step), YEAR];

/** Kibana's auto histogram interval (ms) for [fromMs, toMs]. */
export function histogramInterval(fromMs: number, toMs: number, barTarget = 50, maxBars = 100): number {
  const span = Math.max(0, toMs - fromMs);
  const raw = span / barTarget;
  let step = STEPS.indexOf(NICE_STEPS.find(([upTo]) => raw <= upTo)?.[1] ?? YEAR);
  while (step < STEPS.length - 1 && span / STEPS[step]! > maxBars) step++;
  return STEPS[step]!;
}

/** The first bucket start at or before `ms`, aligned to `intervalMs` in UTC. */
export function bucketStart(ms: number, intervalMs: number): number {
  return Math.floor(ms / intervalMs) * intervalMs;
}

/** Counts of the matches per bucket over [from, to]: bucket bounds found by binary search, then popcounts. */
export function histogram(matches: Bitset, slice: Slice, from: number, to: number, barTarget: number): LogHistogram {
  const intervalMs = histogramInterval(from, to, barTarget);
  const start = bucketStart(from, intervalMs);
  const counts: number[] = [];
  for (let b = start; b <= to; b += intervalMs) {
    const first = Math.max(slice.store.firstAtOrAfter(b), slice.lo) - slice.lo;
    const end = Math.min(slice.store.firstAtOrAfter(b + intervalMs), slice.hi) - slice.lo;
    counts.push(matches.countRange(first, end));
  }
  return { from: start, to, intervalMs, counts };
}
