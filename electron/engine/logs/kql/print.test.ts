import { describe, expect, it } from 'vitest';
import { parseKql } from './parse';
import { printKql } from './print';

function print(query: string) {
  const parsed = parseKql(query);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return printKql(parsed.ast);
}

describe('printKql', () => {
  it.each([
    ['foo:bar', 'foo: bar'],
    ['not foo and bar', '(NOT foo AND bar)'],
    ['bytes >= 10', 'bytes >= 10'],
    ['foo:ba*', 'foo: ba*'],
    ['"a:b"', '"a:b"'],
    ['a\\:b', 'a\\:b'],
    ['foo \\and bar', 'foo \\and bar'],
    ['can\\u006eot x', 'can\\u006eot x'],
    ['\\NOT x', '\\u004eOT x'],
    ['"say \\"hi\\""', '"say \\"hi\\""'],
    ['items:{ name:banana and stock > 10 }', 'items: { (name: banana AND stock > 10) }'],
  ])('%j → %j', (query, printed) => {
    expect(print(query)).toBe(printed);
  });

  it.each(['foo:bar', 'a\\:b', 'foo \\and bar', 'can\\u006eot x', '\\NOT x', '"x\\ty"', 'x\\ty', 'f*:(a or not b*c)', 'p:{ q:{ r < 3 } }'])('%j parses back to the same tree', (query) => {
    expect(parseKql(print(query))).toEqual(parseKql(query));
  });
});
