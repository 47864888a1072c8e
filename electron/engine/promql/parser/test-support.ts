/**
 * Builders for expected syntax trees in the parser's case tables, and a structural view of a parsed tree
 * (no positions, matchers in a fixed order) so two trees can be compared as Prometheus's tests do.
 */
import type { AggregateOp, BinaryOp, LabelMatcher, MatchType, VectorMatching } from './ast';

/** The tree as plain data without `pos`, with each selector's matchers sorted (their order has no meaning). */
export function structure(e: unknown): unknown {
  if (Array.isArray(e)) return e.map(structure);
  if (e === null || typeof e !== 'object') return e;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(e)) {
    if (key === 'pos') continue;
    out[key] = key === 'matchers' ? [...(value as LabelMatcher[])].sort(compareMatchers).map(structure) : structure(value);
  }
  return out;
}

const compareMatchers = (a: LabelMatcher, b: LabelMatcher) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : a.value < b.value ? -1 : a.value > b.value ? 1 : 0;

type Node = Record<string, unknown>;

export const m = (type: MatchType, name: string, value: string): LabelMatcher => ({ type, name, value });

/** A vector selector as the parser builds it: a name given before braces is also its last matcher. */
export function sel(name: string | undefined, matchers: LabelMatcher[] = [], extra: Node = {}): Node {
  const all = name === undefined ? matchers : [...matchers, m('=', '__name__', name)];
  return { type: 'VectorSelector', ...(name === undefined ? {} : { name }), matchers: all, offset: 0, ...extra };
}

export const num = (val: number): Node => ({ type: 'NumberLiteral', val });
export const str = (val: string): Node => ({ type: 'StringLiteral', val });
export const paren = (expr: Node): Node => ({ type: 'ParenExpr', expr });
export const neg = (expr: Node): Node => ({ type: 'UnaryExpr', op: '-', expr });
export const call = (func: string, ...args: Node[]): Node => ({ type: 'Call', func, args });
export const matrix = (vectorSelector: Node, range: number): Node => ({ type: 'MatrixSelector', vectorSelector, range });

export function subquery(expr: Node, range: number, step = 0, extra: Node = {}): Node {
  return { type: 'SubqueryExpr', expr, range, step, offset: 0, ...extra };
}

export function agg(op: AggregateOp, expr: Node, extra: { grouping?: string[]; without?: boolean; param?: Node } = {}): Node {
  const { grouping = [], without = false, param } = extra;
  return { type: 'AggregateExpr', op, expr, ...(param ? { param } : {}), grouping, without };
}

/** A binary expression; `matching` only where both sides are vectors, as the checker leaves it. */
export function bin(op: BinaryOp, lhs: Node, rhs: Node, extra: { matching?: Partial<VectorMatching>; returnBool?: boolean } = {}): Node {
  const matching = extra.matching ? { card: 'one-to-one', matchingLabels: [], on: false, include: [], ...extra.matching } : undefined;
  return { type: 'BinaryExpr', op, lhs, rhs, ...(matching ? { matching } : {}), returnBool: extra.returnBool ?? false };
}

/** One-to-one matching with no labels: what a plain `a + b` between vectors gets. */
export const VECTORS: Partial<VectorMatching> = {};
export const SET: Partial<VectorMatching> = { card: 'many-to-many' };
