/**
 * Character classes for the RE2 translation: Perl (`\d`), POSIX (`[:alpha:]`) and Unicode (`\p{Greek}`)
 * classes as code-point ranges or JavaScript property escapes, and case folding of ranges for `(?i)`.
 */

export type Ranges = [lo: number, hi: number][];

const r = (lo: string, hi = lo): [number, number] => [lo.codePointAt(0)!, hi.codePointAt(0)!];
const DIGIT: Ranges = [r('0', '9')];
const WORD: Ranges = [r('0', '9'), r('A', 'Z'), r('_'), r('a', 'z')];
const SPACE: Ranges = [r('\t', '\n'), r('\f', '\r'), r(' ')];
export const PERL = new Map<string, Ranges>([['d', DIGIT], ['w', WORD], ['s', SPACE]]);
export const POSIX = new Map<string, Ranges>([
  ['alnum', [r('0', '9'), r('A', 'Z'), r('a', 'z')]],
  ['alpha', [r('A', 'Z'), r('a', 'z')]],
  ['ascii', [[0, 0x7f]]],
  ['blank', [r('\t'), r(' ')]],
  ['cntrl', [[0, 0x1f], [0x7f, 0x7f]]],
  ['digit', DIGIT],
  ['graph', [r('!', '~')]],
  ['lower', [r('a', 'z')]],
  ['print', [r(' ', '~')]],
  ['punct', [r('!', '/'), r(':', '@'), r('[', '`'), r('{', '~')]],
  ['space', [r('\t', '\r'), r(' ')]],
  ['upper', [r('A', 'Z')]],
  ['word', WORD],
  ['xdigit', [r('0', '9'), r('A', 'F'), r('a', 'f')]],
]);
export const CATEGORIES = new Set('C Cc Cf Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs'.split(' '));
export const MAX_RUNE = 0x10ffff;


export function complement(ranges: Ranges): Ranges {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  let next = 0;
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  if (next <= MAX_RUNE) out.push([next, MAX_RUNE]);
  return out;
}

const SPECIAL_FOLDS: Record<number, number[]> = { 0x6b: [0x212a], 0x4b: [0x212a], 0x212a: [0x6b, 0x4b], 0x73: [0x17f], 0x53: [0x17f], 0x17f: [0x73, 0x53] };

/** The characters a case-insensitive match of cp also accepts. */
export function caseVariants(cp: number): number[] {
  const ch = String.fromCodePoint(cp);
  const out = new Set([cp, ...(SPECIAL_FOLDS[cp] ?? [])]);
  for (const v of [ch.toLowerCase(), ch.toUpperCase()]) if ([...v].length === 1) out.add(v.codePointAt(0)!);
  return [...out];
}

export function folded(ranges: Ranges): Ranges {
  const out: Ranges = [...ranges];
  for (const [lo, hi] of ranges) {
    // ASCII letters fold by shifting; other small ranges one character at a time; large ones are left as they are.
    for (const [a, z, shift] of [[0x61, 0x7a, -32], [0x41, 0x5a, 32]] as const) {
      if (lo <= z && hi >= a) out.push([Math.max(lo, a) + shift, Math.min(hi, z) + shift]);
    }
    if (hi >= 0x80 && hi - lo <= 512) {
      for (let cp = Math.max(lo, 0x80); cp <= hi; cp++) for (const v of caseVariants(cp)) out.push([v, v]);
    }
    for (const cp of [0x6b, 0x4b, 0x73, 0x53]) if (lo <= cp && cp <= hi) for (const v of SPECIAL_FOLDS[cp]!) out.push([v, v]);
  }
  return out;
}

export const esc = (cp: number) => (/[A-Za-z0-9_ ]/.test(String.fromCodePoint(cp)) ? String.fromCodePoint(cp) : `\\u{${cp.toString(16)}}`);

export function classSource(ranges: Ranges, props: string[], negate: boolean): string {
  const body = ranges.map(([lo, hi]) => (lo === hi ? esc(lo) : `${esc(lo)}-${esc(hi)}`)).join('') + props.join('');
  return `[${negate ? '^' : ''}${body}]`;
}

/** Whether JavaScript knows the Unicode script (Go accepts the same script names). */
export function isScript(name: string): boolean {
  try {
    new RegExp(`\\p{Script=${name}}`, 'u');
    return true;
  } catch {
    return false;
  }
}
