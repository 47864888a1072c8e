import { describe, expect, it } from 'vitest';
import { ParseError } from './errors';
import { Lexer } from './lex';
import type { Token } from './lex';

function lex(input: string): [string, string][] {
  const lexer = new Lexer(input);
  const out: [string, string][] = [];
  for (let t: Token = lexer.next(); t.type !== 'EOF'; t = lexer.next()) out.push([t.type, t.text]);
  return out;
}

/** Input and the tokens it lexes to (after Prometheus's lex_test.go). */
const TOKENS: [input: string, tokens: [string, string][]][] = [
  // Punctuation and operators.
  [',', [['COMMA', ',']]],
  ['()', [['LEFT_PAREN', '('], ['RIGHT_PAREN', ')']]],
  ['{}', [['LEFT_BRACE', '{'], ['RIGHT_BRACE', '}']]],
  ['[5m]', [['LEFT_BRACKET', '['], ['DURATION', '5m'], ['RIGHT_BRACKET', ']']]],
  ['[ 5m]', [['LEFT_BRACKET', '['], ['DURATION', '5m'], ['RIGHT_BRACKET', ']']]],
  ['[5m:3s]', [['LEFT_BRACKET', '['], ['DURATION', '5m'], ['COLON', ':'], ['DURATION', '3s'], ['RIGHT_BRACKET', ']']]],
  ['[5]', [['LEFT_BRACKET', '['], ['NUMBER', '5'], ['RIGHT_BRACKET', ']']]],
  ['[-5m]', [['LEFT_BRACKET', '['], ['SUB', '-'], ['DURATION', '5m'], ['RIGHT_BRACKET', ']']]],
  ['[step()]', [['LEFT_BRACKET', '['], ['STEP', 'step'], ['LEFT_PAREN', '('], ['RIGHT_PAREN', ')'], ['RIGHT_BRACKET', ']']]],
  ['\r\n\r', []],
  ['=', [['EQL', '=']]],
  ['==', [['EQLC', '==']]],
  ['!=', [['NEQ', '!=']]],
  ['<', [['LSS', '<']]],
  ['>=', [['GTE', '>=']]],
  ['+-*/%^', [['ADD', '+'], ['SUB', '-'], ['MUL', '*'], ['DIV', '/'], ['MOD', '%'], ['POW', '^']]],
  ['@', [['AT', '@']]],
  ['AND Or unless atan2', [['LAND', 'AND'], ['LOR', 'Or'], ['LUNLESS', 'unless'], ['ATAN2', 'atan2']]],
  // Numbers and durations.
  ['1', [['NUMBER', '1']]],
  ['4.23', [['NUMBER', '4.23']]],
  ['.3', [['NUMBER', '.3']]],
  ['5.', [['NUMBER', '5.']]],
  ['NaN nAN Inf inF', [['NUMBER', 'NaN'], ['NUMBER', 'nAN'], ['NUMBER', 'Inf'], ['NUMBER', 'inF']]],
  ['+Inf', [['ADD', '+'], ['NUMBER', 'Inf']]],
  ['0x123', [['NUMBER', '0x123']]],
  ['1e3 1E-3 2.5e+10', [['NUMBER', '1e3'], ['NUMBER', '1E-3'], ['NUMBER', '2.5e+10']]],
  ['1_000_000', [['NUMBER', '1_000_000']]],
  ['5s 123m 1h 3w 1y 250ms', [['DURATION', '5s'], ['DURATION', '123m'], ['DURATION', '1h'], ['DURATION', '3w'], ['DURATION', '1y'], ['DURATION', '250ms']]],
  ['1h30m 1y2w3d4h5m6s7ms', [['DURATION', '1h30m'], ['DURATION', '1y2w3d4h5m6s7ms']]],
  // Strings.
  ['"test\\tsequence"', [['STRING', '"test\\tsequence"']]],
  ["'\"'", [['STRING', `'"'`]]],
  ['`test\\.expression`', [['STRING', '`test\\.expression`']]],
  ['"\\u00e9\\x41\\101"', [['STRING', '"\\u00e9\\x41\\101"']]],
  // Identifiers and keywords.
  ['abc d123 _x', [['IDENTIFIER', 'abc'], ['IDENTIFIER', 'd123'], ['IDENTIFIER', '_x']]],
  ['a:bc :bc', [['METRIC_IDENTIFIER', 'a:bc'], ['METRIC_IDENTIFIER', ':bc']]],
  ['offset by without on ignoring group_left group_right bool', [
    ['OFFSET', 'offset'], ['BY', 'by'], ['WITHOUT', 'without'], ['ON', 'on'], ['IGNORING', 'ignoring'],
    ['GROUP_LEFT', 'group_left'], ['GROUP_RIGHT', 'group_right'], ['BOOL', 'bool'],
  ]],
  ['sum AVG count_values limitk', [['AGGREGATOR', 'sum'], ['AGGREGATOR', 'AVG'], ['AGGREGATOR', 'count_values'], ['AGGREGATOR', 'limitk']]],
  ['start end step range', [['START', 'start'], ['END', 'end'], ['STEP', 'step'], ['RANGE', 'range']]],
  // Inside braces keywords are label names; the matching operators.
  ['{offset="a", by!="b", x=~"c", y!~"d"}', [
    ['LEFT_BRACE', '{'], ['IDENTIFIER', 'offset'], ['EQL', '='], ['STRING', '"a"'], ['COMMA', ','],
    ['IDENTIFIER', 'by'], ['NEQ', '!='], ['STRING', '"b"'], ['COMMA', ','],
    ['IDENTIFIER', 'x'], ['EQL_REGEX', '=~'], ['STRING', '"c"'], ['COMMA', ','],
    ['IDENTIFIER', 'y'], ['NEQ_REGEX', '!~'], ['STRING', '"d"'], ['RIGHT_BRACE', '}'],
  ]],
  ['test_name{on!~"bar"}[4m:4s]', [
    ['IDENTIFIER', 'test_name'], ['LEFT_BRACE', '{'], ['IDENTIFIER', 'on'], ['NEQ_REGEX', '!~'], ['STRING', '"bar"'], ['RIGHT_BRACE', '}'],
    ['LEFT_BRACKET', '['], ['DURATION', '4m'], ['COLON', ':'], ['DURATION', '4s'], ['RIGHT_BRACKET', ']'],
  ]],
  // Comments run to the end of the line.
  ['# some comment', []],
  ['5 # 1+1\n5', [['NUMBER', '5'], ['NUMBER', '5']]],
  ['{a="b" # c\n}', [['LEFT_BRACE', '{'], ['IDENTIFIER', 'a'], ['EQL', '='], ['STRING', '"b"'], ['RIGHT_BRACE', '}']]],
];

describe('Lexer', () => {
  it.each(TOKENS)('%j', (input, tokens) => {
    expect(lex(input)).toEqual(tokens);
  });

  it('gives each token its exact span of the input', () => {
    const lexer = new Lexer('  foo{a="ü"} + 1');
    expect(lexer.next()).toEqual({ type: 'IDENTIFIER', text: 'foo', start: 2, end: 5 });
    lexer.next();
    lexer.next();
    lexer.next();
    expect(lexer.next()).toEqual({ type: 'STRING', text: '"ü"', start: 8, end: 11 });
  });

  it.each([
    ['=~', "unexpected character after '=': '~'"],
    ['!', "unexpected character after '!': '\uFFFD'"],
    ['{a=b!}', "unexpected character after '!' inside braces: '}'"],
    ['{{', "unexpected left brace '{'"],
    ['[[', "unexpected character in duration expression: '['"],
    ['[5m[', "unexpected left bracket '['"],
    ['[5m::]', 'unexpected colon \':\''],
    ['[:5m]', 'unexpected colon before duration in duration expression'],
    ['[x]', "unexpected character in duration expression: 'x'"],
    ['1a', 'bad number or duration syntax: "1"'],
    ['0x1.5', 'bad number or duration syntax: "0x1."'],
    ['1e', 'bad number or duration syntax: "1e"'],
    ['1w2y', 'bad number or duration syntax: "1w2"'],
    ['"\\U0011FFFF"', 'escape sequence is an invalid Unicode code point'],
    ['"a\nb"', 'unterminated quoted string'],
    ['é', "unexpected character: 'é'"],
    ['\u0000', "unexpected character: '\\x00'"],
  ])('refuses %j', (input, message) => {
    expect(() => lex(input)).toThrow(ParseError);
    expect(() => lex(input)).toThrow(message);
  });
});
