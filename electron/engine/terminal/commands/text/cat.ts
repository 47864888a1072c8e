import type { Command, CommandInvocation, CommandResult } from '../../types';
import { fail, ok, readInput, strerror, usageError } from './io';
import type { OptionSpec } from './options';
import { flagNames, has, parseOptions } from './options';

const CAT_OPTIONS: OptionSpec[] = [
  { key: 'A', short: 'A', long: 'show-all' },
  { key: 'b', short: 'b', long: 'number-nonblank' },
  { key: 'E', short: 'E', long: 'show-ends' },
  { key: 'n', short: 'n', long: 'number' },
  { key: 's', short: 's', long: 'squeeze-blank' },
  { key: 'T', short: 'T', long: 'show-tabs' },
];

type Decor = { number: boolean; nonblank: boolean; ends: boolean; squeeze: boolean; tabs: boolean };

/** cat's line options over the whole concatenated stream, which is how cat numbers across files. */
function decorate(text: string, decor: Decor): string {
  if (!decor.number && !decor.nonblank && !decor.ends && !decor.squeeze && !decor.tabs) return text;
  const pieces = text.split('\n');
  const trailing = pieces.pop()!;
  const out: string[] = [];
  let n = 0;
  let previousBlank = false;
  const emit = (line: string, newline: boolean) => {
    const blank = line === '';
    if (decor.squeeze && blank && previousBlank && newline) return;
    previousBlank = blank;
    let body = decor.tabs ? line.replaceAll('\t', '^I') : line;
    if (decor.ends && newline) body += '$';
    const numbered = decor.nonblank ? !blank : decor.number;
    out.push(`${numbered ? `${String(++n).padStart(6)}\t` : ''}${body}${newline ? '\n' : ''}`);
  };
  for (const line of pieces) emit(line, true);
  if (trailing !== '') emit(trailing, false);
  return out.join('');
}

function concatenate(operands: readonly string[], invocation: CommandInvocation, openError: (name: string, message: string) => string): { text: string; errors: string[]; parts: { name: string; text: string }[] } {
  const errors: string[] = [];
  const parts: { name: string; text: string }[] = [];
  for (const name of operands.length === 0 ? ['-'] : operands) {
    const input = readInput(name, invocation);
    if ('error' in input) errors.push(openError(name, strerror(input.error)));
    else parts.push(input);
  }
  return { text: parts.map((p) => p.text).join(''), errors, parts };
}

function result(stdout: string, errors: readonly string[]): CommandResult {
  return errors.length === 0 ? ok(stdout) : fail(errors.join('\n'), 1, stdout);
}

export const cat: Command = {
  name: 'cat',
  summary: 'concatenate files and print on the standard output',
  usage: 'cat [OPTION]... [FILE]...',
  man: `Concatenate FILE(s) to standard output.

With no FILE, or when FILE is -, read standard input.

OPTIONS
-A, --show-all
equivalent to -ET here (no control characters in this terminal)
-b, --number-nonblank
number nonempty output lines, overrides -n
-E, --show-ends
display $ at end of each line
-n, --number
number all output lines
-s, --squeeze-blank
suppress repeated empty output lines
-T, --show-tabs
display TAB characters as ^I`,
  flags: flagNames(CAT_OPTIONS),
  run(invocation) {
    const parsed = parseOptions('cat', invocation.args, CAT_OPTIONS);
    if ('error' in parsed) return usageError('cat', parsed.error);
    const all = has(parsed, 'A');
    const decor = { number: has(parsed, 'n'), nonblank: has(parsed, 'b'), ends: all || has(parsed, 'E'), squeeze: has(parsed, 's'), tabs: all || has(parsed, 'T') };
    const { text, errors } = concatenate(parsed.operands, invocation, (name, message) => `cat: ${name}: ${message}`);
    return result(decorate(text, decor), errors);
  },
};

/** less has no pager here: it prints the whole file, as it does when its output is not a terminal. */
export const less: Command = {
  name: 'less',
  summary: 'opposite of more',
  usage: 'less [FILE]...',
  man: `Less is a program similar to more, but which allows backward movement in the file as well as forward movement.

In this terminal there is no pager: less prints the files whole, as it does when its output is not a terminal. Pipe into grep, head or tail to narrow the output.`,
  run(invocation) {
    const operands = invocation.args.filter((a) => !a.startsWith('-') && !a.startsWith('+'));
    const { text, errors } = concatenate(operands, invocation, (name, message) => `${name}: ${message}`);
    return result(text, errors);
  },
};

export const more: Command = {
  name: 'more',
  summary: 'file perusal filter for crt viewing',
  usage: 'more [FILE]...',
  man: `more is a filter for paging through text one screenful at a time.

In this terminal there is no pager: more prints the files whole, with a header before each when there are several.`,
  run(invocation) {
    const operands = invocation.args.filter((a) => !a.startsWith('-') && !a.startsWith('+'));
    const { errors, parts } = concatenate(operands, invocation, (name, message) => `more: cannot open ${name}: ${message}`);
    const text = parts.length > 1 ? parts.map((p) => `::::::::::::::\n${p.name}\n::::::::::::::\n${p.text}`).join('') : parts.map((p) => p.text).join('');
    return result(text, errors);
  },
};
