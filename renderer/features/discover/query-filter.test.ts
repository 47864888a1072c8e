import { describe, expect, it } from 'vitest';
import { appendFilter, hasTopLevelOr, quoteKql } from './query-filter';

describe('appendFilter', () => {
  const cases: [query: string, field: string, value: string, negate: boolean, expected: string][] = [
    ['', 'log.level', 'error', false, 'log.level:"error"'],
    ['   ', 'log.level', 'error', true, 'not log.level:"error"'],
    ['service.name:checkout', 'log.level', 'error', false, 'service.name:checkout and log.level:"error"'],
    ['service.name:checkout', 'log.level', 'debug', true, 'service.name:checkout and not log.level:"debug"'],
    ['a or b', 'host.name', 'web-1', false, '(a or b) and host.name:"web-1"'],
    ['a OR b and c', 'host.name', 'web-1', false, '(a OR b and c) and host.name:"web-1"'],
    ['status:(500 or 503)', 'host.name', 'web-1', false, 'status:(500 or 503) and host.name:"web-1"'],
    ['message:"timeout or refused"', 'x', 'y', false, 'message:"timeout or refused" and x:"y"'],
    ['color:red and flavor:orange', 'x', 'y', false, 'color:red and flavor:orange and x:"y"'],
    ['not (a or b)', 'x', 'y', false, 'not (a or b) and x:"y"'],
    ['', 'message', 'say "hi" \\o/', false, 'message:"say \\"hi\\" \\\\o/"'],
  ];
  it.each(cases)('%j + %s:%s (negate %s) → %s', (query, field, value, negate, expected) => {
    expect(appendFilter(query, field, value, negate)).toBe(expected);
  });
});

describe('hasTopLevelOr', () => {
  it('ignores an escaped quote inside a quoted value', () => {
    expect(hasTopLevelOr('m:"a \\" or b"')).toBe(false);
    expect(hasTopLevelOr('m:"a \\"" or b')).toBe(true);
  });
  it('needs whitespace on both sides of the keyword', () => {
    expect(hasTopLevelOr('vendor:acme')).toBe(false);
    expect(hasTopLevelOr('a or')).toBe(false);
  });
});

describe('quoteKql', () => {
  it('escapes only backslash and quote', () => {
    expect(quoteKql('a*b:(c)')).toBe('"a*b:(c)"');
    expect(quoteKql('\\"')).toBe('"\\\\\\""');
  });
});
