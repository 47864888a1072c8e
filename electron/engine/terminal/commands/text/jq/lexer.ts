/** jq's tokens; strings keep their raw text so interpolations (`\(…)`) can be parsed by the parser. */
export type JqToken = { kind: 'number' | 'string' | 'ident' | 'field' | 'format' | 'punct' | 'eof'; text: string; pos: number };

/** A compile error, reported the way jq reports one (exit status 3). */
export class JqSyntaxError extends Error {}

const PUNCT = ['?//', '//', '==', '!=', '<=', '>=', '|=', '..', '|', ',', '.', '[', ']', '(', ')', '{', '}', ':', ';', '<', '>', '+', '-', '*', '/', '%', '?', '$'];

/** The end of a string literal starting at `start` (its opening quote), skipping escapes and interpolations. */
export function stringEnd(source: string, start: number): number {
  let i = start + 1;
  while (i < source.length) {
    if (source[i] === '"') return i;
    if (source[i] === '\\' && source[i + 1] === '(') {
      let depth = 1;
      i += 2;
      while (i < source.length && depth > 0) {
        if (source[i] === '"') i = stringEnd(source, i);
        else if (source[i] === '(') depth++;
        else if (source[i] === ')') depth--;
        if (i < 0) return -1;
        i++;
      }
      continue;
    }
    i += source[i] === '\\' ? 2 : 1;
  }
  return -1;
}

export function tokenize(source: string): JqToken[] {
  const tokens: JqToken[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const space = /^(\s+|#[^\n]*)/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const number = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    const field = /^\.[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    const ident = /^[A-Za-z_][A-Za-z0-9_]*(::[A-Za-z_][A-Za-z0-9_]*)*/.exec(rest);
    const format = /^@[A-Za-z0-9]+/.exec(rest);
    if (field) tokens.push({ kind: 'field', text: field[0].slice(1), pos: i });
    else if (number && !rest.startsWith('..')) tokens.push({ kind: 'number', text: number[0], pos: i });
    else if (ident) tokens.push({ kind: 'ident', text: ident[0], pos: i });
    else if (format) tokens.push({ kind: 'format', text: format[0], pos: i });
    else if (rest[0] === '"') {
      const end = stringEnd(source, i);
      if (end < 0) throw new JqSyntaxError('syntax error, unexpected $end, expecting QQSTRING_TEXT or QQSTRING_INTERP_START or QQSTRING_END');
      tokens.push({ kind: 'string', text: source.slice(i, end + 1), pos: i });
      i = end + 1;
      continue;
    } else {
      const punct = PUNCT.find((p) => rest.startsWith(p));
      if (!punct) throw new JqSyntaxError('syntax error, unexpected INVALID_CHARACTER (Unix shell quoting issues?)');
      tokens.push({ kind: 'punct', text: punct, pos: i });
    }
    i += tokens[tokens.length - 1]!.kind === 'field' ? tokens[tokens.length - 1]!.text.length + 1 : tokens[tokens.length - 1]!.text.length;
  }
  tokens.push({ kind: 'eof', text: '', pos: source.length });
  return tokens;
}
