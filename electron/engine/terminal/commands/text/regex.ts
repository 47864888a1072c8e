/**
 * POSIX regular expressions (GNU's BRE and ERE, as grep and awk read them) translated into JavaScript
 * regular expressions, with GNU's error messages for the malformed ones.
 */
export type RegexSyntax = 'basic' | 'extended';

export type Translation = { ok: true; source: string } | { ok: false; error: string };

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  cntrl: '\\x00-\\x1f\\x7f',
  print: '\\x20-\\x7e',
  graph: '\\x21-\\x7e',
};

const JS_SPECIAL = new Set('\\^$.|?*+()[]{}/'.split(''));
const UNMATCHED_BRACKET = 'Unmatched [, [^, [:, [., or [=';

function literal(char: string): string {
  return JS_SPECIAL.has(char) ? `\\${char}` : char;
}

function classChar(char: string): string {
  return '\\]^-['.includes(char) ? `\\${char}` : char;
}

/** Reads a bracket expression starting at `[`; returns the JavaScript class and the index after `]`. */
function bracket(source: string, start: number): { text: string; end: number } | { error: string } {
  let i = start + 1;
  let negate = false;
  if (source[i] === '^') {
    negate = true;
    i++;
  }
  const items: string[] = [];
  let first = true;
  while (i < source.length) {
    const char = source[i]!;
    if (char === ']' && !first) return { text: `[${negate ? '^' : ''}${items.join('')}]`, end: i + 1 };
    first = false;
    if (char === '[' && (source[i + 1] === ':' || source[i + 1] === '=' || source[i + 1] === '.')) {
      const kind = source[i + 1]!;
      const close = source.indexOf(`${kind}]`, i + 2);
      if (close < 0) return { error: UNMATCHED_BRACKET };
      const name = source.slice(i + 2, close);
      if (kind === ':') {
        const cls = CLASSES[name];
        if (cls === undefined) return { error: 'Invalid character class name' };
        items.push(cls);
      } else items.push([...name].map(classChar).join(''));
      i = close + 2;
      continue;
    }
    if (source[i + 1] === '-' && source[i + 2] !== undefined && source[i + 2] !== ']') {
      const end = source[i + 2]!;
      if (end < char) return { error: 'Invalid range end' };
      items.push(`${classChar(char)}-${classChar(end)}`);
      i += 3;
      continue;
    }
    items.push(classChar(char));
    i++;
  }
  return { error: UNMATCHED_BRACKET };
}

/** `m`, `m,`, `m,n` or `,n` between the braces of an interval, as a JavaScript quantifier. */
function interval(content: string): string | undefined {
  const match = /^(\d*)(,?)(\d*)$/.exec(content);
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const min = match[1] === '' ? '0' : match[1]!;
  if (match[3] !== '' && Number(match[3]) < Number(min)) return undefined;
  return `{${min}${match[2]}${match[3]}}`;
}

export function translateRegex(source: string, syntax: RegexSyntax): Translation {
  const basic = syntax === 'basic';
  let out = '';
  let depth = 0;
  let groups = 0;
  // Where a `*` is literal and `^` is an anchor: at the start of the pattern, a group or an alternative.
  let atStart = true;
  const open = () => {
    depth++;
    groups++;
    out += '(';
    atStart = true;
  };
  const close = (): string | undefined => {
    if (depth === 0) return 'Unmatched ) or \\)';
    depth--;
    out += ')';
    atStart = false;
    return undefined;
  };
  const quantifier = (q: string): string | undefined => {
    if (atStart) {
      if (q.startsWith('{')) return 'Invalid preceding regular expression';
      out += literal(q[0]!);
      atStart = false;
      return undefined;
    }
    out += q;
    return undefined;
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    const next = source[i + 1];
    let error: string | undefined;
    if (char === '\\') {
      if (next === undefined) return { ok: false, error: 'Trailing backslash' };
      i++;
      if (basic && next === '(') open();
      else if (basic && next === ')') error = close();
      else if (basic && next === '|') {
        out += '|';
        atStart = true;
      } else if (basic && (next === '+' || next === '?')) error = quantifier(next);
      else if (basic && next === '{') {
        const end = source.indexOf('\\}', i + 1);
        if (end < 0) return { ok: false, error: 'Unmatched \\{' };
        const q = interval(source.slice(i + 1, end));
        if (q === undefined) return { ok: false, error: 'Invalid content of \\{\\}' };
        error = quantifier(q);
        i = end + 1;
      } else if (next === '<') out += '\\b(?=\\w)';
      else if (next === '>') out += '\\b(?<=\\w)';
      else if ('bBwWsS'.includes(next)) out += `\\${next}`;
      else if (/[1-9]/.test(next)) {
        if (Number(next) > groups) return { ok: false, error: 'Invalid back reference' };
        out += `\\${next}`;
      } else out += literal(next);
      if (!(basic && (next === '(' || next === '|'))) atStart = false;
    } else if (char === '[') {
      const parsed = bracket(source, i);
      if ('error' in parsed) return { ok: false, error: parsed.error };
      out += parsed.text;
      i = parsed.end - 1;
      atStart = false;
    } else if (char === '*') error = quantifier('*');
    else if (char === '^') {
      out += atStart || !basic ? '^' : '\\^';
    } else if (char === '$') {
      const rest = source.slice(i + 1);
      const anchor = !basic || rest === '' || rest.startsWith('\\)') || rest.startsWith('\\|');
      out += anchor ? '$' : '\\$';
      atStart = false;
    } else if (!basic && char === '(') open();
    else if (!basic && char === ')') {
      if (depth === 0) out += '\\)';
      else error = close();
    } else if (!basic && char === '|') {
      out += '|';
      atStart = true;
    } else if (!basic && (char === '+' || char === '?')) error = quantifier(char);
    else if (!basic && char === '{') {
      const end = source.indexOf('}', i + 1);
      const q = end < 0 ? undefined : interval(source.slice(i + 1, end));
      if (q === undefined) {
        out += '\\{';
        atStart = false;
      } else {
        error = quantifier(q);
        i = end;
      }
    } else {
      out += char === '.' ? '.' : literal(char);
      atStart = false;
    }
    if (error) return { ok: false, error };
  }
  if (depth > 0) return { ok: false, error: 'Unmatched ( or \\(' };
  return { ok: true, source: out };
}

/** Escapes text so it matches itself (grep -F, and awk's literal index()). */
export function escapeRegex(text: string): string {
  return [...text].map(literal).join('');
}

/** Compiles a POSIX pattern into a JavaScript RegExp, or GNU's reason it is malformed. */
export function compileRegex(source: string, syntax: RegexSyntax, flags = ''): RegExp | { error: string } {
  const translated = translateRegex(source, syntax);
  if (!translated.ok) return { error: translated.error };
  try {
    return new RegExp(translated.source, flags);
  } catch {
    return { error: 'Invalid regular expression' };
  }
}
