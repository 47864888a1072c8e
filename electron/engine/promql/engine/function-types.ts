import type { Expr } from '../parser/ast';
import type { EvalSample, Point } from './series';

/** What a range-vector function sees at one step for one series. */
export type RangeContext = {
  /** The evaluation time of the step (ms). */
  ts: number;
  /** The window is (rangeStart, rangeEnd]: the step time less offset (or the `@` time), less the range. */
  rangeStart: number;
  rangeEnd: number;
  rangeMs: number;
  /** The scalar arguments at this step, in order, without the range vector. */
  args: readonly number[];
  /** Prometheus 2.x semantics (see EngineOptions.prometheus2): here, rate extrapolation before 2.51. */
  prometheus2?: boolean;
};

/** A function over one series' points in a window (rate, *_over_time…): a value, or nothing for that step. */
export type RangeFunction = {
  kind: 'range';
  /** last_over_time and first_over_time act like an offset and keep `__name__`. */
  keepName?: boolean;
  call(points: readonly Point[], ctx: RangeContext): number | undefined;
};

/** What an instant-vector function sees at one step. */
export type InstantContext = {
  ts: number;
  /** The argument expressions (absent() reads its selector's matchers). */
  args: readonly Expr[];
  delayedNameRemoval: boolean;
};

/**
 * A function over instant vectors and scalars at one step. `vectors[i]` is argument i evaluated at the
 * step (a scalar as a one-element vector, a string as undefined); a scalar result is one sample.
 */
export type InstantFunction = {
  kind: 'instant';
  call(vectors: readonly (readonly EvalSample[] | undefined)[], ctx: InstantContext): EvalSample[];
};

/** label_replace and label_join work on whole series, not samples: the evaluator runs them itself. */
export type SeriesFunction = { kind: 'series' };

export type FunctionImpl = RangeFunction | InstantFunction | SeriesFunction;
