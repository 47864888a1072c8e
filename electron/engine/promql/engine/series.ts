import type { Labels } from '../../tsdb';

/** One float point of a series. */
export type Point = { t: number; v: number };

/**
 * A series inside the evaluator (Prometheus's promql.Series). `dropName` marks a series whose
 * `__name__` is due to go: removed at the end of the query when delayed name removal is on.
 */
export type EvalSeries = { metric: Labels; points: Point[]; dropName: boolean };

/** An instant-vector element inside the evaluator (Prometheus's promql.Sample). */
export type EvalSample = { metric: Labels; t: number; v: number; dropName: boolean };

/** What an expression evaluates to inside the evaluator: every step of it, or a string. */
export type EvalResult = EvalSeries[] | { type: 'string'; v: string };

export const NO_LABELS: Labels = Object.freeze({});

export function totalPoints(matrix: readonly EvalSeries[]): number {
  let n = 0;
  for (const s of matrix) n += s.points.length;
  return n;
}
