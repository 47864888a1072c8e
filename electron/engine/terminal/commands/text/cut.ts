import type { Command } from '../../types';
import { byteLength, fail, joinLines, readInput, splitLines, strerror, usageError } from './io';
import type { OptionSpec } from './options';
import { flagNames, has, last, parseOptions } from './options';

const CUT_OPTIONS: OptionSpec[] = [
  { key: 'b', short: 'b', long: 'bytes', value: true },
  { key: 'c', short: 'c', long: 'characters', value: true },
  { key: 'd', short: 'd', long: 'delimiter', value: true },
  { key: 'f', short: 'f', long: 'fields', value: true },
  { key: 'complement', long: 'complement' },
  { key: 'od', long: 'output-delimiter', value: true },
  { key: 's', short: 's', long: 'only-delimited' },
];

type Range = [number, number];

/** A cut list (`1,3-5,7-`, `-2`) as 1-based inclusive ranges, or cut's complaint. */
function parseList(list: string, what: 'field' | 'byte/character'): Range[] | string {
  const ranges: Range[] = [];
  for (const part of list.split(',')) {
    const match = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!match || (match[1] === '' && match[3] === '')) return what === 'field' ? `cut: invalid field range` : `cut: invalid byte or character range`;
    const from = match[1] === '' ? 1 : Number(match[1]);
    const to = match[2] === '' ? from : match[3] === '' ? Infinity : Number(match[3]);
    if (from === 0 || to === 0) return what === 'field' ? 'cut: fields are numbered from 1' : 'cut: byte/character positions are numbered from 1';
    if (to < from) return 'cut: invalid decreasing range';
    ranges.push([from, to]);
  }
  return ranges;
}

function selected(ranges: readonly Range[], n: number, complement: boolean): boolean {
  return ranges.some(([from, to]) => n >= from && n <= to) !== complement;
}

export const cut: Command = {
  name: 'cut',
  summary: 'remove sections from each line of files',
  usage: 'cut OPTION... [FILE]...',
  man: `Print selected parts of lines from each FILE to standard output. With no FILE, or when FILE is -, read standard input.

Each LIST is made up of one range, or many ranges separated by commas: N, N-, N-M or -M, counted from 1.

OPTIONS
-b, --bytes=LIST
select only these bytes
-c, --characters=LIST
select only these characters
-d, --delimiter=DELIM
use DELIM instead of TAB for field delimiter
-f, --fields=LIST
select only these fields; also print any line that contains no delimiter character, unless the -s option is specified
--complement
complement the set of selected bytes, characters or fields
-s, --only-delimited
do not print lines not containing delimiters
--output-delimiter=STRING
use STRING as the output delimiter; the default is to use the input delimiter`,
  flags: flagNames(CUT_OPTIONS),
  run(invocation) {
    const parsed = parseOptions('cut', invocation.args, CUT_OPTIONS);
    if ('error' in parsed) return usageError('cut', parsed.error);
    const modes = (['b', 'c', 'f'] as const).filter((m) => has(parsed, m));
    if (modes.length === 0) return usageError('cut', 'cut: you must specify a list of bytes, characters, or fields');
    if (modes.length > 1) return usageError('cut', 'cut: only one type of list may be specified');
    const mode = modes[0]!;
    const delimiter = last(parsed, 'd');
    if (mode !== 'f' && delimiter !== undefined) return usageError('cut', 'cut: an input delimiter may be specified only when operating on fields');
    if (delimiter !== undefined && [...delimiter].length > 1) return usageError('cut', 'cut: the delimiter must be a single character');
    const ranges = parseList(last(parsed, mode)!, mode === 'f' ? 'field' : 'byte/character');
    if (typeof ranges === 'string') return usageError('cut', ranges);
    const complement = has(parsed, 'complement');
    const separator = delimiter === undefined || delimiter === '' ? '\t' : delimiter;
    const outSeparator = last(parsed, 'od') ?? (mode === 'f' ? separator : '');
    const out: string[] = [];
    const errors: string[] = [];
    for (const name of parsed.operands.length === 0 ? ['-'] : parsed.operands) {
      const input = readInput(name, invocation);
      if ('error' in input) {
        errors.push(`cut: ${name}: ${strerror(input.error)}`);
        continue;
      }
      for (const line of splitLines(input.text)) {
        if (mode === 'f') {
          if (!line.includes(separator)) {
            if (!has(parsed, 's')) out.push(line);
            continue;
          }
          out.push(line.split(separator).filter((_, i) => selected(ranges, i + 1, complement)).join(outSeparator));
        } else {
          // A character is printed when its last byte is selected (GNU would print a broken byte sequence).
          const units = mode === 'c' ? [...line] : [...line].flatMap((ch) => [...Array<string>(byteLength(ch) - 1).fill(''), ch]);
          out.push(units.filter((_, i) => selected(ranges, i + 1, complement)).join(''));
        }
      }
    }
    const stdout = joinLines(out);
    return errors.length === 0 ? { stdout, stderr: '', exitCode: 0 } : fail(errors.join('\n'), 1, stdout);
  },
};
