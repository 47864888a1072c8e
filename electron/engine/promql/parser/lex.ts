/**
 * The PromQL lexer (Prometheus's promql/parser/lex.go): one token at a time, on demand, so a bad character
 * is reported only when the parser gets that far. It has three states, as Prometheus's has: expressions,
 * the inside of `{…}` (where keywords are plain label names), and the start of `[…]` (a duration, where a
 * plain number means seconds). Errors are ParseErrors from the offending token to the end of the input.
 */
import { ParseError } from './errors';
import { goQuote, goQuoteRune, goUnicode } from './quote';

export type TokenType =
  | 'EOF' | 'IDENTIFIER' | 'METRIC_IDENTIFIER' | 'NUMBER' | 'DURATION' | 'STRING'
  | 'LEFT_PAREN' | 'RIGHT_PAREN' | 'LEFT_BRACE' | 'RIGHT_BRACE' | 'LEFT_BRACKET' | 'RIGHT_BRACKET'
  | 'COMMA' | 'COLON' | 'EQL' | 'EQL_REGEX' | 'NEQ_REGEX' | 'AT'
  | 'ADD' | 'SUB' | 'MUL' | 'DIV' | 'MOD' | 'POW' | 'ATAN2'
  | 'EQLC' | 'NEQ' | 'LSS' | 'LTE' | 'GTR' | 'GTE' | 'LAND' | 'LOR' | 'LUNLESS'
  | 'AGGREGATOR' | 'BOOL' | 'BY' | 'WITHOUT' | 'ON' | 'IGNORING' | 'GROUP_LEFT' | 'GROUP_RIGHT' | 'OFFSET'
  | 'START' | 'END' | 'STEP' | 'RANGE';

/** A token and where it is: `text` is exactly the input between start and end. */
export type Token = { type: TokenType; text: string; start: number; end: number };

/** Lower-cased words the lexer turns into keyword tokens (elsewhere than inside braces). */
const KEYWORDS = new Map<string, TokenType>([
  ['and', 'LAND'], ['or', 'LOR'], ['unless', 'LUNLESS'], ['atan2', 'ATAN2'],
  ['offset', 'OFFSET'], ['by', 'BY'], ['without', 'WITHOUT'], ['on', 'ON'], ['ignoring', 'IGNORING'],
  ['group_left', 'GROUP_LEFT'], ['group_right', 'GROUP_RIGHT'], ['bool', 'BOOL'],
  ['start', 'START'], ['end', 'END'], ['step', 'STEP'], ['range', 'RANGE'],
  ['inf', 'NUMBER'], ['nan', 'NUMBER'],
  ...['sum', 'avg', 'count', 'min', 'max', 'group', 'stddev', 'stdvar', 'topk', 'bottomk', 'count_values', 'quantile', 'limitk', 'limit_ratio'].map(
    (op) => [op, 'AGGREGATOR'] as const,
  ),
]);

/** Keywords a `[…]` duration may hold (duration expressions, experimental in Prometheus). */
const DURATION_KEYWORDS = new Map<string, TokenType>([['step', 'STEP'], ['range', 'RANGE'], ['min', 'AGGREGATOR'], ['max', 'AGGREGATOR']]);

const SINGLE_CHAR_TOKENS = new Map<string, TokenType>([
  [',', 'COMMA'], ['*', 'MUL'], ['/', 'DIV'], ['%', 'MOD'], ['+', 'ADD'], ['-', 'SUB'], ['^', 'POW'], ['@', 'AT'],
]);

const EOF = -1;
const DIGITS = '0123456789';
const HEX_DIGITS = '0123456789abcdefABCDEF';
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAlpha = (c: number) => c === 0x5f || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isAlphaNumeric = (c: number) => isAlpha(c) || isDigit(c);
/** Go reads invalid UTF-8 as U+FFFD; in a JavaScript string that is U+FFFD itself or a lone surrogate. */
const isInvalidRune = (c: number) => c === 0xfffd || (c >= 0xd800 && c <= 0xdfff);

export class Lexer {
  private pos = 0;
  private parenDepth = 0;
  private braceOpen = false;
  private bracketOpen = false;
  /** Right after `[` (and until the first number in it): only durations and duration arithmetic. */
  private inDurationExpr = false;
  private gotColon = false;
  private gotDuration = false;

  constructor(readonly input: string) {}

  /** The next token; throws ParseError on text that is no token. */
  next(): Token {
    for (;;) {
      const start = this.pos;
      const c = this.cp(start);
      if (c === 0x23 /* # */ && !this.inDurationExpr) {
        while (this.cp(this.pos) !== EOF && this.cp(this.pos) !== 0x0a && this.cp(this.pos) !== 0x0d) this.pos++;
        continue;
      }
      if (isSpace(c)) {
        this.pos++;
        continue;
      }
      if (this.braceOpen) return this.insideBraces(start, c);
      if (this.inDurationExpr) return this.durationExpr(start, c);
      return this.statement(start, c);
    }
  }

  private cp(at: number): number {
    return at < this.input.length ? this.input.codePointAt(at)! : EOF;
  }

  private advance(): number {
    const c = this.cp(this.pos);
    if (c !== EOF) this.pos += c > 0xffff ? 2 : 1;
    return c;
  }

  private token(type: TokenType, start: number): Token {
    return { type, text: this.input.slice(start, this.pos), start, end: this.pos };
  }

  private error(message: string, start: number): ParseError {
    return new ParseError(message, { start, end: this.input.length }, this.input);
  }

  private accept(valid: string): boolean {
    const c = this.cp(this.pos);
    if (c !== EOF && valid.includes(String.fromCodePoint(c))) {
      this.pos += c > 0xffff ? 2 : 1;
      return true;
    }
    return false;
  }

  private is(valid: string): boolean {
    const c = this.cp(this.pos);
    return c !== EOF && valid.includes(String.fromCodePoint(c));
  }

  private statement(start: number, c: number): Token {
    if (c === EOF) {
      if (this.parenDepth !== 0) throw this.error('unclosed left parenthesis', start);
      if (this.bracketOpen) throw this.error('unclosed left bracket', start);
      return this.token('EOF', start);
    }
    this.advance();
    const ch = String.fromCodePoint(c);
    const single = SINGLE_CHAR_TOKENS.get(ch);
    if (single) return this.token(single, start);
    switch (ch) {
      case '=':
        if (this.accept('=')) return this.token('EQLC', start);
        if (this.is('~')) throw this.error(`unexpected character after '=': ${goQuoteRune(0x7e)}`, start);
        return this.token('EQL', start);
      case '!': {
        const next = this.advance();
        if (next !== 0x3d) throw this.error(`unexpected character after '!': ${goQuoteRune(next)}`, start);
        return this.token('NEQ', start);
      }
      case '<':
        return this.token(this.accept('=') ? 'LTE' : 'LSS', start);
      case '>':
        return this.token(this.accept('=') ? 'GTE' : 'GTR', start);
      case '"':
      case "'":
        return this.quotedString(start, c);
      case '`':
        return this.rawString(start);
      case '(':
        this.parenDepth++;
        return this.token('LEFT_PAREN', start);
      case ')':
        if (--this.parenDepth < 0) throw this.error(`unexpected right parenthesis ${goQuoteRune(c)}`, this.pos);
        return this.token('RIGHT_PAREN', start);
      case '{':
        this.braceOpen = true;
        return this.token('LEFT_BRACE', start);
      case '[':
        if (this.bracketOpen) throw this.error(`unexpected left bracket ${goQuoteRune(c)}`, start);
        this.bracketOpen = true;
        this.inDurationExpr = true;
        this.gotColon = false;
        this.gotDuration = false;
        return this.token('LEFT_BRACKET', start);
      case ']':
        if (!this.bracketOpen) throw this.error(`unexpected right bracket ${goQuoteRune(c)}`, start);
        this.bracketOpen = false;
        return this.token('RIGHT_BRACKET', start);
    }
    if (isDigit(c) || (c === 0x2e && isDigit(this.cp(this.pos)))) {
      this.pos = start;
      return this.numberOrDuration(start);
    }
    if (isAlpha(c) || c === 0x3a /* : */) {
      if (!this.bracketOpen) return this.keywordOrIdentifier(start);
      // Inside `[…]` after the range: the subquery colon, or a keyword of a duration expression.
      if (c === 0x3a) {
        if (this.gotColon) throw this.error(`unexpected colon ${goQuoteRune(c)}`, start);
        this.gotColon = true;
        return this.token('COLON', start);
      }
      if ('sSmM'.includes(ch)) {
        const keyword = this.durationKeyword(start);
        if (keyword) return keyword;
      }
      throw this.error(`unexpected character: ${goQuoteRune(c)}, expected ${goQuoteRune(0x3a)}`, start);
    }
    throw this.error(`unexpected character: ${goQuoteRune(c)}`, start);
  }

  private insideBraces(start: number, c: number): Token {
    if (c === EOF) throw this.error('unexpected end of input inside braces', start);
    if (isAlpha(c)) {
      while (isAlphaNumeric(this.cp(this.pos))) this.pos++;
      return this.token('IDENTIFIER', start);
    }
    this.advance();
    switch (String.fromCodePoint(c)) {
      case ',':
        return this.token('COMMA', start);
      case '"':
      case "'":
        return this.quotedString(start, c);
      case '`':
        return this.rawString(start);
      case '=':
        return this.token(this.accept('~') ? 'EQL_REGEX' : 'EQL', start);
      case '!': {
        const next = this.advance();
        if (next === 0x7e) return this.token('NEQ_REGEX', start);
        if (next === 0x3d) return this.token('NEQ', start);
        throw this.error(`unexpected character after '!' inside braces: ${goQuoteRune(next)}`, start);
      }
      case '{':
        throw this.error(`unexpected left brace ${goQuoteRune(c)}`, start);
      case '}':
        this.braceOpen = false;
        return this.token('RIGHT_BRACE', start);
    }
    throw this.error(`unexpected character inside braces: ${goQuoteRune(c)}`, start);
  }

  private durationExpr(start: number, c: number): Token {
    if (c === EOF) throw this.error('unexpected end of input in duration expression', start);
    if (isDigit(c) || (c === 0x2e && isDigit(this.cp(this.pos + 1)))) {
      this.gotDuration = true;
      this.inDurationExpr = false;
      return this.numberOrDuration(start);
    }
    this.advance();
    const ch = String.fromCodePoint(c);
    const single = ch === '@' ? undefined : SINGLE_CHAR_TOKENS.get(ch);
    if (single) return this.token(single, start);
    switch (ch) {
      case ']':
        this.bracketOpen = false;
        this.inDurationExpr = false;
        return this.token('RIGHT_BRACKET', start);
      case ':':
        if (!this.gotDuration) throw this.error('unexpected colon before duration in duration expression', this.pos);
        if (this.gotColon) throw this.error('unexpected repeated colon in duration expression', this.pos);
        this.gotColon = true;
        return this.token('COLON', start);
      case '(':
        this.parenDepth++;
        return this.token('LEFT_PAREN', start);
      case ')':
        if (--this.parenDepth < 0) throw this.error(`unexpected right parenthesis ${goQuoteRune(c)}`, this.pos);
        return this.token('RIGHT_PAREN', start);
    }
    if ('sSmMrR'.includes(ch)) {
      const keyword = this.durationKeyword(start);
      if (keyword) return keyword;
    }
    throw this.error(`unexpected character in duration expression: ${goQuoteRune(c)}`, start);
  }

  /** `step`, `range`, `min` or `max` (any case) inside brackets; the first letter is already read. */
  private durationKeyword(start: number): Token | undefined {
    while (isAlpha(this.cp(this.pos))) this.pos++;
    const type = DURATION_KEYWORDS.get(this.input.slice(start, this.pos).toLowerCase());
    return type ? this.token(type, start) : undefined;
  }

  private keywordOrIdentifier(start: number): Token {
    while (isAlphaNumeric(this.cp(this.pos)) || this.cp(this.pos) === 0x3a) this.pos++;
    const word = this.input.slice(start, this.pos);
    const keyword = KEYWORDS.get(word.toLowerCase());
    if (keyword) return this.token(keyword, start);
    return this.token(word.includes(':') ? 'METRIC_IDENTIFIER' : 'IDENTIFIER', start);
  }

  private numberOrDuration(start: number): Token {
    if (this.scanNumber()) return this.token('NUMBER', start);
    if (this.scanDurationRest()) return this.token('DURATION', start);
    throw this.error(`bad number or duration syntax: ${goQuote(this.input.slice(start, this.pos))}`, start);
  }

  /**
   * Decimal, hexadecimal and float syntax (with `_` between digits), as lex.go's scanNumber: true if a
   * number ends here; false (having consumed the text it read) if letters follow, as in `5m` or `0de`.
   */
  private scanNumber(): boolean {
    const initial = this.pos;
    let digits = DIGITS;
    if (this.accept('0') && this.accept('xX')) {
      this.accept('_');
      digits = HEX_DIGITS;
    }
    this.accept('.');
    this.accept(digits);
    let sawDot = false;
    let sawExponent = false;
    while (this.is(`${digits}._eE`)) {
      if (this.is('.') && sawDot) return this.accept('.') && false;
      if (this.is('eE') && sawExponent) return this.accept('eE') && false;
      if (this.accept('.')) {
        sawDot = true;
        if (this.accept('_.') || digits === HEX_DIGITS) return false;
      } else if (this.accept('eE')) {
        sawExponent = true;
        this.accept('+-');
        if (this.accept('._eE') || this.cp(this.pos) === EOF) return false;
      } else if (this.accept('_')) {
        if (this.accept('._eE') || this.cp(this.pos) === EOF) return false;
      } else {
        while (this.accept(digits));
      }
    }
    return this.pos !== initial && !isAlphaNumeric(this.cp(this.pos));
  }

  /** After the digits of a duration: unit letters (`5m`, `1h30m`, `250ms`), then no letter or digit. */
  private scanDurationRest(): boolean {
    if (!this.accept('smhdwy')) return false;
    this.accept('s');
    while (this.accept(DIGITS)) {
      while (this.accept(DIGITS));
      // `y` may only come first.
      if (!this.accept('smhdw')) return false;
      this.accept('s');
    }
    if (isAlphaNumeric(this.cp(this.pos))) {
      this.advance();
      return false;
    }
    return true;
  }

  /** A "…" or '…' string with Go escapes; the opening quote is already read. */
  private quotedString(start: number, quote: number): Token {
    for (;;) {
      const c = this.advance();
      if (c === 0x5c) this.escape(start, quote);
      else if (c === EOF || c === 0x0a) throw this.error('unterminated quoted string', start);
      else if (isInvalidRune(c)) throw this.error('invalid UTF-8 rune', start);
      else if (c === quote) return this.token('STRING', start);
    }
  }

  /** One escape sequence after a backslash (lex.go's lexEscape, adapted from go/scanner). */
  private escape(start: number, quote: number): void {
    let c = this.advance();
    let count: number;
    let base: number;
    let max: number;
    if (c === quote || (c !== EOF && 'abfnrtv\\'.includes(String.fromCodePoint(c)))) return;
    if (c >= 0x30 && c <= 0x37) [count, base, max] = [3, 8, 255];
    else if (c === 0x78 /* x */) [count, base, max, c] = [2, 16, 255, this.advance()];
    else if (c === 0x75 /* u */) [count, base, max, c] = [4, 16, 0x10ffff, this.advance()];
    else if (c === 0x55 /* U */) [count, base, max, c] = [8, 16, 0x10ffff, this.advance()];
    else if (c === EOF) throw this.error('escape sequence not terminated', start);
    else throw this.error(`unknown escape sequence ${goUnicode(c)}`, start);
    let value = 0;
    for (;;) {
      if (c === EOF) throw this.error('escape sequence not terminated', start);
      const digit = HEX_DIGITS.indexOf(String.fromCodePoint(c));
      const d = digit >= 16 ? digit - 6 : digit;
      if (digit < 0 || d >= base) throw this.error(`illegal character ${goUnicode(c)} in escape sequence`, start);
      value = value * base + d;
      if (--count === 0) break;
      c = this.advance();
    }
    if (value > max || (value >= 0xd800 && value < 0xe000)) throw this.error('escape sequence is an invalid Unicode code point', start);
  }

  private rawString(start: number): Token {
    for (;;) {
      const c = this.advance();
      if (c === EOF) throw this.error('unterminated raw string', start);
      if (isInvalidRune(c)) throw this.error('invalid UTF-8 rune', start);
      if (c === 0x60) return this.token('STRING', start);
    }
  }
}
