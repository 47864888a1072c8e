import type { RangeContext, RangeFunction } from './function-types';
import { quantile } from './quantile';
import type { Point } from './series';
import { kahanInc } from './kahan';
import { QueryError } from './values';

const range = (call: RangeFunction['call'], keepName = false): RangeFunction => ({ kind: 'range', call, ...(keepName ? { keepName } : {}) });

/**
 * rate, increase and delta (Prometheus's extrapolatedRate): the change between the first and last
 * sample (counter resets added back), extrapolated towards the window's edges — all the way if the
 * gap is under 1.1 average intervals, else half an interval — and, for counters, no further back
 * than the point where the counter would have been zero.
 */
function extrapolatedRate(points: readonly Point[], ctx: RangeContext, isCounter: boolean, isRate: boolean): number | undefined {
  if (points.length < 2) return undefined;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  let result = last.v - first.v;
  if (isCounter) {
    for (let i = 1; i < points.length; i++) if (points[i]!.v < points[i - 1]!.v) result += points[i - 1]!.v;
  }
  let durationToStart = (first.t - ctx.rangeStart) / 1000;
  let durationToEnd = (ctx.rangeEnd - last.t) / 1000;
  const sampledInterval = (last.t - first.t) / 1000;
  const averageDurationBetweenSamples = sampledInterval / (points.length - 1);
  const extrapolationThreshold = averageDurationBetweenSamples * 1.1;
  if (ctx.prometheus2) {
    // Before 2.51 the zero point was taken first and the half-interval rule tested against it.
    if (isCounter && result > 0 && first.v >= 0) durationToStart = Math.min(durationToStart, sampledInterval * (first.v / result));
    if (durationToStart >= extrapolationThreshold) durationToStart = averageDurationBetweenSamples / 2;
  } else if (durationToStart >= extrapolationThreshold) durationToStart = averageDurationBetweenSamples / 2;
  if (isCounter && !ctx.prometheus2) {
    let durationToZero = durationToStart;
    if (result > 0 && first.v >= 0) durationToZero = sampledInterval * (first.v / result);
    if (durationToZero < durationToStart) durationToStart = durationToZero;
  }
  if (durationToEnd >= extrapolationThreshold) durationToEnd = averageDurationBetweenSamples / 2;
  let factor = (sampledInterval + durationToStart + durationToEnd) / sampledInterval;
  if (ctx.prometheus2) return isRate ? (result * factor) / (ctx.rangeMs / 1000) : result * factor;
  if (isRate) factor /= ctx.rangeMs / 1000;
  return result * factor;
}

/** irate and idelta: from the last two samples (a counter reset makes the later value the increase). */
function instantValue(points: readonly Point[], isRate: boolean): number | undefined {
  if (points.length < 2) return undefined;
  const prev = points[points.length - 2]!;
  const last = points[points.length - 1]!;
  const interval = last.t - prev.t;
  if (interval === 0) return undefined;
  let result = last.v;
  if (!isRate || !(last.v < prev.v)) result = last.v - prev.v;
  if (isRate) result /= interval / 1000;
  return result;
}

/** Least squares with x in seconds relative to interceptTime (Kahan sums, as Prometheus). */
export function linearRegression(points: readonly Point[], interceptTime: number): [slope: number, intercept: number] {
  let n = 0;
  let sumX = 0, cX = 0, sumY = 0, cY = 0, sumXY = 0, cXY = 0, sumX2 = 0, cX2 = 0;
  const initY = points[0]!.v;
  let constY = true;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (constY && i > 0 && p.v !== initY) constY = false;
    n += 1;
    const x = (p.t - interceptTime) / 1e3;
    [sumX, cX] = kahanInc(x, sumX, cX);
    [sumY, cY] = kahanInc(p.v, sumY, cY);
    [sumXY, cXY] = kahanInc(x * p.v, sumXY, cXY);
    [sumX2, cX2] = kahanInc(x * x, sumX2, cX2);
  }
  if (constY) {
    if (initY === Infinity || initY === -Infinity) return [NaN, NaN];
    return [0, initY];
  }
  sumX += cX;
  sumY += cY;
  sumXY += cXY;
  sumX2 += cX2;
  const covXY = sumXY - (sumX * sumY) / n;
  const varX = sumX2 - (sumX * sumX) / n;
  const slope = covXY / varX;
  return [slope, sumY / n - (slope * sumX) / n];
}

function avgOverTime(points: readonly Point[]): number {
  let sum = points[0]!.v;
  let count = 1;
  let mean = 0;
  let c = 0;
  let incremental = false;
  for (let i = 1; i < points.length; i++) {
    const f = points[i]!.v;
    count = i + 1;
    if (!incremental) {
      const [newSum, newC] = kahanInc(f, sum, c);
      if (newSum !== Infinity && newSum !== -Infinity) {
        sum = newSum;
        c = newC;
        continue;
      }
      // The sum would overflow: carry on with the incremental mean.
      incremental = true;
      mean = sum / (count - 1);
      c /= count - 1;
    }
    const q = (count - 1) / count;
    [mean, c] = kahanInc(f / count, q * mean, q * c);
  }
  return incremental ? mean + c : sum / count + c / count;
}

function sumOverTime(points: readonly Point[]): number {
  let sum = 0;
  let c = 0;
  for (const p of points) [sum, c] = kahanInc(p.v, sum, c);
  return sum === Infinity || sum === -Infinity ? sum : sum + c;
}

function varianceOverTime(points: readonly Point[]): number {
  let count = 0, mean = 0, cMean = 0, aux = 0, cAux = 0;
  for (const p of points) {
    count++;
    const delta = p.v - (mean + cMean);
    [mean, cMean] = kahanInc(delta / count, mean, cMean);
    [aux, cAux] = kahanInc(delta * (p.v - (mean + cMean)), aux, cAux);
  }
  return (aux + cAux) / count;
}

/** min/max_over_time and ts_of_*: the winning point by `better(candidate, best)`; a NaN best always loses. */
function compareOverTime(points: readonly Point[], better: (cur: number, best: number) => boolean): Point {
  let best = points[0]!;
  for (const p of points) if (better(p.v, best.v) || Number.isNaN(best.v)) best = p;
  return best;
}

function changesOrResets(points: readonly Point[], counts: (prev: number, cur: number) => boolean): number {
  let n = 0;
  for (let i = 1; i < points.length; i++) if (counts(points[i - 1]!.v, points[i]!.v)) n++;
  return n;
}

function doubleExponentialSmoothing(points: readonly Point[], sf: number, tf: number): number | undefined {
  if (!(sf > 0 && sf < 1)) throw new QueryError(`invalid smoothing factor. Expected: 0 < sf < 1, got: ${sf.toFixed(6)}`);
  if (!(tf > 0 && tf < 1)) throw new QueryError(`invalid trend factor. Expected: 0 < tf < 1, got: ${tf.toFixed(6)}`);
  if (points.length < 2) return undefined;
  let s0 = 0;
  let s1 = points[0]!.v;
  let b = points[1]!.v - points[0]!.v;
  for (let i = 1; i < points.length; i++) {
    const x = sf * points[i]!.v;
    b = i - 1 === 0 ? b : tf * (s1 - s0) + (1 - tf) * b;
    const y = (1 - sf) * (s1 + b);
    s0 = s1;
    s1 = x + y;
  }
  return s1;
}

/** The range-vector functions, by name. */
export const RANGE_FUNCTIONS: Record<string, RangeFunction> = {
  rate: range((p, ctx) => extrapolatedRate(p, ctx, true, true)),
  increase: range((p, ctx) => extrapolatedRate(p, ctx, true, false)),
  delta: range((p, ctx) => extrapolatedRate(p, ctx, false, false)),
  irate: range((p) => instantValue(p, true)),
  idelta: range((p) => instantValue(p, false)),
  deriv: range((p) => (p.length < 2 ? undefined : linearRegression(p, p[0]!.t)[0])),
  predict_linear: range((p, ctx) => {
    if (p.length < 2) return undefined;
    const [slope, intercept] = linearRegression(p, ctx.ts);
    return slope * ctx.args[0]! + intercept;
  }),
  resets: range((p) => changesOrResets(p, (prev, cur) => cur < prev)),
  changes: range((p) => changesOrResets(p, (prev, cur) => cur !== prev && !(Number.isNaN(cur) && Number.isNaN(prev)))),
  avg_over_time: range(avgOverTime),
  sum_over_time: range(sumOverTime),
  count_over_time: range((p) => p.length),
  min_over_time: range((p) => compareOverTime(p, (cur, best) => cur < best).v),
  max_over_time: range((p) => compareOverTime(p, (cur, best) => cur > best).v),
  stddev_over_time: range((p) => Math.sqrt(varianceOverTime(p))),
  stdvar_over_time: range(varianceOverTime),
  last_over_time: range((p) => p[p.length - 1]!.v, true),
  first_over_time: range((p) => p[0]!.v, true),
  present_over_time: range(() => 1),
  absent_over_time: range(() => 1),
  quantile_over_time: range((p, ctx) => quantile(ctx.args[0]!, p.map((x) => x.v))),
  mad_over_time: range((p) => {
    const median = quantile(0.5, p.map((x) => x.v));
    return quantile(0.5, p.map((x) => Math.abs(x.v - median)));
  }),
  ts_of_min_over_time: range((p) => compareOverTime(p, (cur, best) => cur <= best).t / 1000),
  ts_of_max_over_time: range((p) => compareOverTime(p, (cur, best) => cur >= best).t / 1000),
  ts_of_last_over_time: range((p) => p[p.length - 1]!.t / 1000),
  double_exponential_smoothing: range((p, ctx) => doubleExponentialSmoothing(p, ctx.args[0]!, ctx.args[1]!)),
};
