/**
 * awk's tokens. Whether `/` starts a regular expression or divides depends on the token before it, as in
 * every awk lexer; newlines are tokens because they end statements.
 */
export type TokenKind = 'number' | 'string' | 'regex' | 'name' | 'builtin' | 'keyword' | 'punct' | 'newline' | 'eof';

export type Token = { kind: TokenKind; text: string; value: string; line: number };

/** An error the way mawk reports it, raised by the lexer and parser and caught at the top. */
export class AwkSyntaxError extends Error {}

export const KEYWORDS = new Set(['BEGIN', 'END', 'if', 'else', 'while', 'for', 'do', 'in', 'next', 'exit', 'break', 'continue', 'delete', 'print', 'printf', 'getline', 'function', 'func', 'return', 'nextfile']);
export const BUILTINS = new Set(['length', 'substr', 'index', 'split', 'sub', 'gsub', 'match', 'sprintf', 'tolower', 'toupper', 'int', 'sqrt', 'exp', 'log', 'sin', 'cos', 'atan2', 'rand', 'srand', 'close', 'fflush', 'system']);

const PUNCTUATION = ['+=', '-=', '*=', '/=', '%=', '^=', '**=', '==', '<=', '>=', '!=', '++', '--', '&&', '||', '!~', '>>', '**', '{', '}', '(', ')', '[', ']', ';', ',', '+', '-', '*', '/', '%', '^', '!', '>', '<', '|', '?', ':', '~', '$', '='];

const STRING_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07', b: '\b', '\\': '\\', '"': '"', '/': '/' };

/** After these a `/` divides; anywhere else it opens a regular expression. */
function endsOperand(token: Token | undefined): boolean {
  if (!token) return false;
  return token.kind === 'number' || token.kind === 'string' || token.kind === 'name' || token.kind === 'builtin' || token.kind === 'regex' || [')', ']', '$', '++', '--'].includes(token.text);
}

function runaway(kind: string, text: string, line: number): never {
  throw new AwkSyntaxError(`awk: line ${line}: runaway ${kind} ${text.slice(0, 11)} ...`);
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  const push = (kind: TokenKind, text: string, value = text) => tokens.push({ kind, text, value, line });
  while (i < source.length) {
    const char = source[i]!;
    if (char === '\\' && source[i + 1] === '\n') {
      i += 2;
      line++;
    } else if (char === ' ' || char === '\t' || char === '\r') i++;
    else if (char === '\n') {
      push('newline', '\n');
      line++;
      i++;
    } else if (char === '#') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (/[0-9.]/.test(char) && /^(\d+\.?\d*|\.\d+)/.test(source.slice(i))) {
      const text = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(source.slice(i))![0];
      push('number', text);
      i += text.length;
    } else if (/[A-Za-z_]/.test(char)) {
      const text = /^[A-Za-z_][A-Za-z_0-9]*/.exec(source.slice(i))![0];
      push(KEYWORDS.has(text) ? 'keyword' : BUILTINS.has(text) ? 'builtin' : 'name', text);
      i += text.length;
    } else if (char === '"') {
      let value = '';
      let j = i + 1;
      for (; j < source.length && source[j] !== '"'; j++) {
        if (source[j] === '\n') runaway('string constant', source.slice(i, j), line);
        if (source[j] === '\\' && j + 1 < source.length) {
          const octal = /^[0-7]{1,3}/.exec(source.slice(j + 1));
          if (octal) {
            value += String.fromCharCode(parseInt(octal[0], 8));
            j += octal[0].length;
          } else value += STRING_ESCAPES[source[++j]!] ?? `\\${source[j]}`;
        } else value += source[j];
      }
      if (j >= source.length) runaway('string constant', source.slice(i), line);
      push('string', source.slice(i, j + 1), value);
      i = j + 1;
    } else if (char === '/' && !endsOperand(tokens[tokens.length - 1])) {
      let value = '';
      let j = i + 1;
      let inBracket = false;
      for (; j < source.length && (source[j] !== '/' || inBracket); j++) {
        if (source[j] === '\n') runaway('regular expression', source.slice(i, j), line);
        if (source[j] === '[') inBracket = true;
        else if (source[j] === ']') inBracket = false;
        if (source[j] === '\\' && j + 1 < source.length) {
          const next = source[++j]!;
          value += next === '/' ? '/' : next === 't' ? '\t' : next === 'n' ? '\n' : `\\${next}`;
        } else value += source[j];
      }
      if (j >= source.length) runaway('regular expression', source.slice(i), line);
      push('regex', source.slice(i, j + 1), value);
      i = j + 1;
    } else {
      const punct = PUNCTUATION.find((p) => source.startsWith(p, i));
      if (!punct) throw new AwkSyntaxError(`awk: line ${line}: syntax error at or near ${char}`);
      push('punct', punct === '**' ? '^' : punct === '**=' ? '^=' : punct);
      i += punct.length;
    }
  }
  push('eof', '');
  return tokens;
}
