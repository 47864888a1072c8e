import { describe, expect, it } from 'vitest';
import { ParseError } from './errors';
import { parseExpr } from './parse';

/**
 * Bad expressions: Prometheus's message and the range the editor underlines (start, end). Most come from
 * Prometheus's parse_test.go with its positions; errors about an operator cover the whole operator here.
 */
const BAD: [input: string, message: string, start: number, end: number][] = [
  // Empty input, unexpected tokens, unclosed and unbalanced brackets.
  ['', 'no expression found in input', 0, 0],
  ['# just a comment\n\n', 'no expression found in input', 0, 0],
  ['1+', 'unexpected end of input', 2, 2],
  ['1 /', 'unexpected end of input', 3, 3],
  ['*1', 'unexpected <op:*>', 0, 1],
  ['@@', 'unexpected <op:@>', 0, 1],
  ['-=', 'unexpected "="', 1, 2],
  ['++-++-+-+-<', 'unexpected <op:<>', 10, 11],
  ['e-+=/(0)', 'unexpected "="', 3, 4],
  ['(', 'unclosed left parenthesis', 1, 1],
  ['((1)', 'unclosed left parenthesis', 4, 4],
  ['sum(', 'unclosed left parenthesis', 4, 4],
  ['(1))', "unexpected right parenthesis ')'", 4, 4],
  ['foo{bar="baz"}[', 'unexpected end of input in duration expression', 15, 15],
  ['foo[5m', 'unclosed left bracket', 6, 6],
  ['foo]', "unexpected right bracket ']'", 3, 4],
  ['{', 'unexpected end of input inside braces', 1, 1],
  ['some{', 'unexpected end of input inside braces', 5, 5],
  ['}', "unexpected character: '}'", 0, 1],
  ['some}', "unexpected character: '}'", 4, 5],
  ['a - on(b) ignoring(c) d', 'unexpected <ignoring>', 10, 18],
  ['foo + group_left(baz) bar', 'unexpected <group_left>', 6, 16],
  // Lexer: characters, numbers, durations, strings.
  ['.', "unexpected character: '.'", 0, 1],
  ['1 !~ 1', "unexpected character after '!': '~'", 2, 6],
  ['1 =~ 1', "unexpected character after '=': '~'", 2, 6],
  ['2.5.', 'bad number or duration syntax: "2.5."', 0, 4],
  ['100..4', 'bad number or duration syntax: "100.."', 0, 6],
  ['0deadbeef', 'bad number or duration syntax: "0de"', 0, 9],
  ['9'.repeat(309), `error parsing number: strconv.ParseFloat: parsing "${'9'.repeat(309)}": value out of range`, 0, 309],
  ['foo[5mm]', 'bad number or duration syntax: "5mm"', 4, 8],
  ['foo[5m1]', 'bad number or duration syntax: "5m1"', 4, 8],
  ['foo[5m:1m1]', 'bad number or duration syntax: "1m1"', 7, 11],
  ['foo[5y1hs]', 'unknown unit "hs" in duration "5y1hs"', 4, 9],
  ['foo[5m1h]', 'not a valid duration string: "5m1h"', 4, 8],
  ['foo["5m"]', `unexpected character in duration expression: '"'`, 4, 9],
  ['foo[5s x 5s]', "unexpected character: 'x', expected ':'", 7, 12],
  ['some_metric[5m] OFFSET 1mm', 'bad number or duration syntax: "1mm"', 23, 26],
  ['"\\', 'escape sequence not terminated', 0, 2],
  ['"\\c"', "unknown escape sequence U+0063 'c'", 0, 4],
  ['"\\x."', "illegal character U+002E '.' in escape sequence", 0, 5],
  ['"\\ud800"', 'escape sequence is an invalid Unicode code point', 0, 8],
  ['"abc', 'unterminated quoted string', 0, 4],
  ['`\\``', 'unterminated raw string', 3, 4],
  ['sum by ("foo)(some_metric{})', 'unterminated quoted string', 8, 28],
  ['some_metric{a="\ud800"}', 'invalid UTF-8 rune', 14, 18],
  // Scalars, bool and set operators.
  ['1 and 1', 'set operator "and" not allowed in binary scalar expression', 0, 7],
  ['1 or 1', 'set operator "or" not allowed in binary scalar expression', 0, 6],
  ['foo unless 1', 'set operator "unless" not allowed in binary scalar expression', 0, 12],
  ['1 == 1', 'comparisons between scalars must use BOOL modifier', 2, 4],
  ['foo + bool bar', 'bool modifier can only be used on comparison operators', 4, 10],
  ['foo and bool 10', 'bool modifier can only be used on comparison operators', 4, 12],
  ['1 or on(bar) foo', 'vector matching only allowed between instant vectors', 0, 16],
  ['foo == on(bar) 10', 'vector matching only allowed between instant vectors', 0, 17],
  ['foo and on(bar) group_left(baz) bar', 'no grouping allowed for "and" operation', 0, 35],
  ['foo unless on(bar) group_right(baz) bar', 'no grouping allowed for "unless" operation', 0, 39],
  ['a + on(i) group_left(j,i) b', 'label "i" must not occur in ON and GROUP clause at once', 2, 25],
  ['1 + "a"', 'binary expression must contain only scalar and instant vector types', 4, 7],
  ['foo[5m] * 2', 'binary expression must contain only scalar and instant vector types', 0, 7],
  ['-"string"', 'unary expression only allowed on expressions of type scalar or instant vector, got "string"', 0, 9],
  ['-test[5m]', 'unary expression only allowed on expressions of type scalar or instant vector, got "range vector"', 0, 9],
  // Selectors and matchers.
  ['{}', 'vector selector must contain at least one non-empty matcher', 0, 2],
  ['{x=""}', 'vector selector must contain at least one non-empty matcher', 0, 6],
  ['{x=~".*"}', 'vector selector must contain at least one non-empty matcher', 0, 9],
  ['{x!~".+"}', 'vector selector must contain at least one non-empty matcher', 0, 9],
  ['{x!="a"}', 'vector selector must contain at least one non-empty matcher', 0, 8],
  ['foo{__name__="bar"}', 'metric name must not be set twice: "foo" or "bar"', 0, 19],
  ['some_metric{a=b}', 'unexpected identifier "b" in label matching, expected string', 14, 15],
  ['some_metric{a:b="b"}', "unexpected character inside braces: ':'", 13, 20],
  ['foo{a*"b"}', "unexpected character inside braces: '*'", 5, 10],
  ['foo{a>="b"}', "unexpected character inside braces: '>'", 5, 11],
  ['foo{gibberish}', 'unexpected "}" in label matching, expected label matching operator', 13, 14],
  ['foo{1}', "unexpected character inside braces: '1'", 4, 6],
  ['foo{__name__= =}', 'unexpected "=" in label matching, expected string', 14, 15],
  ['foo{,}', 'unexpected "," in label matching, expected identifier or "}"', 4, 5],
  ['foo{__name__ == "bar"}', 'unexpected "=" in label matching, expected string', 14, 15],
  ['foo{__name__="bar" lol}', 'unexpected identifier "lol" in label matching, expected "," or "}"', 19, 22],
  ['foo{"a"=}', 'unexpected "}" in label matching, expected string', 8, 9],
  ['foo{a=~"("}', 'error parsing regexp: missing closing ): `(`', 4, 10],
  ['foo{a!~"a**"}', 'error parsing regexp: invalid nested repetition operator: `**`', 4, 12],
  ['foo{a=~"(?=x)"}', 'error parsing regexp: invalid or unsupported Perl syntax: `(?=`', 4, 14],
  // Range selectors, subqueries, offset and @.
  ['foo[0m]', 'duration must be greater than 0', 4, 6],
  ['foo[-1]', 'duration must be greater than 0', 4, 6],
  ['foo[5m:0s]', 'duration must be greater than 0', 7, 9],
  ['foo[]', 'unexpected "]" in subquery or range selector, expected number, duration, step(), or range()', 4, 5],
  ['foo[5m 1m]', 'unexpected duration "1m" in subquery or range, expected ":" or "]"', 7, 9],
  ['foo[9.5e10]', 'duration out of range', 4, 10],
  ['foo[5m+1m]', 'experimental duration expression is not enabled', 4, 6],
  ['foo offset (5m)', 'experimental duration expression is not enabled', 11, 12],
  ['(foo + bar)[5m]', 'ranges only allowed for vector selectors', 11, 15],
  ['rate(food[1m])[1h] offset 1h', 'ranges only allowed for vector selectors', 14, 18],
  ['some_metric OFFSET 1m[5m]', 'no offset modifiers allowed before range', 21, 25],
  ['some_metric @ 1234 [5m]', 'no @ modifiers allowed before range', 19, 23],
  ['some_metric @ start() [5m]', 'no @ modifiers allowed before range', 22, 26],
  ['test[5d] OFFSET 10s [10m:5s]', 'subquery is only allowed on instant vector, got matrix instead', 0, 28],
  ['(foo + bar{nm="val"})[5m:][10m:5s]', 'subquery is only allowed on instant vector, got matrix instead', 0, 34],
  ['1[5m:]', 'subquery is only allowed on instant vector, got scalar instead', 0, 6],
  ['some_metric[5m] OFFSET', 'unexpected end of input in offset, expected number, duration, step(), or range()', 22, 22],
  ['1 offset 1d', 'offset modifier must be preceded by an instant vector selector or range vector selector or a subquery', 0, 1],
  ['foo offset 1s offset 2s', 'offset may not be set multiple times', 0, 13],
  ['foo offset 9.5e10', 'duration out of range', 11, 17],
  ['some_metric[5m] @', 'unexpected end of input in @, expected timestamp', 17, 17],
  ['foo @ start', 'unexpected end of input in @, expected timestamp', 11, 11],
  ['rate(some_metric[5m]) @ 1234', '@ modifier must be preceded by an instant vector selector or range vector selector or a subquery', 0, 21],
  ['foo @ 1 @ 2', '@ <timestamp> may not be set multiple times', 0, 7],
  ['foo @ +Inf', 'timestamp out of bounds for @ modifier: +Inf', 0, 3],
  ['foo @ NaN', 'timestamp out of bounds for @ modifier: NaN', 0, 3],
  ['foo @ 9223372036854775808', 'timestamp out of bounds for @ modifier: 9223372036854775808.000000', 0, 3],
  ['foo[5m] anchored', 'anchored modifier is experimental and not enabled', 0, 7],
  // Aggregations.
  ['sum without(==)(some_metric)', 'unexpected <op:==> in grouping opts, expected label', 12, 14],
  ['sum without(,)(some_metric)', 'unexpected "," in grouping opts, expected label', 12, 13],
  ['sum without(foo,,)(some_metric)', 'unexpected "," in grouping opts, expected label', 16, 17],
  ['sum by (a b) (x)', 'unexpected identifier "b" in grouping opts, expected "," or ")"', 10, 11],
  ['sum by ("") (x)', 'invalid label name for grouping: ""', 8, 10],
  ['sum some_metric by (test)', 'unexpected identifier "some_metric"', 4, 15],
  ['sum (some_metric) by test', 'unexpected identifier "test" in grouping opts, expected "("', 21, 25],
  ['sum () by (test)', 'no arguments for aggregate expression provided', 0, 16],
  ['MIN keep_common (some_metric)', 'unexpected identifier "keep_common"', 4, 15],
  ['MIN (some_metric) keep_common', 'unexpected identifier "keep_common"', 18, 29],
  ['sum (some_metric) without (test) by (test)', 'unexpected <by>', 33, 35],
  ['sum without (test) (some_metric) by (test)', 'unexpected <by>', 33, 35],
  ['sum(foo bar)', 'unexpected identifier "bar" in aggregation', 8, 11],
  ['sum by (a)', 'unexpected end of input in aggregation', 10, 10],
  ['topk(some_metric)', 'wrong number of arguments for aggregate expression provided, expected 2, got 1', 0, 17],
  ['topk(some_metric,)', 'trailing commas not allowed in function call args', 16, 17],
  ['topk(some_metric, other_metric)', 'expected type scalar in aggregation parameter, got instant vector', 5, 16],
  ['count_values(5, other_metric)', 'expected type string in aggregation parameter, got scalar', 13, 14],
  ['sum(rate(x))', 'expected type range vector in call to function "rate", got instant vector', 9, 10],
  ['sum(x[5m])', 'expected type instant vector in aggregation expression, got range vector', 4, 9],
  ['limitk(1, x)', 'limitk() is experimental and not supported here', 0, 12],
  // Function calls.
  ['floor()', 'expected 1 argument(s) in call to "floor", got 0', 0, 7],
  ['floor(some_metric, other_metric)', 'expected 1 argument(s) in call to "floor", got 2', 0, 32],
  ['floor(1)', 'expected type instant vector in call to function "floor", got scalar', 6, 7],
  ['hour(some_metric, some_metric, some_metric)', 'expected at most 1 argument(s) in call to "hour", got 3', 0, 43],
  ['label_join(x, "a")', 'expected at least 3 argument(s) in call to "label_join", got 2', 0, 18],
  ['label_join(x, "a", ",", 1)', 'expected type string in call to function "label_join", got scalar', 24, 25],
  ['time(some_metric)', 'expected 0 argument(s) in call to "time", got 1', 0, 17],
  ['non_existent_function_far_bar()', 'unknown function with name "non_existent_function_far_bar"', 0, 29],
  ['RATE(x[5m])', 'unknown function with name "RATE"', 0, 4],
  ['a>b()', 'unknown function with name "b"', 2, 3],
  ['rate(some_metric)', 'expected type range vector in call to function "rate", got instant vector', 5, 16],
  ['rate(avg)', 'expected type range vector in call to function "rate", got instant vector', 5, 8],
  ['abs(x,)', 'trailing commas not allowed in function call args', 5, 6],
  ['abs(x,,y)', 'trailing commas not allowed in function call args', 5, 6],
  ['rate(foo bar)', 'unexpected identifier "bar"', 9, 12],
  ['a + fill(0) b', 'binop fill modifiers are experimental and not enabled', 4, 8],
  ['(' .repeat(1100) + '1' + ')'.repeat(1100), 'expression nests too deeply', 1000, 1001],
];

describe('parseExpr: bad expressions', () => {
  it(`has at least 40 cases (${BAD.length})`, () => expect(BAD.length).toBeGreaterThanOrEqual(40));

  it.each(BAD)('%s', (input, message, start, end) => {
    let error: unknown;
    try {
      parseExpr(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ParseError);
    const parseError = error as ParseError;
    expect(parseError.message).toBe(message);
    if (start !== 0 || end !== 0 || message === 'no expression found in input') expect(parseError.positionRange).toEqual({ start, end });
    expect(parseError.positionRange.start).toBeLessThanOrEqual(parseError.positionRange.end);
    expect(parseError.positionRange.end).toBeLessThanOrEqual(input.length);
  });

  it('refuses experimental functions when they are not enabled', () => {
    expect(() => parseExpr('mad_over_time(x[5m])', { enableExperimentalFunctions: false })).toThrow('function "mad_over_time" is not enabled');
    expect(() => parseExpr('limitk(1, x)', { enableExperimentalFunctions: false })).toThrow(
      'limitk() is experimental and must be enabled with --enable-feature=promql-experimental-functions',
    );
  });

  it('places a multi-line error by line and column, as Prometheus prints it', () => {
    expect(() => parseExpr('sum(\n  rate(x[5m]) +\n)')).toThrow(ParseError);
    try {
      parseExpr('sum(\n  rate(x[5m]) +\n)');
    } catch (e) {
      expect((e as ParseError).display).toBe('3:1: parse error: unexpected ")" in aggregation');
    }
  });
});
