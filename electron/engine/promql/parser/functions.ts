import type { ValueType } from './ast';
import { tableByName } from '../../table';

/** A function's signature, for type-checking at parse time (Prometheus's parser.Functions). */
export type FunctionSignature = {
  name: string;
  argTypes: ValueType[];
  /** Trailing arguments that may be left out (-1: the last argument may repeat without limit). */
  variadic: number;
  returnType: ValueType;
  /** Experimental in Prometheus (behind a feature flag); the conformance runner skips evals that use them. */
  experimental?: boolean;
};

const sig = (name: string, argTypes: ValueType[], returnType: ValueType, variadic = 0, experimental = false): FunctionSignature => ({
  name,
  argTypes,
  variadic,
  returnType,
  ...(experimental ? { experimental } : {}),
});

const instantMath = ['abs', 'ceil', 'floor', 'exp', 'ln', 'log2', 'log10', 'sqrt', 'sgn', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'sin', 'sinh', 'tan', 'tanh', 'deg', 'rad'];
const overTime = ['avg_over_time', 'min_over_time', 'max_over_time', 'sum_over_time', 'count_over_time', 'stddev_over_time', 'stdvar_over_time', 'last_over_time', 'present_over_time'];
const dateFns = ['day_of_month', 'day_of_week', 'day_of_year', 'days_in_month', 'hour', 'minute', 'month', 'year'];

const LIST: FunctionSignature[] = [
  ...instantMath.map((n) => sig(n, ['vector'], 'vector')),
  ...overTime.map((n) => sig(n, ['matrix'], 'vector')),
  ...dateFns.map((n) => sig(n, ['vector'], 'vector', 1)),
  sig('rate', ['matrix'], 'vector'),
  sig('irate', ['matrix'], 'vector'),
  sig('increase', ['matrix'], 'vector'),
  sig('delta', ['matrix'], 'vector'),
  sig('idelta', ['matrix'], 'vector'),
  sig('deriv', ['matrix'], 'vector'),
  sig('predict_linear', ['matrix', 'scalar'], 'vector'),
  sig('resets', ['matrix'], 'vector'),
  sig('changes', ['matrix'], 'vector'),
  sig('quantile_over_time', ['scalar', 'matrix'], 'vector'),
  sig('absent', ['vector'], 'vector'),
  sig('absent_over_time', ['matrix'], 'vector'),
  sig('histogram_quantile', ['scalar', 'vector'], 'vector'),
  sig('histogram_fraction', ['scalar', 'scalar', 'vector'], 'vector'),
  sig('round', ['vector', 'scalar'], 'vector', 1),
  sig('clamp', ['vector', 'scalar', 'scalar'], 'vector'),
  sig('clamp_min', ['vector', 'scalar'], 'vector'),
  sig('clamp_max', ['vector', 'scalar'], 'vector'),
  sig('timestamp', ['vector'], 'vector'),
  sig('time', [], 'scalar'),
  sig('vector', ['scalar'], 'vector'),
  sig('scalar', ['vector'], 'scalar'),
  sig('pi', [], 'scalar'),
  sig('sort', ['vector'], 'vector'),
  sig('sort_desc', ['vector'], 'vector'),
  sig('label_replace', ['vector', 'string', 'string', 'string', 'string'], 'vector'),
  sig('label_join', ['vector', 'string', 'string', 'string'], 'vector', -1),
  // Experimental in Prometheus 3.x: accepted by the parser, skipped by the conformance runner.
  sig('sort_by_label', ['vector', 'string'], 'vector', -1, true),
  sig('sort_by_label_desc', ['vector', 'string'], 'vector', -1, true),
  sig('mad_over_time', ['matrix'], 'vector', 0, true),
  sig('double_exponential_smoothing', ['matrix', 'scalar', 'scalar'], 'vector', 0, true),
  sig('ts_of_min_over_time', ['matrix'], 'vector', 0, true),
  sig('ts_of_max_over_time', ['matrix'], 'vector', 0, true),
  sig('ts_of_last_over_time', ['matrix'], 'vector', 0, true),
  sig('first_over_time', ['matrix'], 'vector', 0, true),
  sig('ts_of_first_over_time', ['matrix'], 'vector', 0, true),
  sig('info', ['vector', 'vector'], 'vector', 1, true),
  sig('histogram_quantiles', ['vector', 'string', 'scalar', 'scalar'], 'vector', 9, true),
  sig('integral', ['matrix', 'scalar'], 'vector', 1, true),
  // The query's own timing, and min/max of two scalars (duration-expression helpers), as scalar functions.
  ...['start', 'end', 'step', 'range'].map((n) => sig(n, [], 'scalar', 0, true)),
  sig('min_of', ['scalar', 'scalar'], 'scalar', 0, true),
  sig('max_of', ['scalar', 'scalar'], 'scalar', 0, true),
];

/** Every function the parser accepts, by name. The evaluator's implementation table is kept apart. */
export const FUNCTIONS = tableByName(LIST, (f) => f.name, 'PromQL function');
