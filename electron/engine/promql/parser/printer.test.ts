import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './duration';
import { formatGoFloat } from './number';
import { parseExpr } from './parse';
import { formatExpr } from './printer';
import { structure } from './test-support';

/** Input and its canonical form (after Prometheus's printer_test.go). */
const CANONICAL: [input: string, printed: string][] = [
  ['sum by() (task:errors:rate10s{job="s"})', 'sum(task:errors:rate10s{job="s"})'],
  ['sum by(code) (task:errors:rate10s{job="s"})', 'sum by (code) (task:errors:rate10s{job="s"})'],
  ['sum without() (task:errors:rate10s{job="s"})', 'sum without () (task:errors:rate10s{job="s"})'],
  ['sum without(instance) (task:errors:rate10s{job="s"})', 'sum without (instance) (task:errors:rate10s{job="s"})'],
  ['sum(x) by (job)', 'sum by (job) (x)'],
  ['sum by (job) (rate(http_requests_total[5m]))', 'sum by (job) (rate(http_requests_total[5m]))'],
  ['topk(5, task:errors:rate10s{job="s"})', 'topk(5, task:errors:rate10s{job="s"})'],
  ['count_values("value", task:errors:rate10s{job="s"})', 'count_values("value", task:errors:rate10s{job="s"})'],
  ['sum by ("foo.bar", "baz") (x)', 'sum by ("foo.bar", baz) (x)'],
  ['a - on(b) c', 'a - on (b) c'],
  ['a - on(b) group_right(x) c', 'a - on (b) group_right (x) c'],
  ['a - on(b) group_left c', 'a - on (b) group_left () c'],
  ['a - ignoring(b) c', 'a - ignoring (b) c'],
  ['a - ignoring() c', 'a - c'],
  ['a - ignoring() group_left c', 'a - ignoring () group_left () c'],
  ['a and on() b', 'a and on () b'],
  ['up > bool 0', 'up > bool 0'],
  ['a offset 1m', 'a offset 1m'],
  ['a offset -7m', 'a offset -7m'],
  ['a{c="d"}[5m] offset 1m', 'a{c="d"}[5m] offset 1m'],
  ['a[5m] offset 1m @ 100', 'a[5m] @ 100.000 offset 1m'],
  ['a @ 3.3335', 'a @ 3.334'],
  ['a @ -100', 'a @ -100.000'],
  ['a[1h:5m] offset 10m @ start()', 'a[1h:5m] @ start() offset 10m'],
  ['a[1h:] @ end()', 'a[1h:] @ end()'],
  ['x[90m]', 'x[1h30m]'],
  ['x[5]', 'x[5s]'],
  ['x[1.5]', 'x[1s500ms]'],
  ['x[7d]', 'x[1w]'],
  ['x[8d]', 'x[8d]'],
  ['x[365d]', 'x[1y]'],
  ['foo{c="d",a="b"}', 'foo{a="b",c="d"}'],
  ['{__name__="a"}', '{__name__="a"}'],
  ['{"a.b", x="y"}', '{__name__="a.b",x="y"}'],
  ['{"service.name"="api", x!~"y"}', '{"service.name"="api",x!~"y"}'],
  ['foo{a=~"\\\\d+"}', 'foo{a=~"\\\\d+"}'],
  ['1.5', '1.5'],
  ['-1', '-1'],
  ['NaN', 'NaN'],
  ['-Inf', '-Inf'],
  ['0x10', '16'],
  ['1e21', '1000000000000000000000'],
  ['1e-7', '0.0000001'],
  ['5m', '300'],
  ['"a\\nb"', '"a\\nb"'],
  ["'it\\'s'", '"it\'s"'],
  ['`raw\\d`', '"raw\\\\d"'],
  ['"\\xff"', '"\\xff"'],
  ['(a + b)', '(a + b)'],
  ['-(a + b)', '-(a + b)'],
  ['-a ^ 2', '-a ^ 2'],
  ['2 ^ 3 ^ 2', '2 ^ 3 ^ 2'],
  ['a + b * c', 'a + b * c'],
  ['label_replace(x, "a", "$1", "b", "(.*)")', 'label_replace(x, "a", "$1", "b", "(.*)")'],
  ['sum(rate(x[5m])) / on(job) group_left(team) sum by (job, team) (up)', 'sum(rate(x[5m])) / on (job) group_left (team) sum by (job, team) (up)'],
];

describe('formatExpr', () => {
  it.each(CANONICAL)('%s', (input, printed) => {
    const tree = parseExpr(input);
    expect(formatExpr(tree)).toBe(printed);
    expect(structure(parseExpr(printed))).toEqual(structure(tree));
  });
});

describe('durations and numbers as Prometheus prints them', () => {
  it.each([
    [0, '0s'],
    [1, '1ms'],
    [1500, '1s500ms'],
    [90 * 60_000, '1h30m'],
    [90 * 86_400_000, '90d'],
    [14 * 86_400_000, '2w'],
    [366 * 86_400_000, '366d'],
    [730 * 86_400_000, '2y'],
  ])('%d ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
    expect(parseDuration(text)).toBe(ms);
  });

  it('refuses durations in the wrong order, with unknown units or out of range', () => {
    expect(() => parseDuration('1m1h')).toThrow('not a valid duration string: "1m1h"');
    expect(() => parseDuration('1q')).toThrow('unknown unit "q" in duration "1q"');
    expect(() => parseDuration('300y')).toThrow('duration out of range');
    expect(() => parseDuration('')).toThrow('empty duration string');
    expect(parseDuration('0')).toBe(0);
  });

  it.each([
    [0, '0'],
    [-0, '-0'],
    [0.1, '0.1'],
    [123456789012, '123456789012'],
    [1e300, `1${'0'.repeat(300)}`],
    [5e-324, `0.${'0'.repeat(323)}5`],
    [-2.5e-5, '-0.000025'],
  ])('%d prints as %s', (value, text) => {
    expect(formatGoFloat(value)).toBe(text);
    expect(Number(text)).toBe(value);
  });
});
