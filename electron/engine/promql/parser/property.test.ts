import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AggregateExpr, AtModifier, BinaryExpr, BinaryOp, Expr, LabelMatcher, MatchType, NumberLiteral, VectorMatching, VectorSelector } from './ast';
import { ParseError } from './errors';
import { parseExpr } from './parse';
import { formatExpr } from './printer';
import { structure } from './test-support';

function onlyParseErrors(input: string): void {
  try {
    parseExpr(input);
  } catch (e) {
    if (!(e instanceof ParseError)) throw new Error(`${JSON.stringify(input)} threw ${String(e)}`);
  }
}

const FRAGMENTS = [
  'sum', 'by', 'without', '(', ')', '{', '}', '[', ']', ',', ':', 'foo', 'bar', 'rate', 'x[5m]', '5m', '1', '0x1f', '.5', '1e',
  '-', '+', '*', '/', '%', '^', '==', '!=', '>=', 'bool', 'on', 'ignoring', 'group_left', 'group_right', 'offset', '@', 'start()',
  '"a"', "'b'", '`c`', '"\\x', '=~', '!~', '=', 'and', 'or', 'unless', 'atan2', 'topk', 'count_values', 'NaN', 'Inf', '#', '\n',
  'a="b"', '.', '[5m:]', 'step()', 'min_of', 'anchored', 'fill', 'é', '\u0000', '\ud800',
];

describe('parseExpr on arbitrary input', () => {
  it('throws nothing but ParseError on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), onlyParseErrors), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ maxLength: 60 }), onlyParseErrors), { numRuns: 2000 });
  });

  it('throws nothing but ParseError on strings of PromQL tokens', () => {
    const soup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 14 });
    fc.assert(fc.property(soup, fc.constantFrom('', ' '), (parts, sep) => onlyParseErrors(parts.join(sep))), { numRuns: 5000 });
  });
});

// Generated trees are "parser-shaped": parentheses are ParenExpr nodes exactly where the grammar needs them,
// signs of number literals are folded, and matching is present only between two vectors.

const P = { start: 0, end: 0 };
type A<T> = fc.Arbitrary<T>;

const PRECEDENCE: Record<BinaryOp, number> = {
  or: 1, and: 2, unless: 2, '==': 3, '!=': 3, '>': 3, '<': 3, '>=': 3, '<=': 3, '+': 4, '-': 4, '*': 5, '/': 5, '%': 5, atan2: 5, '^': 6,
};
const ARITHMETIC: BinaryOp[] = ['+', '-', '*', '/', '%', '^', 'atan2'];
const COMPARISON: BinaryOp[] = ['==', '!=', '>', '<', '>=', '<='];
const SET: BinaryOp[] = ['and', 'or', 'unless'];

const text = fc.string({ unit: 'binary', maxLength: 6 }).filter((s) => !/[\ufffd\p{Cs}]/u.test(s));
const metricName = fc.constantFrom('up', 'http_requests_total', 'job:rate5m:sum', 'sum', 'offset', 'by', 'start', 'and', 'x_1');
const labelName = fc.constantFrom('job', 'instance', 'le', 'offset', 'by', 'bool', 'service.name', 'ü', 'a b');
const regex = fc.constantFrom('.*', '.+', 'a|b', '(?i)x.*', '\\d+', '[a-z]+', 'foo');
const labels = fc.array(labelName, { maxLength: 3 });

const matcher: A<LabelMatcher> = fc.oneof(
  fc.record({ type: fc.constantFrom<MatchType>('=', '!='), name: labelName, value: text }),
  fc.record({ type: fc.constantFrom<MatchType>('=~', '!~'), name: labelName, value: regex }),
);
const at: A<AtModifier | undefined> = fc.option(
  fc.oneof(fc.integer({ min: -1e12, max: 1e12 }).map((timestamp) => ({ timestamp })), fc.constantFrom<AtModifier>({ startOrEnd: 'start' }, { startOrEnd: 'end' })),
  { nil: undefined },
);
const offset = fc.oneof(fc.constant(0), fc.integer({ min: -1e10, max: 1e10 }));
const range = fc.integer({ min: 1, max: 1e10 });

const selector: A<VectorSelector> = fc.record({ name: fc.option(metricName, { nil: undefined }), matchers: fc.array(matcher, { maxLength: 3 }) }).map(({ name, matchers }) =>
  name === undefined
    ? { type: 'VectorSelector', matchers: [{ type: '=', name: 'job', value: 'api' }, ...matchers], offset: 0, pos: P }
    : { type: 'VectorSelector', name, matchers: [...matchers, { type: '=', name: '__name__', value: name }], offset: 0, pos: P },
);
const modified = (vs: VectorSelector, off: number, when: AtModifier | undefined): VectorSelector => ({ ...vs, offset: off, ...(when ? { at: when } : {}) });

const signed = (e: Expr) => e.type === 'NumberLiteral' && (e.val < 0 || Object.is(e.val, -0) || e.val === Infinity);
const paren = (e: Expr): Expr => ({ type: 'ParenExpr', expr: e, pos: P });

function binary(op: BinaryOp, lhs: Expr, rhs: Expr, returnBool: boolean, matching?: VectorMatching): BinaryExpr {
  const p = PRECEDENCE[op];
  const leftWrap = lhs.type === 'BinaryExpr' ? PRECEDENCE[lhs.op] < p || (PRECEDENCE[lhs.op] === p && op === '^') : op === '^' && (lhs.type === 'UnaryExpr' || signed(lhs));
  const rightWrap = rhs.type === 'BinaryExpr' && (PRECEDENCE[rhs.op] < p || (PRECEDENCE[rhs.op] === p && op !== '^'));
  return { type: 'BinaryExpr', op, lhs: leftWrap ? paren(lhs) : lhs, rhs: rightWrap ? paren(rhs) : rhs, returnBool, ...(matching ? { matching } : {}), pos: P };
}

function unary(op: '-' | '+', e: Expr): Expr {
  const operand = e.type === 'BinaryExpr' && e.op !== '^' ? paren(e) : e;
  return { type: 'UnaryExpr', op, expr: operand, pos: P };
}

const ATOMS = new Set<Expr['type']>(['VectorSelector', 'Call', 'AggregateExpr', 'ParenExpr']);
const call = (func: string, ...args: Expr[]): Expr => ({ type: 'Call', func, args, pos: P });

const vectorMatching: A<VectorMatching> = fc.oneof(
  fc.record({ on: fc.boolean(), matchingLabels: labels }).map((m) => ({ card: 'one-to-one' as const, include: [], ...m })),
  fc.record({ card: fc.constantFrom('many-to-one' as const, 'one-to-many' as const), on: fc.boolean(), matchingLabels: labels, include: labels }).map((m) => ({
    ...m,
    include: m.on ? m.include.filter((l) => !m.matchingLabels.includes(l)) : m.include,
  })),
);
const setMatching: A<VectorMatching> = fc.record({ on: fc.boolean(), matchingLabels: labels }).map((m) => ({ card: 'many-to-many' as const, include: [], ...m }));

function scalar(depth: number): A<Expr> {
  const literal: A<NumberLiteral> = fc.double().map((val) => ({ type: 'NumberLiteral', val, pos: P }));
  const leaves = fc.oneof(literal, fc.constantFrom(call('time'), call('pi')));
  if (depth === 0) return leaves;
  const sub = scalar(depth - 1);
  return fc.oneof(
    { weight: 2, arbitrary: leaves },
    fc.tuple(fc.constantFrom(...ARITHMETIC), sub, sub).map(([op, l, r]) => binary(op, l, r, false)),
    fc.tuple(fc.constantFrom(...COMPARISON), sub, sub).map(([op, l, r]) => binary(op, l, r, true)),
    vector(depth - 1).map((v) => call('scalar', v)),
    sub.filter((e) => e.type !== 'NumberLiteral').map((e) => unary('-', e)),
    sub.map(paren),
  );
}

function matrix(depth: number): A<Expr> {
  const rangeSelector = fc.tuple(selector, range, offset, at).map(([vs, r, off, when]): Expr => ({ type: 'MatrixSelector', vectorSelector: modified(vs, off, when), range: r, pos: P }));
  if (depth === 0) return rangeSelector;
  const sub = fc.tuple(vector(depth - 1), range, fc.oneof(fc.constant(0), range), offset, at).map(([e, r, step, off, when]): Expr => ({
    type: 'SubqueryExpr',
    expr: ATOMS.has(e.type) ? e : paren(e),
    range: r,
    step,
    offset: off,
    ...(when ? { at: when } : {}),
    pos: P,
  }));
  return fc.oneof(rangeSelector, sub);
}

function vector(depth: number): A<Expr> {
  const leaf = fc.tuple(selector, offset, at).map(([vs, off, when]) => modified(vs, off, when));
  if (depth === 0) return leaf;
  const v = vector(depth - 1);
  const s = scalar(depth - 1);
  const aggregation = fc.record({ op: fc.constantFrom('sum', 'avg', 'count', 'min', 'max', 'group', 'stddev', 'stdvar'), expr: v, grouping: labels, without: fc.boolean() });
  const withParam = fc.oneof(
    fc.record({ op: fc.constantFrom('topk', 'bottomk', 'quantile'), param: s }),
    fc.record({ op: fc.constant('count_values'), param: text.map((val): Expr => ({ type: 'StringLiteral', val, pos: P })) }),
  );
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    aggregation.map((a): Expr => ({ type: 'AggregateExpr', ...a, pos: P }) as AggregateExpr),
    fc.tuple(aggregation, withParam).map(([a, p]): Expr => ({ type: 'AggregateExpr', ...a, ...p, pos: P }) as AggregateExpr),
    matrix(depth - 1).map((m) => call('rate', m)),
    v.map((e) => call('abs', e)),
    fc.tuple(v, fc.option(s, { nil: undefined })).map(([e, digits]) => (digits ? call('round', e, digits) : call('round', e))),
    fc.tuple(s, v).map(([q, e]) => call('histogram_quantile', q, e)),
    fc.tuple(v, text, text).map(([e, a, b]) => call('label_replace', e, ...[a, b, 'src', '(.*)'].map((val): Expr => ({ type: 'StringLiteral', val, pos: P })))),
    fc.tuple(fc.constantFrom(...ARITHMETIC, ...COMPARISON), v, v, fc.boolean(), vectorMatching).map(([op, l, r, b, m]) => binary(op, l, r, b && COMPARISON.includes(op), m)),
    fc.tuple(fc.constantFrom(...SET), v, v, setMatching).map(([op, l, r, m]) => binary(op, l, r, false, m)),
    fc.tuple(fc.constantFrom(...ARITHMETIC, ...COMPARISON), v, s, fc.boolean(), fc.boolean()).map(([op, l, r, b, flip]) =>
      flip ? binary(op, r, l, b && COMPARISON.includes(op)) : binary(op, l, r, b && COMPARISON.includes(op)),
    ),
    fc.tuple(fc.constantFrom<'-' | '+'>('-', '+'), v).map(([op, e]) => unary(op, e)),
    v.map(paren),
  );
}

describe('formatExpr and parseExpr round-trip', () => {
  it('parses the printed form of a generated expression back to the same tree', () => {
    const anyExpr = fc.oneof(vector(3), scalar(3), matrix(2));
    fc.assert(
      fc.property(anyExpr, (e) => {
        const printed = formatExpr(e);
        const parsed = parseExpr(printed);
        expect(structure(parsed)).toEqual(structure(e));
        expect(formatExpr(parsed)).toBe(printed);
      }),
      { numRuns: 1500 },
    );
  });
});
