/**
 * Rewrites RE2's inline case-insensitivity — `(?i)` to the end of the enclosing group and `(?i:…)` groups —
 * into plain JavaScript regex syntax (which lacks both in Node 22): letters in those regions become `[aA]`,
 * and character classes gain the other case of their letters and ranges.
 */
export function expandCaseFlags(pattern: string): string {
  if (!/\(\?[a-zA-Z]*i[a-zA-Z]*[:)]/.test(pattern)) return pattern;
  let out = '';
  // One entry per open group: whether case folding is on inside it.
  const stack: boolean[] = [];
  let fold = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
    } else if (ch === '[') {
      const end = classEnd(pattern, i);
      const body = pattern.slice(i, end + 1);
      out += fold ? foldClass(body) : body;
      i = end;
    } else if (ch === '(') {
      const flags = /^\(\?([a-zA-Z]*)(-[a-zA-Z]*)?([:)])/.exec(pattern.slice(i));
      if (flags && (flags[1]!.includes('i') || (flags[2] ?? '').includes('i'))) {
        const on = flags[1]!.includes('i') && !(flags[2] ?? '').includes('i');
        const rest = (flags[1]! + (flags[2] ?? '')).replace(/-?i/g, '');
        if (flags[3] === ')') {
          // `(?i)`: folding from here to the end of the enclosing group.
          fold = on;
          if (rest.replace('-', '') !== '') out += `(?${rest})`;
        } else {
          stack.push(fold);
          fold = on;
          out += rest.replace('-', '') === '' ? '(?:' : `(?${rest}:`;
        }
        i += flags[0].length - 1;
      } else {
        stack.push(fold);
        out += ch;
      }
    } else if (ch === ')') {
      fold = stack.pop() ?? false;
      out += ch;
    } else if (fold && /[a-zA-Z]/.test(ch)) {
      out += `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
    } else {
      out += ch;
    }
  }
  return out;
}

/** Index of the `]` closing the class that opens at `start` (a leading `]` or `^]` is literal). */
function classEnd(pattern: string, start: number): number {
  let i = start + 1;
  if (pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  for (; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']') return i;
  }
  return pattern.length - 1;
}

/** Adds the other case of every letter and letter range in a character class. */
function foldClass(body: string): string {
  const inner = body.slice(1, -1);
  const extra: string[] = [];
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    const next = inner[i + 1];
    const to = inner[i + 2];
    if (next === '-' && to !== undefined && /[a-zA-Z]/.test(c) && /[a-zA-Z]/.test(to)) {
      extra.push(`${swap(c)}-${swap(to)}`);
      i += 2;
    } else if (/[a-zA-Z]/.test(c)) extra.push(swap(c));
  }
  return `[${inner}${extra.join('')}]`;
}

function swap(c: string): string {
  return c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
}
