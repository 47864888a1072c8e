import type { Command } from '../../types';
import { joinLines, readInput, resolvePath, splitLines, strerror, usageError } from './io';
import type { OptionSpec } from './options';
import { all, flagNames, has, last, parseOptions } from './options';
import type { Key } from './sort-keys';
import { applyLetters, compareKeys, emptyOrdering, extractKey, parseKey } from './sort-keys';

const SORT_OPTIONS: OptionSpec[] = [
  { key: 'b', short: 'b', long: 'ignore-leading-blanks' },
  { key: 'f', short: 'f', long: 'ignore-case' },
  { key: 'g', short: 'g', long: 'general-numeric-sort' },
  { key: 'h', short: 'h', long: 'human-numeric-sort' },
  { key: 'k', short: 'k', long: 'key', value: true },
  { key: 'n', short: 'n', long: 'numeric-sort' },
  { key: 'o', short: 'o', long: 'output', value: true },
  { key: 'r', short: 'r', long: 'reverse' },
  { key: 's', short: 's', long: 'stable' },
  { key: 't', short: 't', long: 'field-separator', value: true },
  { key: 'u', short: 'u', long: 'unique' },
];

function trouble(message: string) {
  return { stdout: '', stderr: `${message}\n`, exitCode: 2 };
}

export const sort: Command = {
  name: 'sort',
  summary: 'sort lines of text files',
  usage: 'sort [OPTION]... [FILE]...',
  man: `Write sorted concatenation of all FILE(s) to standard output. With no FILE, or when FILE is -, read standard input. Lines compare byte by byte, as in the C locale.

OPTIONS
-b, --ignore-leading-blanks
ignore leading blanks
-f, --ignore-case
fold lower case to upper case characters
-g, --general-numeric-sort
compare according to general numerical value
-h, --human-numeric-sort
compare human readable numbers (e.g., 2K 1G)
-n, --numeric-sort
compare according to string numerical value
-r, --reverse
reverse the result of comparisons
-k, --key=KEYDEF
sort via a key; KEYDEF gives location and type: F[.C][OPTS][,F[.C][OPTS]] for start and stop position, where F is a field number and C a character position in the field; both are origin 1
-o, --output=FILE
write result to FILE instead of standard output
-s, --stable
stabilize sort by disabling last-resort comparison
-t, --field-separator=SEP
use SEP instead of non-blank to blank transition
-u, --unique
output only the first of an equal run`,
  flags: flagNames(SORT_OPTIONS),
  run(invocation) {
    const parsed = parseOptions('sort', invocation.args, SORT_OPTIONS);
    if ('error' in parsed) return usageError('sort', parsed.error, 2);
    const global = applyLetters(emptyOrdering(), ['b', 'f', 'g', 'h', 'n', 'r'].filter((l) => has(parsed, l)).join(''));
    const separator = last(parsed, 't');
    if (separator !== undefined && separator.length !== 1) return trouble(separator === '' ? 'sort: empty tab' : `sort: multi-character tab '${separator}'`);
    const keys: Key[] = [];
    for (const spec of all(parsed, 'k')) {
      const key = parseKey(spec, global);
      if (typeof key === 'string') return trouble(key);
      keys.push(key);
    }
    if (keys.length === 0) keys.push({ startField: 1, startChar: 1, endField: undefined, endChar: 0, ordering: global });
    const lines: string[] = [];
    for (const name of parsed.operands.length === 0 ? ['-'] : parsed.operands) {
      const input = readInput(name, invocation);
      if ('error' in input) return trouble(`sort: cannot read: ${name}: ${strerror(input.error)}`);
      lines.push(...splitLines(input.text));
    }
    const byKeys = (a: string, b: string) => {
      for (const key of keys) {
        const order = compareKeys(extractKey(a, key, separator), extractKey(b, key, separator), key.ordering);
        if (order !== 0) return key.ordering.reverse ? -order : order;
      }
      return 0;
    };
    const lastResort = !has(parsed, 's') && !has(parsed, 'u');
    const sorted = [...lines].sort((a, b) => {
      const order = byKeys(a, b);
      if (order !== 0 || !lastResort) return order;
      const whole = a < b ? -1 : a > b ? 1 : 0;
      return global.reverse ? -whole : whole;
    });
    const output = has(parsed, 'u') ? sorted.filter((line, i) => i === 0 || byKeys(sorted[i - 1]!, line) !== 0) : sorted;
    const outFile = last(parsed, 'o');
    if (outFile !== undefined) {
      const written = invocation.fs.write(resolvePath(invocation.cwd, outFile), joinLines(output), false);
      return written.ok ? { stdout: '', stderr: '', exitCode: 0 } : trouble(`sort: open failed: ${outFile}: ${strerror(written.error)}`);
    }
    return { stdout: joinLines(output), stderr: '', exitCode: 0 };
  },
};
