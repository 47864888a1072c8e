/** The PromQL parser's public surface: text to a type-checked syntax tree and back. */
export type * from './ast';
export { documentedType, exprType } from './check';
export { ParseError } from './errors';
export { FUNCTIONS } from './functions';
export type { FunctionSignature } from './functions';
export { parseExpr } from './parse';
export type { ParseOptions } from './parse';
export { formatExpr, formatMatcher } from './printer';
export { isWellFormedText } from './quote';
export { compileAnchoredRegex, RegexError, translateRegex } from '../../tsdb/re2';
export { parseMetricSelector, parseSeriesDescription, splitSeriesDescription } from './selectors';
