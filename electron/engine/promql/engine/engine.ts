import type { Queryable, SeriesView } from '../../tsdb';
import type { Expr, VectorSelector } from '../parser/ast';
import type { EvalContext } from './evaluator';
import { Evaluator, mergeSeriesWithSameLabels } from './evaluator';
import { exprType } from './expr-type';
import { compareLabels, dropMetadata } from './labels';
import type { EvalResult, EvalSeries } from './series';
import type { Value } from './values';
import { QueryError } from './values';
import { RegexError } from '../../tsdb/matchers';

/** How a query runs. Every field has Prometheus's default. */
export type EngineOptions = {
  /** How far back an instant selector looks for a sample (5m). */
  lookbackDeltaMs?: number;
  /** Samples a query may hold at once (Prometheus's --query.max-samples, 50,000,000). */
  maxSamples?: number;
  /** The step of a subquery written without one (1m). */
  subqueryStepMs?: number;
  /** Time budget: the query fails once now() passes the deadline (ms from now() at the start). */
  timeoutMs?: number;
  /** The clock for the time budget; the engine never reads one itself. Without it there is no budget. */
  now?: () => number;
  /** Points a range query may return per series (the HTTP API's 11,000). */
  maxPointsPerSeries?: number;
  /** Keep `__name__` until the end of the query (Prometheus's promql-delayed-name-removal feature; off by default). */
  delayedNameRemoval?: boolean;
  /**
   * Prometheus 2.x semantics, for checking against older Prometheus and promtool builds (Debian bookworm ships
   * 2.42): range windows and the lookback closed on the left ([t - r, t], not 3.x's (t - r, t]), and rate
   * extrapolation before 2.51 (prometheus#13725: the zero-point limit taken before the half-interval rule).
   */
  prometheus2?: boolean;
};

const DEFAULTS = {
  lookbackDeltaMs: 300_000,
  maxSamples: 50_000_000,
  subqueryStepMs: 60_000,
  maxPointsPerSeries: 11_000,
};

function context(queryable: Queryable, options: EngineOptions, start: number, end: number): EvalContext {
  const now = options.now;
  const deadline = now && options.timeoutMs !== undefined ? now() + options.timeoutMs : undefined;
  return {
    queryable,
    lookbackMs: options.lookbackDeltaMs ?? DEFAULTS.lookbackDeltaMs,
    maxSamples: options.maxSamples ?? DEFAULTS.maxSamples,
    subqueryStepMs: options.subqueryStepMs ?? DEFAULTS.subqueryStepMs,
    delayedNameRemoval: options.delayedNameRemoval ?? false,
    prometheus2: options.prometheus2 ?? false,
    queryStart: start,
    queryEnd: end,
    checkDeadline:
      now && deadline !== undefined
        ? () => {
            if (now() > deadline) throw new QueryError('query timed out in expression evaluation', 'timeout');
          }
        : () => {},
    selections: new Map<VectorSelector, SeriesView[]>(),
    samples: 0,
  };
}

function run(ev: Evaluator, expr: Expr, delayed: boolean): EvalResult {
  let result: EvalResult;
  try {
    result = ev.eval(expr);
  } catch (err) {
    // A regex that cannot compile is the query's fault; anything else is a bug and must surface as one.
    if (err instanceof RegexError) throw new QueryError(err.message, 'bad_data');
    throw err;
  }
  if (!delayed || !Array.isArray(result)) return result;
  // Delayed name removal: `__name__` goes now, and series that became equal merge (or collide).
  return mergeSeriesWithSameLabels(result.map((s) => (s.dropName ? { ...s, metric: dropMetadata(s.metric), dropName: false } : s)));
}

function sortedMatrix(mat: EvalSeries[]): Value {
  return { type: 'matrix', series: [...mat].sort((a, b) => compareLabels(a.metric, b.metric)).map((s) => ({ metric: s.metric, points: s.points })) };
}

/** Evaluates `expr` at one time (ms), as Prometheus's /api/v1/query does. Throws QueryError. */
export function instantQuery(queryable: Queryable, expr: Expr, timeMs: number, options: EngineOptions = {}): Value {
  const ctx = context(queryable, options, timeMs, timeMs);
  const result = run(new Evaluator(ctx, timeMs, timeMs, 1), expr, ctx.delayedNameRemoval);
  if (!Array.isArray(result)) return { type: 'string', t: timeMs, v: result.v };
  switch (exprType(expr)) {
    case 'scalar':
      return { type: 'scalar', t: timeMs, v: result[0]?.points[0]?.v ?? NaN };
    case 'matrix':
      return sortedMatrix(result);
    default:
      return { type: 'vector', samples: result.map((s) => ({ metric: s.metric, t: timeMs, v: s.points[0]!.v })) };
  }
}

/**
 * Evaluates `expr` at start, start+step, …, end (ms), as Prometheus's /api/v1/query_range does: a
 * matrix sorted by labels (a scalar expression gives one series without labels). Throws QueryError.
 */
export function rangeQuery(queryable: Queryable, expr: Expr, startMs: number, endMs: number, stepMs: number, options: EngineOptions = {}): Value {
  if (endMs < startMs) throw new QueryError('end timestamp must not be before start time', 'bad_data');
  if (!(stepMs > 0)) throw new QueryError('zero or negative query resolution step widths are not accepted. Try a positive integer', 'bad_data');
  if ((endMs - startMs) / stepMs > (options.maxPointsPerSeries ?? DEFAULTS.maxPointsPerSeries)) {
    throw new QueryError('exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)', 'bad_data');
  }
  const type = exprType(expr);
  if (type !== 'vector' && type !== 'scalar') {
    throw new QueryError(`invalid expression type "${type === 'matrix' ? 'range vector' : type}" for range query, must be Scalar or instant Vector`, 'bad_data');
  }
  const ctx = context(queryable, options, startMs, endMs);
  const result = run(new Evaluator(ctx, startMs, endMs, stepMs), expr, ctx.delayedNameRemoval);
  return sortedMatrix(Array.isArray(result) ? result : []);
}
