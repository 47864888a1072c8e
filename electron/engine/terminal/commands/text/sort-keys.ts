/**
 * sort's keys and orderings: `-k POS1[,POS2]` positions with their ordering letters, fields split at a
 * separator or at blank-to-nonblank transitions, and the numeric, human-numeric and plain comparisons.
 */
export type Ordering = { numeric: boolean; human: boolean; general: boolean; fold: boolean; blanks: boolean; reverse: boolean };

export type Key = { startField: number; startChar: number; endField: number | undefined; endChar: number; ordering: Ordering };

const LETTERS = 'bfghnr';

export function emptyOrdering(): Ordering {
  return { numeric: false, human: false, general: false, fold: false, blanks: false, reverse: false };
}

export function applyLetters(ordering: Ordering, letters: string): Ordering {
  return {
    numeric: ordering.numeric || letters.includes('n'),
    human: ordering.human || letters.includes('h'),
    general: ordering.general || letters.includes('g'),
    fold: ordering.fold || letters.includes('f'),
    blanks: ordering.blanks || letters.includes('b'),
    reverse: ordering.reverse || letters.includes('r'),
  };
}

/** Parses `-k` as GNU sort does; a key with no letters of its own takes the global ordering. */
export function parseKey(spec: string, global: Ordering): Key | string {
  const match = /^(\d+)(?:\.(\d+))?([a-zA-Z]*)(?:,(\d+)(?:\.(\d+))?([a-zA-Z]*))?$/.exec(spec);
  if (!match) return `sort: invalid number at field start: invalid count at start of '${spec}'`;
  const letters = `${match[3]}${match[6] ?? ''}`;
  const bad = [...letters].find((l) => !LETTERS.includes(l));
  if (bad) return `sort: stray character in field spec: invalid field specification '${spec}'`;
  const startField = Number(match[1]);
  if (startField === 0) return `sort: field number is zero: invalid field specification '${spec}'`;
  if (match[2] !== undefined && Number(match[2]) === 0) return `sort: character offset is zero: invalid field specification '${spec}'`;
  return {
    startField,
    startChar: match[2] === undefined ? 1 : Number(match[2]),
    endField: match[4] === undefined ? undefined : Number(match[4]),
    endChar: match[5] === undefined ? 0 : Number(match[5]),
    ordering: letters === '' ? global : applyLetters(emptyOrdering(), letters),
  };
}

/** Start and end offsets of each field. */
function fields(line: string, separator: string | undefined): [number, number][] {
  const bounds: [number, number][] = [];
  if (separator !== undefined) {
    let start = 0;
    for (let at = line.indexOf(separator); at >= 0; at = line.indexOf(separator, start)) {
      bounds.push([start, at]);
      start = at + 1;
    }
    bounds.push([start, line.length]);
    return bounds;
  }
  let i = 0;
  while (i < line.length) {
    const start = i;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
    while (i < line.length && line[i] !== ' ' && line[i] !== '\t') i++;
    bounds.push([start, i]);
  }
  return bounds;
}

function skipBlanks(line: string, at: number): number {
  while (at < line.length && (line[at] === ' ' || line[at] === '\t')) at++;
  return at;
}

export function extractKey(line: string, key: Key, separator: string | undefined): string {
  const bounds = fields(line, separator);
  const startBounds = bounds[key.startField - 1];
  if (!startBounds) return '';
  let start = startBounds[0];
  if (key.ordering.blanks) start = skipBlanks(line, start);
  start = Math.min(start + key.startChar - 1, line.length);
  let end = line.length;
  if (key.endField !== undefined) {
    const endBounds = bounds[key.endField - 1];
    if (endBounds) end = key.endChar === 0 ? endBounds[1] : Math.min((key.ordering.blanks ? skipBlanks(line, endBounds[0]) : endBounds[0]) + key.endChar, endBounds[1]);
  }
  return end <= start ? '' : line.slice(start, end);
}

function leadingNumber(text: string): number {
  const match = /^[ \t]*(-?)(\d*)(?:\.(\d*))?/.exec(text)!;
  const value = Number(`${match[2] || '0'}.${match[3] || '0'}`);
  return match[1] === '-' ? -value : value;
}

const SUFFIXES = 'KMGTPEZY';

function humanParts(text: string): [number, number] {
  const match = /^[ \t]*(-?\d*(?:\.\d*)?)([kKMGTPEZY]?)/.exec(text)!;
  const value = Number(match[1]) || 0;
  const magnitude = match[2] === '' ? 0 : SUFFIXES.indexOf(match[2]!.toUpperCase()) + 1;
  return [Math.sign(value), value === 0 ? 0 : magnitude * Math.sign(value)];
}

function plain(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares two keys under an ordering (without its reverse flag). */
export function compareKeys(a: string, b: string, ordering: Ordering): number {
  if (ordering.human) {
    const [signA, magA] = humanParts(a);
    const [signB, magB] = humanParts(b);
    if (signA !== signB) return signA - signB;
    if (magA !== magB) return magA - magB;
    return leadingNumber(a) - leadingNumber(b);
  }
  if (ordering.numeric) return Math.sign(leadingNumber(a) - leadingNumber(b));
  if (ordering.general) {
    const x = parseFloat(a);
    const y = parseFloat(b);
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : -1) : 1;
    return Math.sign(x - y);
  }
  if (ordering.blanks) {
    a = a.replace(/^[ \t]+/, '');
    b = b.replace(/^[ \t]+/, '');
  }
  return ordering.fold ? plain(a.toUpperCase(), b.toUpperCase()) : plain(a, b);
}
