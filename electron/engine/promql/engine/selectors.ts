import type { SeriesView } from '../../tsdb';
import { isStaleNaN } from '../../tsdb';
import type { Point } from './series';

/** Index of the last sample at or before t (-1 if none). */
function lastAtOrBefore(s: SeriesView, t: number): number {
  let lo = 0;
  let hi = s.length - 1;
  if (hi < 0 || s.timeAt(0) > t) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.timeAt(mid) <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The sample an instant selector sees at refTime: the newest in (refTime - lookback, refTime], unless
 * that newest sample is a staleness marker (the series ended).
 */
export function sampleAt(s: SeriesView, refTime: number, lookbackMs: number): Point | undefined {
  const i = lastAtOrBefore(s, refTime);
  if (i < 0) return undefined;
  const t = s.timeAt(i);
  if (t <= refTime - lookbackMs) return undefined;
  const v = s.valueAt(i);
  if (isStaleNaN(v)) return undefined;
  return { t, v };
}

/** The samples of a range selector: those in the left-open window (mint, maxt], staleness markers left out. */
export function viewWindow(s: SeriesView, mint: number, maxt: number): Point[] {
  const out: Point[] = [];
  if (maxt <= mint) return out;
  let i = lastAtOrBefore(s, mint) + 1;
  for (; i < s.length; i++) {
    const t = s.timeAt(i);
    if (t > maxt) break;
    const v = s.valueAt(i);
    if (!isStaleNaN(v)) out.push({ t, v });
  }
  return out;
}

/** The points of an evaluated series (a subquery's) in the window (mint, maxt]. */
export function pointsWindow(points: readonly Point[], mint: number, maxt: number): Point[] {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.t <= mint) lo = mid + 1;
    else hi = mid;
  }
  const out: Point[] = [];
  for (let i = lo; i < points.length && points[i]!.t <= maxt; i++) if (!isStaleNaN(points[i]!.v)) out.push(points[i]!);
  return out;
}
