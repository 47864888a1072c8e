/**
 * Text analysis for `text` fields, approximating Elasticsearch's standard analyzer: Unicode word
 * segmentation (UAX #29) then lower-casing. Runs of letters, digits and underscores are words; `.` and `'`
 * join letters to letters and digits to digits (`example.com`, `10.96.0.10`, `v2.4.0`), `:` joins letters,
 * `,` and `;` join digits. Everything else (spaces, `/`, `-`, `(`, …) separates words.
 */

type Kind = 'letter' | 'digit' | 'other';

const LETTER = /[\p{L}\p{M}_]/u;
const DIGIT = /\p{Nd}/u;

function kind(c: string): Kind {
  const code = c.charCodeAt(0);
  // ASCII without the Unicode property regexes: most log text is ASCII, and this runs per character.
  if (code < 128) {
    if (code >= 48 && code <= 57) return 'digit';
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 ? 'letter' : 'other';
  }
  if (DIGIT.test(c)) return 'digit';
  return LETTER.test(c) ? 'letter' : 'other';
}

/** Whether `c` between `before` and `after` keeps them in one word. */
function joins(before: Kind, c: string, after: Kind): boolean {
  if (before === 'other' || before !== after) return false;
  if (c === '.' || c === "'") return true;
  return before === 'letter' ? c === ':' : c === ',' || c === ';';
}

/** A term with the UTF-16 span of the text it came from. */
export type Token = { term: string; start: number; end: number };

/** The terms a text field value is indexed as, in order. */
export function analyze(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}

/** The terms with their spans in `text` (for highlighting). */
export function tokenize(text: string): Token[] {
  const chars = [...text];
  const kinds = chars.map(kind);
  const tokens: Token[] = [];
  let word = '';
  let start = 0;
  let offset = 0;
  const flush = (): void => {
    if (word !== '') tokens.push({ term: word.toLowerCase(), start, end: start + word.length });
    word = '';
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (kinds[i] !== 'other' || (word !== '' && joins(kinds[i - 1]!, c, kinds[i + 1] ?? 'other'))) {
      if (word === '') start = offset;
      word += c;
    } else flush();
    offset += c.length;
  }
  flush();
  return tokens;
}
