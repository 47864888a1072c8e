import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KqlNode, KqlValue } from './ast';
import { parseKql } from './parse';

// Expected trees are Kibana's (kbn-es-query ast.test.ts, CONVENTIONS.md §1), in our node shapes.
const lit = (value: string, quoted = false): KqlValue => ({ type: 'literal', value, quoted });
const wild = (...parts: string[]): KqlValue => ({ type: 'wildcard', parts });
const is = (field: string | KqlValue | null, value: string | KqlValue): KqlNode => ({
  type: 'is',
  field: typeof field === 'string' ? lit(field) : field,
  value: typeof value === 'string' ? lit(value) : value,
});
const free = (value: string): KqlNode => is(null, value);
const and = (...children: KqlNode[]): KqlNode => ({ type: 'and', children });
const or = (...children: KqlNode[]): KqlNode => ({ type: 'or', children });
const not = (child: KqlNode): KqlNode => ({ type: 'not', child });
const range = (field: string, op: 'gt' | 'gte' | 'lt' | 'lte', value: string): KqlNode => ({ type: 'range', field: lit(field), op, value: lit(value) });

const AST_CASES: [query: string, ast: KqlNode][] = [
  ['  ', is(wild('', ''), wild('', ''))],
  ['foo', free('foo')],
  ['  foo ', free('foo')],
  ['foo bar', free('foo bar')],
  ['foo and bar', and(free('foo'), free('bar'))],
  ['foo and\u00A0bar', and(free('foo'), free('bar'))],
  ['foo AND bar', and(free('foo'), free('bar'))],
  ['foo or bar', or(free('foo'), free('bar'))],
  ['foo Or bar', or(free('foo'), free('bar'))],
  ['foo and bar and baz', and(free('foo'), free('bar'), free('baz'))],
  ['foo or bar or baz', or(free('foo'), free('bar'), free('baz'))],
  ['not (foo or bar)', not(or(free('foo'), free('bar')))],
  ['NOT foo', not(free('foo'))],
  ['foo or bar and baz or qux', or(free('foo'), and(free('bar'), free('baz')), free('qux'))],
  ['not foo and bar', and(not(free('foo')), free('bar'))],
  ['(foo or bar) and baz', and(or(free('foo'), free('bar')), free('baz'))],
  ['foo:bar', is('foo', 'bar')],
  ['foo : bar', is('foo', 'bar')],
  ['foo:bar baz', is('foo', 'bar baz')],
  ['foo:"bar baz"', is('foo', lit('bar baz', true))],
  ['foo:(bar or baz)', or(is('foo', 'bar'), is('foo', 'baz'))],
  ['foo:((bar or baz) and not qux)', and(or(is('foo', 'bar'), is('foo', 'baz')), not(is('foo', 'qux')))],
  ['foo:(a or b and c)', or(is('foo', 'a'), and(is('foo', 'b'), is('foo', 'c')))],
  ['bytes > 1000 and bytes < 8000', and(range('bytes', 'gt', '1000'), range('bytes', 'lt', '8000'))],
  ['bytes >= 1000 and bytes <= 8000', and(range('bytes', 'gte', '1000'), range('bytes', 'lte', '8000'))],
  ['bytes>1000', range('bytes', 'gt', '1000')],
  ['machine*:osx', is(wild('machine', ''), 'osx')],
  ['foo:ba*', is('foo', wild('ba', ''))],
  ['foo:*', is('foo', wild('', ''))],
  ['foo*bar', is(null, wild('foo', 'bar'))],
  ['nestedField:{ childOfNested: foo }', { type: 'nested', path: lit('nestedField'), child: is('childOfNested', 'foo') }],
  ['"service.name":checkout', is(lit('service.name', true), 'checkout')],
  ['\\\\\\(\\)\\:\\<\\>\\"\\*', free('\\():<>"*')],
  ['"\\\\():<>\\"*"', is(null, lit('\\():<>"*', true))],
  ['foo \\and bar', free('foo and bar')],
  ['\\and', free('and')],
  ['\\u0041bc', free('Abc')],
  ['foo\\tbar', free('foo\tbar')],
  ['"a\\tb"', is(null, lit('a\tb', true))],
  ['"not" and "or"', and(is(null, lit('not', true)), is(null, lit('or', true)))],
  ['true', free('true')],
  ['-4', free('-4')],
  ['cannot', free('cannot')],
  ['foo:"ba\\\\r"', is('foo', lit('ba\\r', true))],
];

describe('parseKql: syntax trees as Kibana builds them', () => {
  it.each(AST_CASES)('%j', (query, ast) => {
    expect(parseKql(query)).toEqual({ ok: true, ast });
  });
});

// Kibana's own messages and offsets (kbn-es-query kuery_syntax_error.test.ts), word for word.
const ERROR_CASES: [query: string, message: string, position: number][] = [
  ['response:', 'Expected "(", "{", value, whitespace but end of input found.', 9],
  ['response:200 or ', 'Expected "(", NOT, field name, value but end of input found.', 16],
  ['response:(200 or )', 'Expected "(", NOT, value but ")" found.', 17],
  ['response:200 and not ', 'Expected "(", field name, value but end of input found.', 21],
  ['response:(200 and not )', 'Expected "(", value but ")" found.', 22],
  ['foo:"ba ', 'Expected "(", "{", value, whitespace but """ found.', 4],
  ['foo:"ba "r"', 'Expected AND, OR, end of input but "r" found.', 9],
  ['foo:ba:r', 'Expected AND, OR, end of input but ":" found.', 6],
  ['foo > ', 'Expected literal, whitespace but end of input found.', 6],
  ['< 1000', 'Expected "(", NOT, end of input, field name, value, whitespace but "<" found.', 0],
];

describe('parseKql: syntax errors', () => {
  it.each(ERROR_CASES)('%j', (query, message, position) => {
    expect(parseKql(query)).toEqual({ ok: false, error: { message, position } });
  });

  it('refuses nesting deeper than 100 levels instead of overflowing the stack', () => {
    const r = parseKql(`${'('.repeat(5000)}a${')'.repeat(5000)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('Query nested too deeply.');
    expect(parseKql(`${'('.repeat(50)}a${')'.repeat(50)}`)).toEqual({ ok: true, ast: free('a') });
  });
});

describe('parseKql: properties', () => {
  const kqlish = fc.stringMatching(/^[a-z.:()"*\\<>={} \t]{0,40}$/);
  const words = fc.array(fc.constantFrom('a', 'b.c', 'and', 'or', 'not', ':', '(', ')', '"', '*', '>', '<=', '\\', ' ', '{', '}', '"x y"'), { maxLength: 20 }).map((xs) => xs.join(' '));

  it('never throws; an error carries an offset within the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), kqlish, words), (text) => {
        const r = parseKql(text);
        if (!r.ok) {
          expect(r.error.position).toBeGreaterThanOrEqual(0);
          expect(r.error.position).toBeLessThanOrEqual(text.length);
          expect(r.error.message).toMatch(/^Expected .+ but .+ found\.$|^Query nested too deeply\.$/s);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores leading whitespace and is insensitive to the case of keywords', () => {
    fc.assert(
      fc.property(words, fc.constantFrom(' ', '\t', '\n '), (text, pad) => {
        const plain = parseKql(text);
        // Trailing whitespace is not neutral: `a and` is the value "a and", `a and ` lacks its right side.
        if (plain.ok) expect(parseKql(pad + text)).toEqual(plain);
        const upper = text.replace(/\b(and|or|not)\b/g, (k) => k.toUpperCase());
        expect(parseKql(upper).ok).toBe(parseKql(text).ok);
      }),
    );
  });
});
