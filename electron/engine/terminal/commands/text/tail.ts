import type { Command } from '../../types';
import { byteLength, fail, ok, usageError } from './io';
import { followFiles } from './follow';
import { afterLines, firstBytes, lineCount, parseCount, readEach, withHeaders } from './head';
import type { OptionSpec } from './options';
import { flagNames, has, last, parseOptions } from './options';

const TAIL_OPTIONS: OptionSpec[] = [
  { key: 'c', short: 'c', long: 'bytes', value: true },
  { key: 'f', short: 'f', long: 'follow' },
  { key: 'F', short: 'F' },
  { key: 'n', short: 'n', long: 'lines', value: true },
  { key: 'q', short: 'q', long: 'quiet' },
  { key: 'retry', long: 'retry' },
  { key: 's', short: 's', long: 'sleep-interval', value: true },
  { key: 'v', short: 'v', long: 'verbose' },
];

type Count = { sign: string; n: number };

function tailOf(text: string, lines: Count, bytes: Count | undefined): string {
  if (bytes) {
    const total = byteLength(text);
    const start = bytes.sign === '+' ? Math.max(0, bytes.n - 1) : Math.max(0, total - bytes.n);
    return text.slice(firstBytes(text, start).length);
  }
  if (lines.sign === '+') return text.slice(afterLines(text, Math.max(0, lines.n - 1)));
  return text.slice(afterLines(text, Math.max(0, lineCount(text) - lines.n)));
}

export const tail: Command = {
  name: 'tail',
  summary: 'output the last part of files',
  usage: 'tail [OPTION]... [FILE]...',
  man: `Print the last 10 lines of each FILE to standard output. With more than one FILE, precede each with a header giving the file name.

With no FILE, or when FILE is -, read standard input.

OPTIONS
-c, --bytes=[+]NUM
output the last NUM bytes; or use -c +NUM to output starting with byte NUM of each file
-f, --follow
output appended data as the file grows (Ctrl-C stops it)
-F
same as --follow --retry: keep trying to open a file that is missing or replaced
-n, --lines=[+]NUM
output the last NUM lines, instead of the last 10; or use -n +NUM to skip NUM-1 lines at the start
-q, --quiet
never output headers giving file names
-v, --verbose
always output headers giving file names`,
  flags: flagNames(TAIL_OPTIONS),
  run(invocation) {
    const args = [...invocation.args];
    // The obsolete `tail +N [FILE]` form, still accepted when it comes first.
    if (args[0] !== undefined && /^\+\d+$/.test(args[0]) && args.length <= 2) args.splice(0, 1, '-n', args[0]);
    const parsed = parseOptions('tail', args, TAIL_OPTIONS, { numericKey: 'n' });
    if ('error' in parsed) return usageError('tail', parsed.error);
    const linesText = last(parsed, 'n');
    const bytesText = last(parsed, 'c');
    const lines = linesText === undefined ? { sign: '', n: 10 } : parseCount(linesText);
    const bytes = bytesText === undefined ? undefined : parseCount(bytesText);
    if (!lines) return fail(`tail: invalid number of lines: '${linesText}'`);
    if (bytesText !== undefined && !bytes) return fail(`tail: invalid number of bytes: '${bytesText}'`);
    const retry = has(parsed, 'F') || has(parsed, 'retry');
    const following = has(parsed, 'f') || has(parsed, 'F');
    const { parts, errors } = readEach('tail', parsed.operands, invocation);
    const show = has(parsed, 'v') || (!has(parsed, 'q') && parsed.operands.length > 1);
    const stdout = withHeaders(parts.map((p) => ({ name: p.name, text: tailOf(p.text, lines, bytes) })), show);
    const files = parsed.operands.filter((name) => name !== '-');
    // Standard input is a finished pipe here, so there is nothing to follow on it (as with a real pipe).
    if (!following || files.length === 0) return errors.length === 0 ? ok(stdout) : fail(errors.join('\n'), 1, stdout);
    if (!retry && parts.every((p) => p.name === '-')) return fail([...errors, 'tail: no files remaining'].join('\n'), 1, stdout);
    const present = new Map(parts.map((p) => [p.name, p.text]));
    const follow = followFiles(files.map((name) => ({ name, text: present.get(name) })), invocation.cwd, invocation.fs, retry);
    return { stdout, stderr: errors.length === 0 ? '' : `${errors.join('\n')}\n`, exitCode: errors.length === 0 ? 0 : 1, follow };
  },
};
