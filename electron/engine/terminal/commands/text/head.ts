import type { Command, CommandInvocation } from '../../types';
import { byteLength, fail, ok, readInput, strerror, usageError } from './io';
import type { OptionSpec } from './options';
import { flagNames, has, last, parseOptions } from './options';

const HEAD_OPTIONS: OptionSpec[] = [
  { key: 'c', short: 'c', long: 'bytes', value: true },
  { key: 'n', short: 'n', long: 'lines', value: true },
  { key: 'q', short: 'q', long: 'quiet' },
  { key: 'v', short: 'v', long: 'verbose' },
];

const MULTIPLIERS: Record<string, number> = { '': 1, b: 512, K: 1024, KB: 1000, KiB: 1024, M: 1024 ** 2, MB: 1000 ** 2, MiB: 1024 ** 2, G: 1024 ** 3, GB: 1000 ** 3 };

/** A count as head and tail read it: digits with an optional sign and a multiplier suffix (`5`, `-5`, `+5`, `2K`). */
export function parseCount(text: string): { sign: '' | '-' | '+'; n: number } | undefined {
  const match = /^([+-]?)(\d+)([A-Za-z]*)$/.exec(text.trim());
  const multiplier = match ? MULTIPLIERS[match[3]!] : undefined;
  if (!match || multiplier === undefined) return undefined;
  return { sign: match[1] as '' | '-' | '+', n: Number(match[2]) * multiplier };
}

/** The offset just after the `n`th newline, or the end of the text. */
export function afterLines(text: string, n: number): number {
  let at = 0;
  for (let i = 0; i < n; i++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at;
}

/** Lines in text, counting a final line without a newline. */
export function lineCount(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return text === '' || text.endsWith('\n') ? count : count + 1;
}

/** The first `n` bytes of text, as UTF-8 (a split character is dropped rather than mangled). */
export function firstBytes(text: string, n: number): string {
  const bytes = new TextEncoder().encode(text).slice(0, Math.max(0, n));
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/\uFFFD$/, '');
}

function headOf(text: string, lines: { sign: string; n: number } | undefined, bytes: { sign: string; n: number } | undefined): string {
  if (bytes) return bytes.sign === '-' ? firstBytes(text, byteLength(text) - bytes.n) : firstBytes(text, bytes.n);
  const count = lines ?? { sign: '', n: 10 };
  if (count.sign === '-') return text.slice(0, afterLines(text, Math.max(0, lineCount(text) - count.n)));
  return text.slice(0, afterLines(text, count.n));
}

/** Prints each file's output under a `==> name <==` header when there are several, as head and tail do. */
export function withHeaders(parts: readonly { name: string; text: string }[], show: boolean): string {
  if (!show) return parts.map((p) => p.text).join('');
  return parts.map((p, i) => `${i > 0 ? '\n' : ''}==> ${p.name === '-' ? 'standard input' : p.name} <==\n${p.text}`).join('');
}

export function readEach(command: string, operands: readonly string[], invocation: CommandInvocation) {
  const parts: { name: string; text: string }[] = [];
  const errors: string[] = [];
  for (const name of operands.length === 0 ? ['-'] : operands) {
    const input = readInput(name, invocation);
    if ('error' in input) errors.push(`${command}: cannot open '${name}' for reading: ${strerror(input.error)}`);
    else parts.push(input);
  }
  return { parts, errors };
}

export const head: Command = {
  name: 'head',
  summary: 'output the first part of files',
  usage: 'head [OPTION]... [FILE]...',
  man: `Print the first 10 lines of each FILE to standard output. With more than one FILE, precede each with a header giving the file name.

With no FILE, or when FILE is -, read standard input.

OPTIONS
-c, --bytes=[-]NUM
print the first NUM bytes of each file; with the leading '-', print all but the last NUM bytes of each file
-n, --lines=[-]NUM
print the first NUM lines instead of the first 10; with the leading '-', print all but the last NUM lines of each file
-q, --quiet
never print headers giving file names
-v, --verbose
always print headers giving file names`,
  flags: flagNames(HEAD_OPTIONS),
  run(invocation) {
    const parsed = parseOptions('head', invocation.args, HEAD_OPTIONS, { numericKey: 'n' });
    if ('error' in parsed) return usageError('head', parsed.error);
    const linesText = last(parsed, 'n');
    const bytesText = last(parsed, 'c');
    const lines = linesText === undefined ? undefined : parseCount(linesText);
    const bytes = bytesText === undefined ? undefined : parseCount(bytesText);
    if (linesText !== undefined && (!lines || lines.sign === '+')) return fail(`head: invalid number of lines: '${linesText}'`);
    if (bytesText !== undefined && (!bytes || bytes.sign === '+')) return fail(`head: invalid number of bytes: '${bytesText}'`);
    const { parts, errors } = readEach('head', parsed.operands, invocation);
    const show = has(parsed, 'v') || (!has(parsed, 'q') && parsed.operands.length > 1);
    const stdout = withHeaders(parts.map((p) => ({ name: p.name, text: headOf(p.text, lines, bytes) })), show);
    return errors.length === 0 ? ok(stdout) : fail(errors.join('\n'), 1, stdout);
  },
};
