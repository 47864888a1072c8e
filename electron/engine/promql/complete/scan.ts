/**
 * A lexer pass that never gives up: the parser's own Lexer, restarted after each character it rejects, so the
 * editor can colour and complete text that is still being typed. Whitespace and comments (which the Lexer
 * skips) come back as gaps; an unterminated string runs to the end of its line.
 */
import { Lexer } from '../parser/lex';
import type { Token, TokenType } from '../parser/lex';

export type ScannedType = TokenType | 'SPACE' | 'COMMENT' | 'BAD' | 'OPEN_STRING';
/** A piece of the input: `text` is exactly input.slice(start, end); pieces cover the input with no gap. */
export type Scanned = { type: ScannedType; text: string; start: number; end: number };

const QUOTES = `"'\``;

/** Splits skipped text (whitespace and `#` comments) into SPACE and COMMENT pieces. */
function gapPieces(input: string, from: number, to: number): Scanned[] {
  const pieces: Scanned[] = [];
  let at = from;
  while (at < to) {
    const start = at;
    if (input[at] === '#') {
      while (at < to && input[at] !== '\n' && input[at] !== '\r') at++;
      pieces.push({ type: 'COMMENT', text: input.slice(start, at), start, end: at });
    } else {
      while (at < to && input[at] !== '#') at++;
      pieces.push({ type: 'SPACE', text: input.slice(start, at), start, end: at });
    }
  }
  return pieces;
}

/** Where the next token would start: past whitespace and comments (a `#` inside `[` is not a comment, but close enough). */
function skipGap(input: string, from: number): number {
  let at = from;
  while (at < input.length) {
    const c = input[at];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') at++;
    else if (c === '#') while (at < input.length && input[at] !== '\n' && input[at] !== '\r') at++;
    else break;
  }
  return at;
}

/** Where a string opened at `open` ends: after its closing quote, or (never closed) at the end of its line. */
export function stringEnd(input: string, open: number): { stop: number; closed: boolean } {
  const quote = input[open];
  let at = open + 1;
  while (at < input.length) {
    const c = input[at];
    if (c === quote) return { stop: at + 1, closed: true };
    if (quote !== '`' && (c === '\n' || c === '\r')) break;
    at += quote !== '`' && c === '\\' ? 2 : 1;
  }
  return { stop: Math.min(at, input.length), closed: false };
}

/**
 * Tokens of `input`, tolerant of errors: every rejected character becomes a BAD piece (an unterminated string
 * an OPEN_STRING piece) and lexing resumes after it, inside braces again if it stopped inside braces.
 */
export function scan(input: string): Scanned[] {
  const out: Scanned[] = [];
  let resumeAt = 0;
  let braceDepth = 0;
  while (resumeAt < input.length) {
    // Restarting inside braces: prefix a synthetic `{` (offset -1) and drop its token, so the Lexer is in brace state.
    const inBraces = braceDepth > 0;
    const source = inBraces ? '{' + input.slice(resumeAt) : input.slice(resumeAt);
    const offset = inBraces ? resumeAt - 1 : resumeAt;
    const lexer = new Lexer(source);
    let lastEnd = resumeAt;
    let skipFirst = inBraces;
    let failed = false;
    for (;;) {
      let token: Token;
      try {
        token = lexer.next();
      } catch {
        failed = true;
        break;
      }
      if (token.type === 'EOF') break;
      if (skipFirst) {
        skipFirst = false;
        continue;
      }
      const start = token.start + offset;
      const end = token.end + offset;
      out.push(...gapPieces(input, lastEnd, start));
      out.push({ type: token.type, text: input.slice(start, end), start, end });
      if (token.type === 'LEFT_BRACE') braceDepth = 1;
      if (token.type === 'RIGHT_BRACE') braceDepth = 0;
      lastEnd = end;
    }
    if (!failed) {
      out.push(...gapPieces(input, lastEnd, input.length));
      return out;
    }
    const bad = skipGap(input, lastEnd);
    out.push(...gapPieces(input, lastEnd, bad));
    if (bad >= input.length) return out;
    if (QUOTES.includes(input[bad]!)) {
      const { stop, closed } = stringEnd(input, bad);
      // A string with a bad escape is closed yet rejected: mark it bad; one never closed is still being typed.
      out.push({ type: closed ? 'BAD' : 'OPEN_STRING', text: input.slice(bad, stop), start: bad, end: stop });
      resumeAt = stop;
    } else {
      const width = (input.codePointAt(bad) ?? 0) > 0xffff ? 2 : 1;
      out.push({ type: 'BAD', text: input.slice(bad, bad + width), start: bad, end: bad + width });
      if (input[bad] === '}') braceDepth = 0;
      if (input[bad] === '{') braceDepth = 1;
      resumeAt = bad + width;
    }
  }
  return out;
}
