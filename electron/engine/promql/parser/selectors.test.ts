import { describe, expect, it } from 'vitest';
import { ParseError } from './errors';
import { goQuote, goQuoteRune, goUnicode, isWellFormedText, unquote } from './quote';
import { parseMetricSelector, parseSeriesDescription, splitSeriesDescription } from './selectors';
import { m } from './test-support';

describe('parseMetricSelector', () => {
  it.each([
    ['foo', [m('=', '__name__', 'foo')]],
    ['foo{a="b", c=~"d.*"}', [m('=', 'a', 'b'), m('=~', 'c', 'd.*'), m('=', '__name__', 'foo')]],
    ['{__name__=~"x.*"}', [m('=~', '__name__', 'x.*')]],
    ['{"my.metric"}', [m('=', '__name__', 'my.metric')]],
    ['sum', [m('=', '__name__', 'sum')]],
    // Unlike an expression, a bare selector may match everything (the API's match[] checks that itself).
    ['{}', []],
  ])('%s', (input, matchers) => {
    expect(parseMetricSelector(input)).toEqual(matchers);
  });

  it.each([
    ['foo bar', 'unexpected identifier "bar"'],
    ['rate(foo[5m])', 'unexpected "("'],
    ['foo[5m]', 'unexpected "["'],
    ['', 'unexpected end of input'],
    ['{a=~"("}', 'error parsing regexp: missing closing ): `(`'],
  ])('refuses %s', (input, message) => {
    expect(() => parseMetricSelector(input)).toThrow(ParseError);
    expect(() => parseMetricSelector(input)).toThrow(message);
  });
});

describe('series descriptions', () => {
  it.each([
    ['http_requests{job="api-server", instance="0", group="production"}', { __name__: 'http_requests', group: 'production', instance: '0', job: 'api-server' }],
    ['{"http.requests", "service.name"="api-server", instance="0"}', { __name__: 'http.requests', 'service.name': 'api-server', instance: '0' }],
    ['{__name__="x", a="\\u70ac"}', { __name__: 'x', a: '炬' }],
    ['my_metric', { __name__: 'my_metric' }],
    ['my_metric{}', { __name__: 'my_metric' }],
    ['{}', {}],
    ['sum{__name__="ignored"}', { __name__: 'sum' }],
    ['{a="b",}', { a: 'b' }],
  ])('%s', (input, labels) => {
    const parsed = parseSeriesDescription(input);
    expect(parsed).toEqual(labels);
  });

  it('keeps any label name as a plain own property', () => {
    const parsed = parseSeriesDescription('{__proto__="x", constructor="y"}');
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.entries(parsed)).toEqual([['__proto__', 'x'], ['constructor', 'y']]);
  });

  it.each([
    ['{"http.requests"xx}', 'unexpected identifier "xx" in label set, expected "," or "}"'],
    ['{"http.requests"=, x="y"}', 'unexpected "," in label set, expected string'],
    ['{"http.requests}', 'unterminated quoted string'],
    ['{a!="b"}', 'unexpected <op:!=> in label set, expected "="'],
    ['{,}', 'unexpected "," in label set, expected identifier or "}"'],
    ['foo 1 2', 'unexpected number "1"'],
  ])('refuses %s', (input, message) => {
    expect(() => parseSeriesDescription(input)).toThrow(message);
  });

  it('splits a load line into labels and the values after them', () => {
    expect(splitSeriesDescription('  http_requests{job="a b", path="/x\\"y"} 1 2 3')).toEqual({
      labels: { __name__: 'http_requests', job: 'a b', path: '/x"y' },
      values: '1 2 3',
    });
    expect(splitSeriesDescription('{"my.metric", "a.b"="c"}\t0+10x5 _ stale')).toEqual({ labels: { __name__: 'my.metric', 'a.b': 'c' }, values: '0+10x5 _ stale' });
    expect(splitSeriesDescription('metric {{schema:0 sum:1}}x2')).toEqual({ labels: { __name__: 'metric' }, values: '{{schema:0 sum:1}}x2' });
    expect(splitSeriesDescription('{} 3')).toEqual({ labels: {}, values: '3' });
  });
});

describe('Go quoting', () => {
  it.each([
    ['plain', '"plain"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['tab\there\nnl', '"tab\\there\\nnl"'],
    ['\x07\x00\x7f', '"\\a\\x00\\x7f"'],
    ['é☺𝄞', '"é☺𝄞"'],
    ['\u00a0\u200b', '"\\u00a0\\u200b"'],
    ['\udcff', '"\\xff"'],
  ])('quotes %j as %s', (value, quoted) => {
    expect(goQuote(value)).toBe(quoted);
    expect(unquote(quoted)).toBe(value);
  });

  it('formats runes as Go does in messages', () => {
    expect(goQuoteRune(0x27)).toBe("'\\''");
    expect(goQuoteRune(-1)).toBe("'\uFFFD'");
    expect(goUnicode(0x63)).toBe("U+0063 'c'");
    expect(goUnicode(0x0a)).toBe('U+000A');
  });

  it('decodes byte escapes as UTF-8 and keeps invalid bytes visible', () => {
    expect(unquote('"\\xe2\\x98\\xba"')).toBe('☺');
    expect(isWellFormedText(unquote('"\\xe2\\x98"'))).toBe(false);
    expect(unquote("'\\''")).toBe("'");
    expect(unquote('`a\\nb`')).toBe('a\\nb');
  });
});
