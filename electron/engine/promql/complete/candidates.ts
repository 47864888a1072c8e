/** The fixed vocabulary of PromQL offered by the completion popup: functions, aggregations, keywords, durations. */
import { documentedType } from '../parser/check';
import { FUNCTIONS } from '../parser/functions';
import type { FunctionSignature } from '../parser/functions';
import type { Completion } from './rank';

/** Function names that are also keywords of `@ start()` and duration expressions: offered as keywords' kin, not here. */
const NOT_OFFERED = new Set(['start', 'end', 'step', 'range']);

/** `predict_linear(v range vector, t scalar) → instant vector` in the docs' words, optional arguments in brackets. */
export function signatureText(f: FunctionSignature): string {
  const required = f.variadic > 0 ? f.argTypes.length - f.variadic : f.argTypes.length;
  const args = f.argTypes.map((t, i) => {
    const text = documentedType(t);
    if (f.variadic < 0 && i === f.argTypes.length - 1) return `${text}...`;
    return i >= required ? `[${text}]` : text;
  });
  return `${f.name}(${args.join(', ')}) → ${documentedType(f.returnType)}${f.experimental ? ' (experimental)' : ''}`;
}

export const FUNCTION_COMPLETIONS: readonly Completion[] = [...FUNCTIONS.values()]
  .filter((f) => !NOT_OFFERED.has(f.name))
  .map((f) => ({ label: f.name, kind: 'function', detail: signatureText(f), insert: `${f.name}(` }));

const AGGREGATIONS: [string, string][] = [
  ['sum', 'sum over dimensions'], ['avg', 'average over dimensions'], ['min', 'minimum over dimensions'],
  ['max', 'maximum over dimensions'], ['count', 'number of elements'], ['group', 'all values 1'],
  ['stddev', 'population standard deviation'], ['stdvar', 'population variance'],
  ['topk', 'largest k elements by value'], ['bottomk', 'smallest k elements by value'],
  ['count_values', 'count elements with the same value'], ['quantile', 'φ-quantile over dimensions'],
  ['limitk', 'sample k elements (experimental)'], ['limit_ratio', 'sample a ratio of elements (experimental)'],
];

export const AGGREGATION_COMPLETIONS: readonly Completion[] = AGGREGATIONS.map(([label, detail]) => ({ label, kind: 'aggregation', detail }));

const KEYWORDS: [string, string][] = [
  ['by', 'aggregate keeping these labels'], ['without', 'aggregate dropping these labels'],
  ['on', 'match vectors on these labels'], ['ignoring', 'match vectors ignoring these labels'],
  ['group_left', 'many-to-one matching'], ['group_right', 'one-to-many matching'],
  ['offset', 'shift the evaluation time back'], ['bool', 'comparison returns 0 or 1'],
  ['and', 'intersection'], ['or', 'union'], ['unless', 'complement'],
];

export const KEYWORD_COMPLETIONS: readonly Completion[] = KEYWORDS.map(([label, detail]) => ({ label, kind: 'keyword', detail }));

export const DURATION_COMPLETIONS: readonly Completion[] = ['1m', '5m', '10m', '15m', '30m', '1h', '6h', '1d'].map((label) => ({ label, kind: 'duration' }));

/**
 * What can come next in an expression: after a complete operand (`up |`) the keywords first; elsewhere the
 * drill's metrics, aggregations and functions (a keyword cannot start an operand).
 */
export function expressionCandidates(metrics: readonly string[], afterOperand = false): Completion[] {
  const operands = [...metrics.map((label): Completion => ({ label, kind: 'metric' })), ...AGGREGATION_COMPLETIONS, ...FUNCTION_COMPLETIONS];
  return afterOperand ? [...KEYWORD_COMPLETIONS, ...operands] : operands;
}
