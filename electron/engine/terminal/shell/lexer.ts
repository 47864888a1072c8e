import type { SyntaxError, Word, WordPart } from './ast';

/** Control and redirection operators, longest first so `&&` wins over `&` and `>>` over `>`. */
const OPERATORS = ['&>>', '<<<', '&&', '||', '|&', ';;', '&>', '>>', '>&', '>|', '<<', '<&', '<>', '|', '&', ';', '<', '>', '(', ')'] as const;

export type Operator = (typeof OPERATORS)[number] | 'newline';

export type Token = { kind: 'word'; word: Word } | { kind: 'op'; op: Operator; pos: number; fd?: number };

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const SPECIAL_PARAMS = '?$#!@*-0123456789';

/** The offset of the `)` closing a `$(` whose body starts at `from`, skipping quotes and nested parentheses. */
function closingParen(line: string, from: number): number {
  let depth = 1;
  for (let i = from; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\') i++;
    else if (c === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) return -1;
      i = close;
    } else if (c === '"') {
      for (i++; i < line.length && line[i] !== '"'; i++) if (line[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The offset of the backquote closing one opened at `open`, or -1. */
function closingBackquote(line: string, open: number): number {
  for (let i = open + 1; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '`') return i;
  }
  return -1;
}

/** Splits a command line into words and operators, keeping quoting so expansion knows what to split. */
export function lex(line: string): { ok: true; tokens: Token[] } | { ok: false; error: SyntaxError } {
  const tokens: Token[] = [];
  let parts: WordPart[] = [];
  let start = -1;
  let i = 0;

  const text = (t: string, quoted: boolean) => {
    const last = parts[parts.length - 1];
    if (last?.kind === 'text' && last.quoted === quoted) last.text += t;
    else parts.push({ kind: 'text', text: t, quoted });
  };
  const begin = () => {
    if (start < 0) start = i;
  };
  const finish = () => {
    if (start < 0) return;
    tokens.push({ kind: 'word', word: { parts, pos: start, raw: line.slice(start, i) } });
    parts = [];
    start = -1;
  };
  /** Reads a `$…` expansion at i (pointing at `$`); returns false when the `$` is literal. */
  const dollar = (quoted: boolean): SyntaxError | boolean => {
    const next = line[i + 1];
    if (next === '(') {
      const close = closingParen(line, i + 2);
      if (close < 0) return { message: "unexpected EOF while looking for matching `)'", pos: i };
      parts.push({ kind: 'command', source: line.slice(i + 2, close), quoted });
      i = close + 1;
      return true;
    }
    if (next === '{') {
      const close = line.indexOf('}', i + 2);
      if (close < 0) return { message: "unexpected EOF while looking for matching `}'", pos: i };
      const name = line.slice(i + 2, close);
      const valid = /^(?:[A-Za-z_][A-Za-z0-9_]*|[?$#!@*0-9-])$/.test(name);
      parts.push({ kind: 'param', name, quoted, ...(valid ? {} : { bad: true }) });
      i = close + 1;
      return true;
    }
    if (next !== undefined && SPECIAL_PARAMS.includes(next)) {
      parts.push({ kind: 'param', name: next, quoted });
      i += 2;
      return true;
    }
    if (next !== undefined && NAME_START.test(next)) {
      let end = i + 2;
      while (end < line.length && NAME_CHAR.test(line[end]!)) end++;
      parts.push({ kind: 'param', name: line.slice(i + 1, end), quoted });
      i = end;
      return true;
    }
    return false;
  };

  /** Reads a `` `…` `` substitution at i; its body is the text between, with `\\` escapes removed as bash does. */
  const backquote = (quoted: boolean): SyntaxError | undefined => {
    const close = closingBackquote(line, i);
    if (close < 0) return { message: "unexpected EOF while looking for matching ``'", pos: i };
    parts.push({ kind: 'command', source: line.slice(i + 1, close).replace(/\\([$`\\])/g, '$1'), quoted });
    i = close + 1;
    return undefined;
  };

  while (i < line.length) {
    const ch = line[i]!;
    if (ch === ' ' || ch === '\t') {
      finish();
      i++;
    } else if (ch === '\n') {
      finish();
      tokens.push({ kind: 'op', op: 'newline', pos: i });
      i++;
    } else if (ch === '#' && start < 0) {
      while (i < line.length && line[i] !== '\n') i++;
    } else if (ch === "'") {
      begin();
      const close = line.indexOf("'", i + 1);
      if (close < 0) return { ok: false, error: { message: "unexpected EOF while looking for matching `''", pos: i } };
      text(line.slice(i + 1, close), true);
      i = close + 1;
    } else if (ch === '"') {
      begin();
      const open = i++;
      text('', true);
      for (;;) {
        if (i >= line.length) return { ok: false, error: { message: 'unexpected EOF while looking for matching `"\'', pos: open } };
        const c = line[i]!;
        if (c === '"') break;
        if (c === '\\' && i + 1 < line.length && '$`"\\\n'.includes(line[i + 1]!)) {
          if (line[i + 1] !== '\n') text(line[i + 1]!, true);
          i += 2;
        } else if (c === '`') {
          const error = backquote(true);
          if (error) return { ok: false, error };
        } else if (c === '$') {
          const read = dollar(true);
          if (typeof read === 'object') return { ok: false, error: read };
          if (!read) {
            text('$', true);
            i++;
          }
        } else {
          text(c, true);
          i++;
        }
      }
      i++;
    } else if (ch === '\\') {
      begin();
      if (i + 1 >= line.length) text('\\', false);
      else if (line[i + 1] !== '\n') text(line[i + 1]!, true);
      i += 2;
    } else if (ch === '`') {
      begin();
      const error = backquote(false);
      if (error) return { ok: false, error };
    } else if (ch === '$') {
      begin();
      const read = dollar(false);
      if (typeof read === 'object') return { ok: false, error: read };
      if (!read) {
        text('$', false);
        i++;
      }
    } else {
      const op = OPERATORS.find((o) => line.startsWith(o, i));
      if (op === undefined) {
        begin();
        text(ch, false);
        i++;
        continue;
      }
      // A word of digits right before a redirection is the file descriptor it redirects (`2>`).
      const digits = start >= 0 && (op.startsWith('<') || op.startsWith('>')) && /^[0-9]+$/.test(line.slice(start, i)) && parts.every((p) => p.kind === 'text' && !p.quoted);
      const fd = digits ? Number(line.slice(start, i)) : undefined;
      if (digits) {
        parts = [];
        start = -1;
      } else finish();
      tokens.push({ kind: 'op', op, pos: i, ...(fd === undefined ? {} : { fd }) });
      i += op.length;
    }
  }
  finish();
  return { ok: true, tokens };
}
