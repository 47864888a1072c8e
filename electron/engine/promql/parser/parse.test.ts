import { describe, expect, it } from 'vitest';
import type { Expr } from './ast';
import { parseExpr } from './parse';
import { isWellFormedText } from './quote';
import { agg, bin, call, m, matrix, neg, num, paren, sel, SET, str, structure, subquery, VECTORS } from './test-support';

const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;

/** Good expressions and the trees they parse to (after Prometheus's parse_test.go, positions aside). */
const GOOD: [input: string, tree: unknown][] = [
  // Number literals: decimal, exponent, hex, octal, Inf and NaN in any case, signs folded into the literal.
  ['1', num(1)],
  ['+Inf', num(Infinity)],
  ['-inf', num(-Infinity)],
  ['.5', num(0.5)],
  ['5.', num(5)],
  ['123.4567', num(123.4567)],
  ['5e-3', num(0.005)],
  ['5E3', num(5000)],
  ['0xc', num(12)],
  ['0755', num(493)],
  ['1_000', num(1000)],
  ['+5.5e-3', num(0.0055)],
  ['-0755', num(-493)],
  ['1h30m', num(5400)],
  ['time() - 5m', bin('-', call('time'), num(300))],
  // Precedence and associativity.
  ['1 + 1', bin('+', num(1), num(1))],
  ['1 - 1', bin('-', num(1), num(1))],
  ['1 * 1', bin('*', num(1), num(1))],
  ['1 % 1', bin('%', num(1), num(1))],
  ['1 / 1', bin('/', num(1), num(1))],
  ['1 atan2 1', bin('atan2', num(1), num(1))],
  ['1 == bool 1', bin('==', num(1), num(1), { returnBool: true })],
  ['1 >= bool 1', bin('>=', num(1), num(1), { returnBool: true })],
  ['-1^2', neg(bin('^', num(1), num(2)))],
  ['-1*2', bin('*', num(-1), num(2))],
  ['-1+2', bin('+', num(-1), num(2))],
  ['-1^-2', neg(bin('^', num(1), num(-2)))],
  ['2 ^ 3 ^ 2', bin('^', num(2), bin('^', num(3), num(2)))],
  ['8 - 4 - 2', bin('-', bin('-', num(8), num(4)), num(2))],
  ['+1 + -2 * 1', bin('+', num(1), bin('*', num(-2), num(1)))],
  ['1 + 2/(3*1)', bin('+', num(1), bin('/', num(2), paren(bin('*', num(3), num(1)))))],
  ['1 < bool 2 - 1 * 2', bin('<', num(1), bin('-', num(2), bin('*', num(1), num(2))), { returnBool: true })],
  ['-some_metric', neg(sel('some_metric'))],
  ['+some_metric', { type: 'UnaryExpr', op: '+', expr: sel('some_metric') }],
  ['--foo', neg(neg(sel('foo')))],
  ['-foo ^ 2 * 3', bin('*', neg(bin('^', sel('foo'), num(2))), num(3))],
  ['a ^ -b * c', bin('*', bin('^', sel('a'), neg(sel('b')), { matching: VECTORS }), sel('c'), { matching: VECTORS })],
  // Vector operations and matching.
  ['foo * bar', bin('*', sel('foo'), sel('bar'), { matching: VECTORS })],
  ['foo * sum', bin('*', sel('foo'), sel('sum'), { matching: VECTORS })],
  ['foo == 1', bin('==', sel('foo'), num(1))],
  ['foo == bool 1', bin('==', sel('foo'), num(1), { returnBool: true })],
  ['2.5 / bar', bin('/', num(2.5), sel('bar'))],
  ['foo and bar', bin('and', sel('foo'), sel('bar'), { matching: SET })],
  ['foo or bar', bin('or', sel('foo'), sel('bar'), { matching: SET })],
  ['foo unless bar', bin('unless', sel('foo'), sel('bar'), { matching: SET })],
  [
    'foo + bar or bla and blub',
    bin('or', bin('+', sel('foo'), sel('bar'), { matching: VECTORS }), bin('and', sel('bla'), sel('blub'), { matching: SET }), { matching: SET }),
  ],
  [
    'foo and bar unless baz or qux',
    bin('or', bin('unless', bin('and', sel('foo'), sel('bar'), { matching: SET }), sel('baz'), { matching: SET }), sel('qux'), { matching: SET }),
  ],
  [
    'bar + on(foo) bla / on(baz, buz) group_right(test) blub',
    bin(
      '+',
      sel('bar'),
      bin('/', sel('bla'), sel('blub'), { matching: { card: 'one-to-many', matchingLabels: ['baz', 'buz'], on: true, include: ['test'] } }),
      { matching: { matchingLabels: ['foo'], on: true } },
    ),
  ],
  ['foo * on(test,blub) group_left bar', bin('*', sel('foo'), sel('bar'), { matching: { card: 'many-to-one', matchingLabels: ['test', 'blub'], on: true } })],
  ['foo and on(test,blub) bar', bin('and', sel('foo'), sel('bar'), { matching: { card: 'many-to-many', matchingLabels: ['test', 'blub'], on: true } })],
  ['foo and on() bar', bin('and', sel('foo'), sel('bar'), { matching: { card: 'many-to-many', on: true } })],
  ['foo unless ignoring(bar) baz', bin('unless', sel('foo'), sel('baz'), { matching: { card: 'many-to-many', matchingLabels: ['bar'] } })],
  [
    'foo / ignoring(test,blub) group_left(blub) bar',
    bin('/', sel('foo'), sel('bar'), { matching: { card: 'many-to-one', matchingLabels: ['test', 'blub'], include: ['blub'] } }),
  ],
  [
    'foo - on(test,blub) group_right(bar,foo) bar',
    bin('-', sel('foo'), sel('bar'), { matching: { card: 'one-to-many', matchingLabels: ['test', 'blub'], on: true, include: ['bar', 'foo'] } }),
  ],
  ['foo > bool on(a) bar', bin('>', sel('foo'), sel('bar'), { returnBool: true, matching: { matchingLabels: ['a'], on: true } })],
  ['foo unless on(start) bar', bin('unless', sel('foo'), sel('bar'), { matching: { card: 'many-to-many', matchingLabels: ['start'], on: true } })],
  ['1 + on() foo', bin('+', num(1), sel('foo'))],
  // Vector selectors.
  ['foo', sel('foo')],
  ['min', sel('min')],
  ['start', sel('start')],
  ['offset{step="1s"}[5m]', matrix(sel('offset', [m('=', 'step', '1s')]), 5 * MIN)],
  ['foo offset 5m', sel('foo', [], { offset: 5 * MIN })],
  ['foo offset -7m', sel('foo', [], { offset: -7 * MIN })],
  ['foo OFFSET 1h30m', sel('foo', [], { offset: 90 * MIN })],
  ['foo OFFSET 1m30ms', sel('foo', [], { offset: MIN + 30 })],
  ['foo offset 3600', sel('foo', [], { offset: H })],
  ['foo @ 1603774568', sel('foo', [], { at: { timestamp: 1603774568000 } })],
  ['foo @ -100', sel('foo', [], { at: { timestamp: -100000 } })],
  ['foo @ .3', sel('foo', [], { at: { timestamp: 300 } })],
  ['foo @ 3.3335', sel('foo', [], { at: { timestamp: 3334 } })],
  ['foo @ -3.3e1', sel('foo', [], { at: { timestamp: -33000 } })],
  ['foo @ 0xA', sel('foo', [], { at: { timestamp: 10000 } })],
  ['foo @ 1m', sel('foo', [], { at: { timestamp: 60000 } })],
  ['foo @ start()', sel('foo', [], { at: { startOrEnd: 'start' } })],
  ['foo @ end() offset 1m', sel('foo', [], { at: { startOrEnd: 'end' }, offset: MIN })],
  ['foo offset 1m @ 10', sel('foo', [], { at: { timestamp: 10000 }, offset: MIN })],
  ['foo:bar{a="bc"}', sel('foo:bar', [m('=', 'a', 'bc')])],
  ['{"foo"}', sel(undefined, [m('=', '__name__', 'foo')])],
  [`{'foo\\'bar', 'a\\\\dos\\\\path'='boo\\\\urns'}`, sel(undefined, [m('=', '__name__', "foo'bar"), m('=', 'a\\dos\\path', 'boo\\urns')])],
  ['{"foo", a="bc"}', sel(undefined, [m('=', '__name__', 'foo'), m('=', 'a', 'bc')])],
  [`foo{NaN='bc'}`, sel('foo', [m('=', 'NaN', 'bc')])],
  [`foo{bar='}'}`, sel('foo', [m('=', 'bar', '}')])],
  [
    'foo{a="b", foo!="bar", test=~"test", bar!~"baz",}',
    sel('foo', [m('=', 'a', 'b'), m('!=', 'foo', 'bar'), m('=~', 'test', 'test'), m('!~', 'bar', 'baz')]),
  ],
  ['{__name__=~"bar", __name__!~"baz"}', sel(undefined, [m('=~', '__name__', 'bar'), m('!~', '__name__', 'baz')])],
  ['{"bar", __name__="baz"}', sel(undefined, [m('=', '__name__', 'bar'), m('=', '__name__', 'baz')])],
  ['foo{"service.name"="api"}', sel('foo', [m('=', 'service.name', 'api')])],
  ['foo # a comment\n+ bar', bin('+', sel('foo'), sel('bar'), { matching: VECTORS })],
  // Range selectors: durations, and a plain number of seconds.
  ['test[1001ms]', matrix(sel('test'), 1001)],
  ['foo[5m30s]', matrix(sel('foo'), 5 * MIN + 30_000)],
  ['test[5d] OFFSET 10s', matrix(sel('test', [], { offset: 10_000 }), 5 * D)],
  ['test[5w] offset 2w', matrix(sel('test', [], { offset: 14 * D }), 35 * D)],
  ['test{a="b"}[5y] OFFSET 3d', matrix(sel('test', [m('=', 'a', 'b')], { offset: 3 * D }), 5 * 365 * D)],
  ['foo[4s180ms] @ 2.345', matrix(sel('foo', [], { at: { timestamp: 2345 } }), 4180)],
  ['test[5]', matrix(sel('test'), 5000)],
  ['foo[4.18]', matrix(sel('foo'), 4180)],
  ['test[5y] @ start()', matrix(sel('test', [], { at: { startOrEnd: 'start' } }), 5 * 365 * D)],
  // Aggregations: modifiers before or after, parameters, keywords and quoted names as labels.
  ['sum by (foo)(some_metric)', agg('sum', sel('some_metric'), { grouping: ['foo'] })],
  ['sum (some_metric) without (foo)', agg('sum', sel('some_metric'), { grouping: ['foo'], without: true })],
  ['stddev(some_metric)', agg('stddev', sel('some_metric'))],
  ['sum by ()(some_metric)', agg('sum', sel('some_metric'))],
  ['sum by (foo,bar,)(some_metric)', agg('sum', sel('some_metric'), { grouping: ['foo', 'bar'] })],
  ['SUM BY (foo) (x)', agg('sum', sel('x'), { grouping: ['foo'] })],
  ['topk(5, some_metric)', agg('topk', sel('some_metric'), { param: num(5) })],
  ['quantile(0.9, x)', agg('quantile', sel('x'), { param: num(0.9) })],
  ['count_values("value", some_metric)', agg('count_values', sel('some_metric'), { param: str('value') })],
  [
    'sum without(and, by, avg, count, alert, annotations)(some_metric)',
    agg('sum', sel('some_metric'), { grouping: ['and', 'by', 'avg', 'count', 'alert', 'annotations'], without: true }),
  ],
  [`sum by ("foo bar", bar, 'baz')({"some.metric"})`, agg('sum', sel(undefined, [m('=', '__name__', 'some.metric')]), { grouping: ['foo bar', 'bar', 'baz'] })],
  ['sum(sum)', agg('sum', sel('sum'))],
  ['a + sum', bin('+', sel('a'), sel('sum'), { matching: VECTORS })],
  // Function calls.
  ['time()', call('time')],
  ['floor(some_metric{foo!="bar"})', call('floor', sel('some_metric', [m('!=', 'foo', 'bar')]))],
  ['rate(some_metric[5m])', call('rate', matrix(sel('some_metric'), 5 * MIN))],
  ['round(some_metric)', call('round', sel('some_metric'))],
  ['round(some_metric, 5)', call('round', sel('some_metric'), num(5))],
  ['hour()', call('hour')],
  ['label_join(x, "dst", ",")', call('label_join', sel('x'), str('dst'), str(','))],
  ['label_join(x, "dst", ",", "a", "b")', call('label_join', sel('x'), str('dst'), str(','), str('a'), str('b'))],
  ['mad_over_time(x[5m])', call('mad_over_time', matrix(sel('x'), 5 * MIN))],
  ['start() + step()', bin('+', call('start'), call('step'))],
  ['min_of(3, 5)', call('min_of', num(3), num(5))],
  // Strings and escapes (as Go's).
  ['"double-quoted string \\" with escaped quote"', str('double-quoted string " with escaped quote')],
  [`'single-quoted string \\' with escaped quote'`, str("single-quoted string ' with escaped quote")],
  ['`backtick-quoted string`', str('backtick-quoted string')],
  ['"\\a\\b\\f\\n\\r\\t\\v\\\\ \\u1234\\U00010111☺"', str('\x07\b\f\n\r\t\v\\ \u1234\u{10111}☺')],
  ['"\\xc3\\xa9\\303\\251"', str('éé')],
  ['`\\a\\b\\n`', str('\\a\\b\\n')],
  // Subqueries.
  ['foo{bar="baz"}[10m:6s]', subquery(sel('foo', [m('=', 'bar', 'baz')]), 10 * MIN, 6000)],
  ['foo{bar="baz"}[10m5s:1h6ms]', subquery(sel('foo', [m('=', 'bar', 'baz')]), 10 * MIN + 5000, H + 6)],
  ['foo[10m:]', subquery(sel('foo'), 10 * MIN)],
  [
    'min_over_time(rate(foo{bar="baz"}[2s])[5m:5s])',
    call('min_over_time', subquery(call('rate', matrix(sel('foo', [m('=', 'bar', 'baz')]), 2000)), 5 * MIN, 5000)),
  ],
  [
    'min_over_time(rate(foo{bar="baz"}[2s])[5m:] offset 4m)[4m:3s]',
    subquery(call('min_over_time', subquery(call('rate', matrix(sel('foo', [m('=', 'bar', 'baz')]), 2000)), 5 * MIN, 0, { offset: 4 * MIN })), 4 * MIN, 3000),
  ],
  ['some_metric OFFSET 1m [10m:5s]', subquery(sel('some_metric', [], { offset: MIN }), 10 * MIN, 5000)],
  ['some_metric @ 123 offset 1m [10m:5s]', subquery(sel('some_metric', [], { offset: MIN, at: { timestamp: 123000 } }), 10 * MIN, 5000)],
  ['some_metric[10m:5s] offset 1m @ 123', subquery(sel('some_metric'), 10 * MIN, 5000, { offset: MIN, at: { timestamp: 123000 } })],
  [
    '(foo + bar{nm="val"})[5m:] offset 10m',
    subquery(paren(bin('+', sel('foo'), sel('bar', [m('=', 'nm', 'val')]), { matching: VECTORS })), 5 * MIN, 0, { offset: 10 * MIN }),
  ],
  ['sum(x)[30m:10s] @ end()', subquery(agg('sum', sel('x')), 30 * MIN, 10_000, { at: { startOrEnd: 'end' } })],
  ['-foo offset 1m', neg(sel('foo', [], { offset: MIN }))],
  ['-rate(foo[5m:])', neg(call('rate', subquery(sel('foo'), 5 * MIN)))],
];

describe('parseExpr: good expressions', () => {
  it.each(GOOD)('%s', (input, tree) => {
    expect(structure(parseExpr(input))).toEqual(structure(tree));
  });

  it('reads NaN in any case', () => {
    for (const input of ['NaN', 'nan', 'nAN']) expect((parseExpr(input) as { val: number }).val).toBeNaN();
  });

  it('keeps an invalid byte from a \\x escape as an escaped byte, not as a character', () => {
    const e = parseExpr('"\\xff"') as Extract<Expr, { type: 'StringLiteral' }>;
    expect(e.val).toBe('\udcff');
    expect(isWellFormedText(e.val)).toBe(false);
  });
});

/** Positions (UTF-16 offsets, end exclusive) of nodes, for the editor's underlining. */
describe('parseExpr: positions', () => {
  const at = (e: Expr, ...path: string[]): unknown => path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], e);

  it.each([
    ['1 + 1', [], { start: 0, end: 5 }],
    ['1 + 1', ['rhs', 'pos'], { start: 4, end: 5 }],
    [' +some_metric', [], { start: 1, end: 13 }],
    [' +some_metric', ['expr', 'pos'], { start: 2, end: 13 }],
    ['-1', [], { start: 0, end: 2 }],
    ['foo offset 5m', [], { start: 0, end: 13 }],
    ['test[5h] OFFSET 5m', [], { start: 0, end: 18 }],
    ['test[5h] OFFSET 5m', ['vectorSelector', 'pos'], { start: 0, end: 4 }],
    ['sum by (foo)(some_metric)', [], { start: 0, end: 25 }],
    ['sum by (foo)(some_metric)', ['expr', 'pos'], { start: 13, end: 24 }],
    ['sum(foo) by (bar)', [], { start: 0, end: 17 }],
    ['rate(some_metric[5m])', [], { start: 0, end: 21 }],
    ['rate(some_metric[5m])', ['args', '0', 'pos'], { start: 5, end: 20 }],
    ['foo{bar="baz"}[10m:6s]', [], { start: 0, end: 22 }],
    ['some_metric[10m:5s] offset 1m @ 123', [], { start: 0, end: 35 }],
    ['(sum(foo) )', [], { start: 0, end: 11 }],
    ['{"foo"}', [], { start: 0, end: 7 }],
  ] as [string, string[], object][])('%s %j', (input, path, pos) => {
    const e = parseExpr(input);
    expect(path.length === 0 ? e.pos : at(e, ...path)).toEqual(pos);
  });
});
