import { describe, expect, it } from 'vitest';
import { compileAnchoredRegex, RegexError } from './re2';

/** Pattern, values it must match in full, values it must not (RE2 semantics with Prometheus's flags). */
const MATCHES: [pattern: string, yes: string[], no: string[]][] = [
  ['abc', ['abc'], ['ab', 'abcd', 'xabc', 'ABC']],
  ['a.c', ['abc', 'a\nc'], ['ac']],
  ['(?-s)a.c', ['abc'], ['a\nc']],
  ['.*', ['', 'anything\nat all'], []],
  ['a|b', ['a', 'b'], ['ab']],
  ['(?i)abc', ['abc', 'ABC', 'aBc'], ['abd']],
  ['(?i:PRO).*', ['production', 'PROD'], ['xpro']],
  ['.*((?i)TION)', ['production', 'PRODUCTION'], ['productio']],
  ['x(?i)y|z', ['xy', 'xY', 'Z'], ['Xy']],
  ['(?i)[a-c]x', ['Bx', 'cX'], ['dx']],
  ['(?i)k', ['k', 'K', '\u212a'], ['x']],
  ['\\d+', ['0123'], ['12a', '', '١']],
  ['\\w+', ['a_Z9'], ['a-b', 'é']],
  ['\\s', [' ', '\t', '\n', '\f', '\r'], ['\v', '\u00a0']],
  ['\\S+', ['ab\u00a0'], ['a b']],
  ['[\\D]', ['a'], ['1']],
  ['[^a-c]', ['d', '\n'], ['b']],
  ['[[:alpha:]]+', ['abcXYZ'], ['ab1']],
  ['[[:^digit:]]', ['x'], ['5']],
  ['[]a]', [']', 'a'], ['b']],
  ['[a-]', ['a', '-'], ['b']],
  ['\\pL+', ['héllo'], ['h3']],
  ['\\p{Greek}+', ['αβγ'], ['abc']],
  ['\\P{Greek}', ['a'], ['α']],
  ['\\p{^Greek}', ['a'], ['α']],
  ['\\Q.*+\\E', ['.*+'], ['abc']],
  ['a{2,3}', ['aa', 'aaa'], ['a', 'aaaa']],
  ['a{2}', ['aa'], ['aaa']],
  ['a{2,}', ['aaaaa'], ['a']],
  ['x{,3}', ['x{,3}'], ['xxx']],
  ['a{01}', ['a{01}'], ['a']],
  ['a*?b', ['aab'], ['aa']],
  ['\\x41\\x{263a}\\101\\0', ['A☺A\0'], ['A']],
  ['\\.\\-\\_\\/', ['.-_/'], []],
  ['\\t\\n', ['\t\n'], []],
  ['(?m)^a$', [], ['a\nb']],
  ['(?m)(?:^a$\\n?)+', ['a\na'], []],
  ['^abc$', ['abc'], []],
  ['\\Aabc\\z', ['abc'], []],
  ['\\bx\\b', ['x'], []],
  ['(?P<name>a)(?<other>b)(c)', ['abc'], []],
  ['(?:)', [''], ['a']],
  ['^*a', ['a'], []],
  ['(?U)a+', ['aaa'], []],
  ['(?i)straße', ['STRAßE', 'straße'], []],
];

describe('compileAnchoredRegex', () => {
  it.each(MATCHES)('%s', (pattern, yes, no) => {
    const re = compileAnchoredRegex(pattern);
    for (const value of yes) expect(re.test(value), `${pattern} should match ${JSON.stringify(value)}`).toBe(true);
    for (const value of no) expect(re.test(value), `${pattern} should not match ${JSON.stringify(value)}`).toBe(false);
  });

  it('keeps capture groups numbered as RE2 numbers them, names included', () => {
    const match = compileAnchoredRegex('(?P<first>a)(b)(?<third>c)').exec('abc');
    expect([...match!]).toEqual(['abc', 'a', 'b', 'c']);
    expect(match!.groups).toEqual({ first: 'a', third: 'c' });
  });

  it.each([
    ['(', 'missing closing ): `(`'],
    ['(a', 'missing closing ): `(a`'],
    ['a)', 'unexpected ): `a)`'],
    ['[a', 'missing closing ]: `[a`'],
    ['x[]', 'missing closing ]: `[]`'],
    ['[z-a]', 'invalid character class range: `z-a`'],
    ['[[:foo:]]', 'invalid character class range: `[:foo:]`'],
    ['\\p{Foo}', 'invalid character class range: `\\p{Foo}`'],
    ['*', 'missing argument to repetition operator: `*`'],
    ['a|*', 'missing argument to repetition operator: `*`'],
    ['a**', 'invalid nested repetition operator: `**`'],
    ['a*?+', 'invalid nested repetition operator: `*?+`'],
    ['a{2}{3}', 'invalid nested repetition operator: `{2}{3}`'],
    ['a{1001}', 'invalid repeat count: `{1001}`'],
    ['a{3,2}', 'invalid repeat count: `{3,2}`'],
    ['(a{100}){20}', 'invalid repeat count: `{20}`'],
    ['(?=x)', 'invalid or unsupported Perl syntax: `(?=`'],
    ['(?!x)', 'invalid or unsupported Perl syntax: `(?!`'],
    ['(?-)', 'invalid or unsupported Perl syntax: `(?-)`'],
    ['(?P=x)', 'invalid or unsupported Perl syntax: `(?P`'],
    ['(?<=x)', 'invalid named capture: `(?<=x)`'],
    ['(?P<a-b>x)', 'invalid named capture: `(?P<a-b>`'],
    ['\\1', 'invalid escape sequence: `\\1`'],
    ['\\Z', 'invalid escape sequence: `\\Z`'],
    ['\\xZ1', 'invalid escape sequence: `\\xZ1`'],
    ['[\\b]', 'invalid escape sequence: `\\b`'],
    ['a\\', 'trailing backslash at end of expression: ``'],
  ])('refuses %s as RE2 does', (pattern, message) => {
    expect(() => compileAnchoredRegex(pattern)).toThrow(RegexError);
    expect(() => compileAnchoredRegex(pattern)).toThrow(`error parsing regexp: ${message}`);
  });
});
