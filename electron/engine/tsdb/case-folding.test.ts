import { describe, expect, it } from 'vitest';
import { compileRegex } from './matchers';

describe('RE2 case-insensitive groups in JavaScript', () => {
  it.each([
    ['(?i:PRO).*', 'production', true],
    ['(?i:PRO).*', 'PROduction', true],
    ['PRO(?i:duc).*', 'proDUCtion', false],
    ['PRO(?i:duc).*', 'PRODUCtion', true],
    ['((?i)pro)duction', 'PROduction', true],
    ['((?i)pro)duction', 'PROPRODUCTION', false],
    ['(?i:[a-c]x)', 'BX', true],
    ['(?i:[^a-c])', 'B', false],
    ['(?i:\\.)', '.', true],
    ['a(?i)B', 'ab', true],
    ['a(?i)B', 'Ab', false],
  ])('%s on %j → %s', (pattern, value, matches) => {
    expect(compileRegex(pattern).test(value)).toBe(matches);
  });
});
