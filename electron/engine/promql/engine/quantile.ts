/** A classic histogram bucket: upper bound (`le`) and cumulative count. */
export type Bucket = { upperBound: number; count: number };

const SMALL_DELTA_TOLERANCE = 1e-12;
const MIN_NORMAL = 2.2250738585072014e-308;

/** Prometheus's util/almost.Equal. */
export function almostEqual(a: number, b: number, epsilon: number): boolean {
  if (Number.isNaN(a) && Number.isNaN(b)) return true;
  if (a === b) return true;
  const absSum = Math.abs(a) + Math.abs(b);
  const diff = Math.abs(a - b);
  if (a === 0 || b === 0 || absSum < MIN_NORMAL) return diff < epsilon * MIN_NORMAL;
  return diff / Math.min(absSum, Number.MAX_VALUE) < epsilon;
}

/**
 * The φ-quantile of classic buckets (Prometheus's BucketQuantile): sorted by bound, equal bounds merged,
 * float noise and decreases between buckets smoothed away; linear interpolation inside the bucket, 0 as
 * the lower bound of the first bucket if its bound is positive, the second-highest bound if the rank
 * falls in the +Inf bucket. NaN without a +Inf bucket, with fewer than 2 buckets or no observations;
 * q < 0 → -Inf, q > 1 → +Inf, q NaN → NaN.
 */
export function bucketQuantile(q: number, input: Bucket[]): number {
  if (Number.isNaN(q)) return NaN;
  if (q < 0) return -Infinity;
  if (q > 1) return Infinity;
  const sorted = [...input].sort((a, b) => (a.upperBound < b.upperBound ? -1 : a.upperBound > b.upperBound ? 1 : 0));
  if (sorted[sorted.length - 1]!.upperBound !== Infinity) return NaN;
  const buckets = coalesce(sorted);
  ensureMonotonic(buckets);
  if (buckets.length < 2) return NaN;
  const observations = buckets[buckets.length - 1]!.count;
  if (observations === 0) return NaN;
  let rank = q * observations;
  const b = goSearch(buckets.length - 1, (i) => buckets[i]!.count >= rank);
  if (b === buckets.length - 1) return buckets[buckets.length - 2]!.upperBound;
  if (b === 0 && buckets[0]!.upperBound <= 0) return buckets[0]!.upperBound;
  let bucketStart = 0;
  const bucketEnd = buckets[b]!.upperBound;
  let count = buckets[b]!.count;
  if (b > 0) {
    bucketStart = buckets[b - 1]!.upperBound;
    count -= buckets[b - 1]!.count;
    rank -= buckets[b - 1]!.count;
  }
  return bucketStart + (bucketEnd - bucketStart) * (rank / count);
}

/**
 * The fraction of observations between `lower` and `upper` in classic buckets (histogram_fraction). Bucket i
 * spans (bound[i-1], bound[i]]; the first starts at 0 when its bound is positive, else at -Inf. Inside a
 * bucket the count is spread linearly; a bucket of infinite width is not interpolated: a limit inside it
 * sits at its finite edge. NaN without a +Inf bucket, without observations or for a NaN limit; 0 when
 * lower >= upper.
 */
export function bucketFraction(lower: number, upper: number, input: Bucket[]): number {
  const sorted = [...input].sort((a, b) => (a.upperBound < b.upperBound ? -1 : a.upperBound > b.upperBound ? 1 : 0));
  if (sorted.length === 0 || sorted[sorted.length - 1]!.upperBound !== Infinity) return NaN;
  const buckets = coalesce(sorted);
  ensureMonotonic(buckets);
  const total = buckets[buckets.length - 1]!.count;
  if (total === 0 || Number.isNaN(lower) || Number.isNaN(upper)) return NaN;
  if (lower >= upper) return 0;
  let rank = 0;
  let lowerRank: number | undefined;
  let upperRank: number | undefined;
  for (let i = 0; i < buckets.length && (lowerRank === undefined || upperRank === undefined); i++) {
    const to = buckets[i]!.upperBound;
    const from = i > 0 ? buckets[i - 1]!.upperBound : to > 0 ? 0 : -Infinity;
    const count = buckets[i]!.count - rank;
    const at = (v: number): number => {
      if (from === -Infinity) return rank + count;
      if (to === Infinity) return rank;
      return rank + (count * (v - from)) / (to - from);
    };
    if (lowerRank === undefined && from >= lower) lowerRank = rank;
    if (upperRank === undefined && from >= upper) upperRank = rank;
    if (lowerRank === undefined && from < lower && to > lower) lowerRank = at(lower);
    if (upperRank === undefined && from < upper && to > upper) upperRank = at(upper);
    rank = buckets[i]!.count;
  }
  const lo = Math.min(lowerRank ?? total, total);
  const hi = Math.min(upperRank ?? total, total);
  return (hi - lo) / total;
}

/** Go's sort.Search: the smallest i in [0, n) with f(i), by bisection (n if none). */
export function goSearch(n: number, f: (i: number) => boolean): number {
  let i = 0;
  let j = n;
  while (i < j) {
    const h = (i + j) >>> 1;
    if (!f(h)) i = h + 1;
    else j = h;
  }
  return i;
}

function coalesce(buckets: Bucket[]): Bucket[] {
  const out: Bucket[] = [];
  for (const b of buckets) {
    const last = out[out.length - 1];
    if (last && last.upperBound === b.upperBound) last.count += b.count;
    else out.push({ ...b });
  }
  return out;
}

function ensureMonotonic(buckets: Bucket[]): void {
  let prev = buckets[0]!.count;
  for (let i = 1; i < buckets.length; i++) {
    const curr = buckets[i]!.count;
    if (curr === prev) continue;
    if (almostEqual(prev, curr, SMALL_DELTA_TOLERANCE) || curr < prev) {
      buckets[i]!.count = prev;
      continue;
    }
    prev = curr;
  }
}

/** The φ-quantile of values (Prometheus's quantile): weighted between neighbours; NaN if empty. */
export function quantile(q: number, values: number[]): number {
  if (values.length === 0 || Number.isNaN(q)) return NaN;
  if (q < 0) return -Infinity;
  if (q > 1) return Infinity;
  const sorted = [...values].sort((a, b) => (Number.isNaN(a) ? (Number.isNaN(b) ? 0 : -1) : Number.isNaN(b) ? 1 : a - b));
  const n = sorted.length;
  const rank = q * (n - 1);
  const lower = Math.max(0, Math.floor(rank));
  const upper = Math.min(n - 1, lower + 1);
  const weight = rank - Math.floor(rank);
  return sorted[lower]! * (1 - weight) + sorted[upper]! * weight;
}
