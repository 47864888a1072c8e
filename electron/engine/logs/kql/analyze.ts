/**
 * Text analysis for `text` fields, approximating Elasticsearch's standard analyzer: Unicode word
 * segmentation (UAX #29) then lower-casing. Runs of letters, digits and underscores are words; `.` and `'`
 * join letters to letters and digits to digits (`example.com`, `10.96.0.10`, `v2.4.0`), `:` joins letters,
 * `,` and `;` join digits. Everything else (spaces, `/`, `-`, `(`, …) separates words.
 */

type Kind = 'letter' | 'digit' | 'other';

const LETTER = /[\p{L}\p{M}_]/u;
const DIGIT = /\p{Nd}/u;

function kind(c: string | undefined): Kind {
  if (c === undefined) return 'other';
  if (DIGIT.test(c)) return 'digit';
  return LETTER.test(c) ? 'letter' : 'other';
}

/** Whether `c` between `before` and `after` keeps them in one word. */
function joins(before: Kind, c: string, after: Kind): boolean {
  if (before === 'other' || before !== after) return false;
  if (c === '.' || c === "'") return true;
  return before === 'letter' ? c === ':' : c === ',' || c === ';';
}

/** The terms a text field value is indexed as, in order. */
export function analyze(text: string): string[] {
  const chars = [...text];
  const terms: string[] = [];
  let word = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (kind(c) !== 'other') word += c;
    else if (word !== '' && joins(kind(chars[i - 1]), c, kind(chars[i + 1]))) word += c;
    else if (word !== '') {
      terms.push(word.toLowerCase());
      word = '';
    }
  }
  if (word !== '') terms.push(word.toLowerCase());
  return terms;
}
