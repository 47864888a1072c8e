import type { Frame } from '../panels/types';

/** Per-bucket counts over time: `counts[b][t]` is how many observations fell in bucket b at times[t]. */
export type HeatmapGrid = {
  times: number[];
  /** Bucket bounds: bucket b holds (lower[b], upper[b]]; the first lower bound is 0 (or −∞ below a negative le). */
  lower: number[];
  upper: number[];
  counts: number[][];
  max: number;
};

function parseLe(text: string | undefined): number {
  if (text === '+Inf' || text === 'Inf') return Infinity;
  return text === undefined ? NaN : Number(text);
}

/**
 * Cumulative `le` bucket series → per-bucket counts: sorted by le (+Inf last), each bucket minus the one below.
 * A negative difference (a bucket scraped a moment before its neighbour) is clamped at 0, as Grafana does.
 * Series without a numeric `le` are ignored.
 */
export function bucketsToHeatmap(frames: Frame[]): HeatmapGrid {
  const buckets = frames
    .map((frame) => ({ frame, le: parseLe(frame.labels.le) }))
    .filter((b) => !Number.isNaN(b.le))
    .sort((a, b) => a.le - b.le);
  const times = [...new Set(buckets.flatMap((b) => b.frame.times))].sort((a, b) => a - b);
  const column = new Map(times.map((t, i) => [t, i]));
  const cumulative = buckets.map((b) => {
    const row = new Array<number>(times.length).fill(NaN);
    b.frame.times.forEach((t, i) => (row[column.get(t)!] = b.frame.values[i] ?? NaN));
    return row;
  });
  let max = 0;
  const counts = cumulative.map((row, b) =>
    row.map((value, t) => {
      const below = b === 0 ? 0 : (cumulative[b - 1]?.[t] ?? NaN);
      const count = Number.isNaN(value) ? NaN : Math.max(0, value - (Number.isNaN(below) ? 0 : below));
      if (count > max) max = count;
      return count;
    }),
  );
  const upper = buckets.map((b) => b.le);
  const lower = upper.map((_, b) => (b === 0 ? Math.min(0, upper[0] ?? 0) : upper[b - 1]!));
  return { times, lower, upper, counts, max };
}

// Viridis (matplotlib's perceptually uniform, colour-blind-safe map) at 9 stops, interpolated between.
const VIRIDIS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'];

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The colour of a fraction 0..1 of the scale (clamped); NaN gives transparent (no sample there). */
export function heatColor(fraction: number): string {
  if (Number.isNaN(fraction)) return 'transparent';
  const f = Math.min(1, Math.max(0, fraction)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(f));
  const [r1, g1, b1] = hexToRgb(VIRIDIS[i]!);
  const [r2, g2, b2] = hexToRgb(VIRIDIS[i + 1]!);
  const t = f - i;
  const mix = (a: number, b: number) => Math.round(a + (b - a) * t);
  return `rgb(${mix(r1, r2)}, ${mix(g1, g2)}, ${mix(b1, b2)})`;
}

/** The colour scale's stops, for the legend. */
export const HEAT_STOPS = VIRIDIS;
