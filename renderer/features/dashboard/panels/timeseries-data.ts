import type { Points } from '../lib/downsample';
import { lttb } from '../lib/downsample';
import type { Frame } from './types';

/** Each series downsampled to about one point per pixel column (LTTB keeps the line's shape and its gaps). */
export function seriesPoints(frames: Frame[], pixels: number): Points[] {
  const n = Math.max(2, Math.round(pixels));
  return frames.map((f) => lttb(f.times, f.values, n));
}

export type GridRow = { t: number; [series: string]: number | null };

/**
 * Rows on a shared time grid (the union of the series' times, thinned evenly to `pixels` rows), for stacked
 * areas and bars, which need every series at the same times. A gap is null, which breaks the line.
 */
export function gridRows(frames: Frame[], pixels: number): GridRow[] {
  const times = [...new Set(frames.flatMap((f) => f.times))].sort((a, b) => a - b);
  const keep = Math.max(2, Math.round(pixels));
  const chosen = times.length <= keep ? times : Array.from({ length: keep }, (_, k) => times[Math.round((k * (times.length - 1)) / (keep - 1))]!);
  const indexes = frames.map((f) => new Map(f.times.map((t, i) => [t, i])));
  return chosen.map((t) => {
    const row: GridRow = { t };
    frames.forEach((f, s) => {
      const i = indexes[s]!.get(t);
      const v = i === undefined ? NaN : f.values[i]!;
      row[`s${s}`] = Number.isFinite(v) ? v : null;
    });
    return row;
  });
}

/** The smallest and largest finite value (summed per time when stacked). */
export function valueExtent(frames: Frame[], stacked: boolean): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  if (stacked) {
    const totals = new Map<number, number>();
    for (const f of frames) f.times.forEach((t, i) => Number.isFinite(f.values[i]) && totals.set(t, (totals.get(t) ?? 0) + f.values[i]!));
    for (const v of totals.values()) [min, max] = [Math.min(min, v), Math.max(max, v)];
    return { min: Math.min(0, min), max };
  }
  for (const f of frames) for (const v of f.values) if (Number.isFinite(v)) [min, max] = [Math.min(min, v), Math.max(max, v)];
  return { min, max };
}

/** The index of the sample nearest to time t (times ascending); -1 for an empty series. */
export function nearestIndex(times: number[], t: number): number {
  if (times.length === 0) return -1;
  let lo = 0;
  let hi = times.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! <= t) lo = mid;
    else hi = mid;
  }
  return Math.abs(times[lo]! - t) <= Math.abs(times[hi]! - t) ? lo : hi;
}

export type TooltipEntry = { index: number; name: string; value: number; time: number };

/**
 * The tooltip's rows at the cursor: the value of every shown series at its sample nearest to t, within one
 * step (else the series has no value there), sorted by value, largest first, as Grafana's multi tooltip.
 */
export function tooltipEntries(frames: Frame[], shown: (index: number) => boolean, t: number, stepMs: number): TooltipEntry[] {
  const entries: TooltipEntry[] = [];
  frames.forEach((f, index) => {
    if (!shown(index)) return;
    const i = nearestIndex(f.times, t);
    const time = f.times[i];
    const value = f.values[i];
    if (time === undefined || value === undefined || Math.abs(time - t) > stepMs || Number.isNaN(value)) return;
    entries.push({ index, name: f.name, value, time });
  });
  return entries.sort((a, b) => b.value - a.value);
}
