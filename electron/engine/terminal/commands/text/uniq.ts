import type { Command } from '../../types';
import { fail, readInput, splitLines, strerror, usageError } from './io';
import type { OptionSpec } from './options';
import { flagNames, has, last, parseOptions } from './options';

const UNIQ_OPTIONS: OptionSpec[] = [
  { key: 'c', short: 'c', long: 'count' },
  { key: 'd', short: 'd', long: 'repeated' },
  { key: 'f', short: 'f', long: 'skip-fields', value: true },
  { key: 'i', short: 'i', long: 'ignore-case' },
  { key: 's', short: 's', long: 'skip-chars', value: true },
  { key: 'u', short: 'u', long: 'unique' },
];

function skip(line: string, fieldsToSkip: number, charsToSkip: number): string {
  let at = 0;
  for (let f = 0; f < fieldsToSkip; f++) {
    while (at < line.length && (line[at] === ' ' || line[at] === '\t')) at++;
    while (at < line.length && line[at] !== ' ' && line[at] !== '\t') at++;
  }
  return line.slice(at + charsToSkip);
}

export const uniq: Command = {
  name: 'uniq',
  summary: 'report or omit repeated lines',
  usage: 'uniq [OPTION]... [INPUT]',
  man: `Filter adjacent matching lines from INPUT (or standard input), writing to standard output. With no options, matching lines are merged to the first occurrence. Note: 'uniq' does not detect repeated lines unless they are adjacent; you may want to sort the input first.

OPTIONS
-c, --count
prefix lines by the number of occurrences
-d, --repeated
only print duplicate lines, one for each group
-f, --skip-fields=N
avoid comparing the first N fields
-i, --ignore-case
ignore differences in case when comparing
-s, --skip-chars=N
avoid comparing the first N characters
-u, --unique
only print unique lines`,
  flags: flagNames(UNIQ_OPTIONS),
  run(invocation) {
    const parsed = parseOptions('uniq', invocation.args, UNIQ_OPTIONS);
    if ('error' in parsed) return usageError('uniq', parsed.error);
    if (parsed.operands.length > 2) return usageError('uniq', `uniq: extra operand '${parsed.operands[2]}'`);
    const fieldsText = last(parsed, 'f') ?? '0';
    const charsText = last(parsed, 's') ?? '0';
    if (!/^\d+$/.test(fieldsText)) return fail(`uniq: ${fieldsText}: invalid number of fields to skip`);
    if (!/^\d+$/.test(charsText)) return fail(`uniq: ${charsText}: invalid number of bytes to skip`);
    const name = parsed.operands[0] ?? '-';
    const input = readInput(name, invocation);
    if ('error' in input) return fail(`uniq: ${name}: ${strerror(input.error)}`);
    const compared = (line: string) => {
      const rest = skip(line, Number(fieldsText), Number(charsText));
      return has(parsed, 'i') ? rest.toLowerCase() : rest;
    };
    const groups: { line: string; count: number }[] = [];
    for (const line of splitLines(input.text)) {
      const previous = groups[groups.length - 1];
      if (previous && compared(previous.line) === compared(line)) previous.count++;
      else groups.push({ line, count: 1 });
    }
    const shown = groups.filter((g) => (!has(parsed, 'd') || g.count > 1) && (!has(parsed, 'u') || g.count === 1));
    const stdout = shown.map((g) => `${has(parsed, 'c') ? `${String(g.count).padStart(7)} ` : ''}${g.line}\n`).join('');
    return { stdout, stderr: '', exitCode: 0 };
  },
};
