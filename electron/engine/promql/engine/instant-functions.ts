import type { Expr, LabelMatcher } from '../parser/ast';
import type { InstantContext, InstantFunction } from './function-types';
import { byReverseValue, byValue, goSort, reverse } from './go-sort';
import { compareLabels, deleteLabels, dropMetadata } from './labels';
import type { Bucket } from './quantile';
import { bucketFraction, bucketQuantile } from './quantile';
import type { EvalSample } from './series';
import { NO_LABELS } from './series';

const instant = (call: InstantFunction['call']): InstantFunction => ({ kind: 'instant', call });

/** A float function applied to every element; the result loses `__name__` (simpleFloatFunc). */
function perSample(vector: readonly EvalSample[] | undefined, ctx: InstantContext, f: (v: number) => number): EvalSample[] {
  return (vector ?? []).map((s) => ({ metric: ctx.delayedNameRemoval ? s.metric : dropMetadata(s.metric), t: s.t, v: f(s.v), dropName: true }));
}

const math = (f: (v: number) => number): InstantFunction => instant((vs, ctx) => perSample(vs[0], ctx, f));

const scalarArg = (vs: readonly (readonly EvalSample[] | undefined)[], i: number): number => vs[i]?.[0]?.v ?? NaN;

const scalarResult = (ts: number, v: number): EvalSample[] => [{ metric: NO_LABELS, t: ts, v, dropName: false }];

function clamp(vs: readonly (readonly EvalSample[] | undefined)[], ctx: InstantContext, min: number, max: number): EvalSample[] {
  if (max < min) return [];
  return perSample(vs[0], ctx, (v) => Math.max(min, Math.min(max, v)));
}

/** Go's math.Max/Min treat NaN as contagious, as JavaScript's do; Go's Round-half-up is floor(x+0.5). */
function round(vs: readonly (readonly EvalSample[] | undefined)[], ctx: InstantContext): EvalSample[] {
  const toNearest = vs.length >= 2 ? scalarArg(vs, 1) : 1;
  const inverse = 1 / toNearest;
  return perSample(vs[0], ctx, (v) => Math.floor(v * inverse + 0.5) / inverse);
}

/** The labels `absent` reports: those of equality matchers given once (the metric name excluded). */
export function absentLabels(arg: Expr | undefined): Record<string, string> {
  let e = arg;
  while (e?.type === 'ParenExpr') e = e.expr;
  let matchers: LabelMatcher[];
  if (e?.type === 'VectorSelector') matchers = e.matchers;
  else if (e?.type === 'MatrixSelector') matchers = e.vectorSelector.matchers;
  else return {};
  const out: Record<string, string> = {};
  const has = new Set<string>();
  for (const m of matchers) {
    if (m.name === '__name__') continue;
    if (m.type === '=' && !has.has(m.name)) {
      if (m.value !== '') out[m.name] = m.value;
      has.add(m.name);
    } else delete out[m.name];
  }
  return out;
}

/** Go's strconv.ParseFloat for `le` values (decimal with exponent, Inf and NaN spellings); undefined if invalid. */
function parseGoFloat(s: string): number | undefined {
  if (/^[+-]?(inf|infinity)$/i.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/i.test(s)) return NaN;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return Number(s);
  return undefined;
}

/**
 * histogram_quantile over classic buckets: samples grouped by their labels without `le` (the metric
 * name still counts, so two histograms of different names stay apart), each group answered with its
 * labels without `le` and `__name__`. Samples whose `le` is not a number are ignored.
 */
function histogramQuantile(vs: readonly (readonly EvalSample[] | undefined)[], ctx: InstantContext): EvalSample[] {
  const q = scalarArg(vs, 0);
  return bucketGroups(vs[1] ?? []).map((g) => ({ metric: g.metric, t: ctx.ts, v: bucketQuantile(q, g.buckets), dropName: true }));
}

/** histogram_fraction over classic buckets, grouped as histogram_quantile groups them. */
function histogramFraction(vs: readonly (readonly EvalSample[] | undefined)[], ctx: InstantContext): EvalSample[] {
  const [lower, upper] = [scalarArg(vs, 0), scalarArg(vs, 1)];
  return bucketGroups(vs[2] ?? []).map((g) => ({ metric: g.metric, t: ctx.ts, v: bucketFraction(lower, upper, g.buckets), dropName: true }));
}

/** Bucket samples grouped by their labels without `le`, each group labelled without `le` and `__name__`. */
function bucketGroups(samples: readonly EvalSample[]): { metric: EvalSample['metric']; buckets: Bucket[] }[] {
  const groups = new Map<string, { metric: EvalSample['metric']; buckets: Bucket[] }>();
  for (const s of samples) {
    const le = s.metric.le;
    const upperBound = le === undefined ? undefined : parseGoFloat(le);
    if (upperBound === undefined) continue;
    const key = JSON.stringify(Object.entries(deleteLabels(s.metric, ['le'])).sort());
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { metric: deleteLabels(s.metric, ['__name__', 'le']), buckets: [] }));
    group.buckets.push({ upperBound, count: s.v });
  }
  return [...groups.values()];
}

/** Natural-order comparison of label values (github.com/facette/natsort). */
function naturalLess(a: string, b: string): boolean {
  const chunk = /(\d+|\D+)/g;
  const as = a.match(chunk) ?? [];
  const bs = b.match(chunk) ?? [];
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i]!;
    const y = bs[i]!;
    if (x === y) continue;
    const xn = /^\d/.test(x);
    const yn = /^\d/.test(y);
    if (xn && yn && Number(x) !== Number(y)) return Number(x) < Number(y);
    return x < y;
  }
  return as.length < bs.length;
}

function sortByLabel(vs: readonly (readonly EvalSample[] | undefined)[], ctx: InstantContext, desc: boolean): EvalSample[] {
  const names = ctx.args.slice(1).map((a) => (a.type === 'StringLiteral' ? a.val : ''));
  const out = [...(vs[0] ?? [])];
  out.sort((a, b) => {
    for (const n of names) {
      const x = a.metric[n] ?? '';
      const y = b.metric[n] ?? '';
      if (x === y) continue;
      const order = naturalLess(x, y) ? -1 : 1;
      return desc ? -order : order;
    }
    return desc ? -compareLabels(a.metric, b.metric) : compareLabels(a.metric, b.metric);
  });
  return out;
}

/** Date functions in UTC: of each sample's value as unix seconds, or of the step time with no argument. */
function dateFunction(f: (d: Date) => number): InstantFunction {
  return instant((vs, ctx) => {
    if (vs.length === 0) return scalarResultVector(ctx.ts, f(new Date(Math.trunc(ctx.ts / 1000) * 1000)));
    return perSample(vs[0], ctx, (v) => f(new Date(Math.trunc(v) * 1000)));
  });
}

const scalarResultVector = (ts: number, v: number): EvalSample[] => [{ metric: NO_LABELS, t: ts, v, dropName: false }];

function dayOfYear(d: Date): number {
  return Math.round((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
}

const sgn = (v: number): number => (v < 0 ? -1 : v > 0 ? 1 : v);

/** The instant-vector and scalar functions, by name. */
export const INSTANT_FUNCTIONS: Record<string, InstantFunction> = {
  abs: math(Math.abs),
  ceil: math(Math.ceil),
  floor: math(Math.floor),
  exp: math(Math.exp),
  sqrt: math(Math.sqrt),
  ln: math(Math.log),
  log2: math(Math.log2),
  log10: math(Math.log10),
  sin: math(Math.sin),
  cos: math(Math.cos),
  tan: math(Math.tan),
  asin: math(Math.asin),
  acos: math(Math.acos),
  atan: math(Math.atan),
  sinh: math(Math.sinh),
  cosh: math(Math.cosh),
  tanh: math(Math.tanh),
  asinh: math(Math.asinh),
  acosh: math(Math.acosh),
  atanh: math(Math.atanh),
  rad: math((v) => (v * Math.PI) / 180),
  deg: math((v) => (v * 180) / Math.PI),
  sgn: math(sgn),
  round: instant(round),
  clamp: instant((vs, ctx) => clamp(vs, ctx, scalarArg(vs, 1), scalarArg(vs, 2))),
  clamp_min: instant((vs, ctx) => clamp(vs, ctx, scalarArg(vs, 1), Infinity)),
  clamp_max: instant((vs, ctx) => clamp(vs, ctx, -Infinity, scalarArg(vs, 1))),
  timestamp: instant((vs, ctx) => perSample(vs[0]?.map((s) => ({ ...s, v: s.t / 1000 })), ctx, (v) => v)),
  time: instant((_vs, ctx) => scalarResult(ctx.ts, ctx.ts / 1000)),
  pi: instant((_vs, ctx) => scalarResult(ctx.ts, Math.PI)),
  vector: instant((vs, ctx) => [{ metric: NO_LABELS, t: ctx.ts, v: scalarArg(vs, 0), dropName: false }]),
  scalar: instant((vs, ctx) => scalarResult(ctx.ts, vs[0]?.length === 1 ? vs[0][0]!.v : NaN)),
  sort: instant((vs) => {
    const out = [...(vs[0] ?? [])];
    goSort(out, reverse(byReverseValue));
    return out;
  }),
  sort_desc: instant((vs) => {
    const out = [...(vs[0] ?? [])];
    goSort(out, reverse(byValue));
    return out;
  }),
  sort_by_label: instant((vs, ctx) => sortByLabel(vs, ctx, false)),
  sort_by_label_desc: instant((vs, ctx) => sortByLabel(vs, ctx, true)),
  absent: instant((vs, ctx) => ((vs[0]?.length ?? 0) > 0 ? [] : [{ metric: absentLabels(ctx.args[0]), t: ctx.ts, v: 1, dropName: false }])),
  histogram_quantile: instant(histogramQuantile),
  histogram_fraction: instant(histogramFraction),
  day_of_month: dateFunction((d) => d.getUTCDate()),
  day_of_week: dateFunction((d) => d.getUTCDay()),
  day_of_year: dateFunction(dayOfYear),
  days_in_month: dateFunction((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()),
  hour: dateFunction((d) => d.getUTCHours()),
  minute: dateFunction((d) => d.getUTCMinutes()),
  month: dateFunction((d) => d.getUTCMonth() + 1),
  year: dateFunction((d) => d.getUTCFullYear()),
};
