import type { Command } from '../../types';
import { byteLength, readInput, strerror, usageError } from './io';
import type { OptionSpec } from './options';
import { flagNames, has, parseOptions } from './options';

const WC_OPTIONS: OptionSpec[] = [
  { key: 'c', short: 'c', long: 'bytes' },
  { key: 'm', short: 'm', long: 'chars' },
  { key: 'l', short: 'l', long: 'lines' },
  { key: 'L', short: 'L', long: 'max-line-length' },
  { key: 'w', short: 'w', long: 'words' },
];

/** The counts in wc's column order. */
const COLUMNS = ['l', 'w', 'm', 'c', 'L'] as const;
type Column = (typeof COLUMNS)[number];

function counts(text: string): Record<Column, number> {
  let lines = 0;
  for (const char of text) if (char === '\n') lines++;
  const words = text.split(/[ \t\n\r\f\v]+/).filter((w) => w !== '').length;
  const longest = Math.max(0, ...text.split('\n').map((line) => [...line.replace(/\t/g, '        ')].length));
  return { l: lines, w: words, m: [...text].length, c: byteLength(text), L: longest };
}

export const wc: Command = {
  name: 'wc',
  summary: 'print newline, word, and byte counts for each file',
  usage: 'wc [OPTION]... [FILE]...',
  man: `Print newline, word, and byte counts for each FILE, and a total line if more than one FILE is specified. A word is a non-zero-length sequence of printable characters delimited by white space.

With no FILE, or when FILE is -, read standard input.

OPTIONS
-c, --bytes
print the byte counts
-m, --chars
print the character counts
-l, --lines
print the newline counts
-w, --words
print the word counts
-L, --max-line-length
print the maximum display width`,
  flags: flagNames(WC_OPTIONS),
  run(invocation) {
    const parsed = parseOptions('wc', invocation.args, WC_OPTIONS);
    if ('error' in parsed) return usageError('wc', parsed.error);
    const chosen = COLUMNS.filter((c) => has(parsed, c));
    const shown: readonly Column[] = chosen.length > 0 ? chosen : ['l', 'w', 'c'];
    const names = parsed.operands.length === 0 ? [undefined] : parsed.operands;
    const rows: { name: string | undefined; counts: Record<Column, number> }[] = [];
    const errors: string[] = [];
    let regularBytes = 0;
    let minimumWidth = 1;
    for (const name of names) {
      const input = readInput(name ?? '-', invocation);
      if ('error' in input) {
        errors.push(`wc: ${name}: ${strerror(input.error)}`);
        continue;
      }
      const row = { name, counts: counts(input.text) };
      // wc sizes its columns from the regular files' sizes; a pipe could hold anything, so it gets 7.
      if (name === undefined || name === '-') minimumWidth = 7;
      else regularBytes += row.counts.c;
      rows.push(row);
    }
    if (names.length > 1) {
      const total = Object.fromEntries(COLUMNS.map((c) => [c, rows.reduce((sum, r) => sum + r.counts[c], 0)])) as Record<Column, number>;
      total.L = Math.max(0, ...rows.map((r) => r.counts.L));
      rows.push({ name: 'total', counts: total });
    }
    // With one input and one count there is nothing to align (wc skips the stat then).
    const width = names.length === 1 && shown.length === 1 ? 1 : Math.max(minimumWidth, String(regularBytes).length);
    const stdout = rows.map((r) => `${shown.map((c) => String(r.counts[c]).padStart(width)).join(' ')}${r.name === undefined ? '' : ` ${r.name}`}\n`).join('');
    return { stdout, stderr: errors.length === 0 ? '' : `${errors.join('\n')}\n`, exitCode: errors.length === 0 ? 0 : 1 };
  },
};
