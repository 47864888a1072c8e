// Index arithmetic below keeps every array access in bounds, hence the non-null assertions.

/**
 * Fewer points than pixels: a chart never draws more points than it has columns, so a 24-hour range at a
 * 15-second step stays cheap to draw. Largest-triangle-three-buckets keeps the first and last points and
 * keeps gaps (NaN) as gaps, so a missing scrape still breaks the line.
 */

export type Points = { times: number[]; values: number[] };

/** Splits at NaN gaps into runs of [start, end) indexes over present values. */
function runs(values: number[]): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= values.length; i++) {
    const gap = i === values.length || Number.isNaN(values[i]!);
    if (!gap && start < 0) start = i;
    if (gap && start >= 0) {
      out.push([start, i]);
      start = -1;
    }
  }
  return out;
}

/**
 * Largest-Triangle-Three-Buckets (Steinarsson 2013): keeps the points that best preserve the line's shape.
 * At most `n` points; each gap between runs costs one NaN point, counted in `n`.
 */
export function lttb(times: number[], values: number[], n: number): Points {
  const limit = Math.max(2, Math.floor(n));
  if (values.length <= limit) return { times: [...times], values: [...values] };
  const parts = runs(values);
  const budget = limit - countGaps(values, parts);
  // Too many gaps for the budget: evenly spaced points are the best we can do.
  if (parts.length === 0 || budget < 2 * parts.length) return evenlySpaced(times, values, limit);
  const shares = shareBudget(parts, budget);
  const out: Points = { times: [], values: [] };
  parts.forEach(([a, b], index) => {
    // The gap marker sits at the gap's first time, so a series that starts with a gap still starts at times[0]!.
    if (a > 0) pushGap(out, times[index === 0 ? 0 : parts[index - 1]![1]]!);
    lttbRun(times, values, a, b, shares[index]!, out);
  });
  pushGapAfter(out, times, values, parts);
  return out;
}

/** Each run gets its two ends, then the rest of the budget in proportion to its length (never above budget). */
function shareBudget(parts: [number, number][], budget: number): number[] {
  const base = parts.map(([a, b]) => Math.min(b - a, 2));
  const rest = budget - base.reduce((x, y) => x + y, 0);
  const spare = parts.reduce((total, [a, b], i) => total + (b - a - base[i]!), 0) || 1;
  return parts.map(([a, b], i) => Math.min(b - a, base[i]! + Math.floor((rest * (b - a - base[i]!)) / spare)));
}

function evenlySpaced(times: number[], values: number[], n: number): Points {
  const out: Points = { times: [], values: [] };
  for (let k = 0; k < n; k++) {
    const i = Math.round((k * (values.length - 1)) / (n - 1));
    out.times.push(times[i]!);
    out.values.push(values[i]!);
  }
  return out;
}

/** Gap markers: one NaN before each run that follows a gap, one at the end if the series ends in a gap. */
function countGaps(values: number[], parts: [number, number][]): number {
  let gaps = 0;
  for (const [a] of parts) if (a > 0) gaps++;
  const last = parts[parts.length - 1];
  if (last && last[1] < values.length) gaps++;
  if (parts.length === 0 && values.length) gaps = 1;
  return gaps;
}

function pushGap(out: Points, time: number) {
  out.times.push(time);
  out.values.push(NaN);
}

function pushGapAfter(out: Points, times: number[], values: number[], parts: [number, number][]) {
  const last = parts[parts.length - 1];
  if (last && last[1] < values.length) {
    out.times.push(times[values.length - 1]!);
    out.values.push(NaN);
  }
}

function lttbRun(times: number[], values: number[], a: number, b: number, n: number, out: Points) {
  const length = b - a;
  if (length <= n) {
    for (let i = a; i < b; i++) {
      out.times.push(times[i]!);
      out.values.push(values[i]!);
    }
    return;
  }
  const bucket = (length - 2) / (n - 2);
  let chosen = a;
  out.times.push(times[a]!);
  out.values.push(values[a]!);
  for (let i = 0; i < n - 2; i++) {
    const nextStart = a + Math.floor((i + 1) * bucket) + 1;
    const nextEnd = Math.min(a + Math.floor((i + 2) * bucket) + 1, b);
    let avgT = 0;
    let avgV = 0;
    const span = Math.max(1, nextEnd - nextStart);
    for (let j = nextStart; j < nextEnd; j++) {
      avgT += times[j]!;
      avgV += values[j]!;
    }
    avgT /= span;
    avgV /= span;
    const start = a + Math.floor(i * bucket) + 1;
    const end = a + Math.floor((i + 1) * bucket) + 1;
    let best = start;
    let bestArea = -1;
    for (let j = start; j < end; j++) {
      const area = Math.abs((times[chosen]! - avgT) * (values[j]! - values[chosen]!) - (times[chosen]! - times[j]!) * (avgV - values[chosen]!));
      if (area > bestArea) {
        bestArea = area;
        best = j;
      }
    }
    out.times.push(times[best]!);
    out.values.push(values[best]!);
    chosen = best;
  }
  out.times.push(times[b - 1]!);
  out.values.push(values[b - 1]!);
}
