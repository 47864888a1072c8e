import type { Labels } from '../../tsdb';

/** One element of an instant vector: a series' labels and one float sample (time in ms). */
export type Sample = { metric: Labels; t: number; v: number };

/** One series of a range vector (matrix): labels and points in time order. */
export type Series = { metric: Labels; points: { t: number; v: number }[] };

/** A query's result, as Prometheus's engine types it. */
export type Value =
  | { type: 'vector'; samples: Sample[] }
  | { type: 'matrix'; series: Series[] }
  | { type: 'scalar'; t: number; v: number }
  | { type: 'string'; t: number; v: string };

/** Why an evaluation failed (Prometheus's engine errors), with the text the API returns. */
export class QueryError extends Error {
  override readonly name = 'QueryError';

  constructor(
    message: string,
    readonly kind: 'execution' | 'timeout' | 'too_many_samples' | 'bad_data' = 'execution',
  ) {
    super(message);
  }
}
