// AST builders and a data loader for the evaluator's unit tests (until the parser can read the queries).
import type { Labels } from '../../tsdb';
import { SeriesStore, STALE_NAN, storeQueryable } from '../../tsdb';
import type { AggregateExpr, AggregateOp, AtModifier, BinaryExpr, BinaryOp, Expr, LabelMatcher, MatchType, MatrixSelector, SubqueryExpr, VectorSelector } from '../parser/ast';
import type { EngineOptions } from './engine';
import { instantQuery, rangeQuery } from './engine';
import type { Value } from './values';

const pos = { start: 0, end: 0 };

export const m = (name: string, type: MatchType, value: string): LabelMatcher => ({ name, type, value });

/** `name{labels}`: equality matchers from an object, extra matchers after it. */
export function sel(name: string | undefined, labels: Record<string, string> = {}, extra: LabelMatcher[] = [], mods: { offset?: number; at?: AtModifier } = {}): VectorSelector {
  const matchers = [...(name ? [m('__name__', '=', name)] : []), ...Object.entries(labels).map(([k, v]) => m(k, '=', v)), ...extra];
  return { type: 'VectorSelector', ...(name ? { name } : {}), matchers, offset: mods.offset ?? 0, ...(mods.at ? { at: mods.at } : {}), pos };
}

export const range = (vectorSelector: VectorSelector, rangeMs: number): MatrixSelector => ({ type: 'MatrixSelector', vectorSelector, range: rangeMs, pos });

export const sub = (expr: Expr, rangeMs: number, step = 0, mods: { offset?: number; at?: AtModifier } = {}): SubqueryExpr => ({
  type: 'SubqueryExpr',
  expr,
  range: rangeMs,
  step,
  offset: mods.offset ?? 0,
  ...(mods.at ? { at: mods.at } : {}),
  pos,
});

export const call = (func: string, ...args: Expr[]): Expr => ({ type: 'Call', func, args, pos });
export const num = (val: number): Expr => ({ type: 'NumberLiteral', val, pos });
export const str = (val: string): Expr => ({ type: 'StringLiteral', val, pos });
export const neg = (expr: Expr): Expr => ({ type: 'UnaryExpr', op: '-', expr, pos });

export function agg(op: AggregateOp, expr: Expr, opts: { by?: string[]; without?: string[]; param?: Expr } = {}): AggregateExpr {
  return { type: 'AggregateExpr', op, expr, ...(opts.param ? { param: opts.param } : {}), grouping: opts.by ?? opts.without ?? [], without: opts.without !== undefined, pos };
}

type BinOpts = { on?: string[]; ignoring?: string[]; groupLeft?: string[]; groupRight?: string[]; bool?: boolean };

export function bin(op: BinaryOp, lhs: Expr, rhs: Expr, opts: BinOpts = {}): BinaryExpr {
  const setOp = op === 'and' || op === 'or' || op === 'unless';
  const card = setOp ? 'many-to-many' : opts.groupLeft ? 'many-to-one' : opts.groupRight ? 'one-to-many' : 'one-to-one';
  return {
    type: 'BinaryExpr',
    op,
    lhs,
    rhs,
    matching: { card, matchingLabels: opts.on ?? opts.ignoring ?? [], on: opts.on !== undefined, include: opts.groupLeft ?? opts.groupRight ?? [] },
    returnBool: opts.bool ?? false,
    pos,
  };
}

export const S = 1000;
export const MIN = 60_000;

/** Values in promqltest's notation: numbers, '_' (no sample), 'stale'. */
export type Val = number | '_' | 'stale';

/** `start+inc x n` as promqltest writes it: n+1 values. */
export const seq = (start: number, inc: number, n: number): number[] => Array.from({ length: n + 1 }, (_, i) => start + inc * i);

/** A store (epoch 0) and helpers to load series at `i * stepMs` and query it. */
export function testStore() {
  const store = new SeriesStore();
  const queryable = storeQueryable(store, 0);
  return {
    store,
    load(stepMs: number, series: [Labels, Val[]][]): void {
      for (const [labels, values] of series) {
        const ref = store.ref(labels);
        values.forEach((v, i) => {
          if (v !== '_') store.append(ref, i * stepMs, v === 'stale' ? STALE_NAN : v);
        });
      }
    },
    instant: (expr: Expr, t: number, options: EngineOptions = {}): Value => instantQuery(queryable, expr, t, options),
    range: (expr: Expr, start: number, end: number, step: number, options: EngineOptions = {}): Value => rangeQuery(queryable, expr, start, end, step, options),
  };
}

/** An instant vector as `{labels} value` lines, sorted, for compact expectations. */
export function vectorLines(v: Value): string[] {
  if (v.type !== 'vector') throw new Error(`expected a vector, got ${v.type}`);
  return v.samples.map((s) => `${fmt(s.metric)} ${s.v}`).sort();
}

/** A matrix as `{labels} t:v t:v` lines (seconds), in result order. */
export function matrixLines(v: Value): string[] {
  if (v.type !== 'matrix') throw new Error(`expected a matrix, got ${v.type}`);
  return v.series.map((s) => `${fmt(s.metric)} ${s.points.map((p) => `${p.t / 1000}:${p.v}`).join(' ')}`);
}

function fmt(labels: Labels): string {
  const name = labels.__name__ ?? '';
  const rest = Object.keys(labels)
    .filter((k) => k !== '__name__')
    .sort()
    .map((k) => `${k}="${labels[k]}"`)
    .join(',');
  return `${name}{${rest}}`;
}
