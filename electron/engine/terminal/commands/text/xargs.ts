import type { Command, CommandResult } from '../../types';
import { usageError } from './io';
import type { OptionSpec } from './options';
import { flagNames, has, last, parseOptions } from './options';

const XARGS_OPTIONS: OptionSpec[] = [
  { key: 'I', short: 'I', value: true },
  { key: 'n', short: 'n', long: 'max-args', value: true },
  { key: 'r', short: 'r', long: 'no-run-if-empty' },
  { key: 't', short: 't', long: 'verbose' },
  { key: 'd', short: 'd', long: 'delimiter', value: true },
  { key: '0', short: '0', long: 'null' },
];

/** Splits xargs input into items: blanks and newlines separate them, quotes and backslashes group. */
function items(text: string): string[] | string {
  const out: string[] = [];
  let current: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      const newline = text.indexOf('\n', i + 1);
      if (end < 0 || (newline >= 0 && newline < end)) return `xargs: unmatched ${c === '"' ? 'double' : 'single'} quote; by default quotes are special to xargs unless you use the -0 option`;
      current = (current ?? '') + text.slice(i + 1, end);
      i = end;
    } else if (c === '\\' && i + 1 < text.length) current = (current ?? '') + text[++i];
    else if (/\s/.test(c)) {
      if (current !== undefined) out.push(current);
      current = undefined;
    } else current = (current ?? '') + c;
  }
  if (current !== undefined) out.push(current);
  return out;
}

/**
 * `xargs [COMMAND [ARGS]]`: runs a command of the table with the items of standard input appended
 * (or put in place of `-I`'s replace string), in batches of `-n`. Its commands get no standard input.
 */
export function createXargs(commands: () => readonly Command[]): Command {
  return {
    name: 'xargs',
    summary: 'build and execute command lines from standard input',
    usage: 'xargs [OPTION]... [COMMAND [INITIAL-ARGS]...]',
    man: `xargs reads items from the standard input, delimited by blanks or newlines, and executes the command (default is echo) one or more times with any initial-arguments followed by items read from standard input. Blank lines on the standard input are ignored.

OPTIONS
-0, --null
input items are terminated by a null character instead of by whitespace
-d, --delimiter=delim
input items are terminated by the specified character
-I replace-str
replace occurrences of replace-str in the initial-arguments with names read from standard input; implies one line per command
-n, --max-args=max-args
use at most max-args arguments per command line
-r, --no-run-if-empty
if the standard input does not contain any nonblanks, do not run the command
-t, --verbose
print the command line on the standard error output before executing it

EXIT STATUS
0 if it succeeds, 123 if any invocation of the command exited with status 1-125, 127 if the command is not found.`,
    flags: flagNames(XARGS_OPTIONS),
    run(invocation, context): CommandResult {
      const parsed = parseOptions('xargs', invocation.args, XARGS_OPTIONS, { stopAtOperand: true });
      if ('error' in parsed) return usageError('xargs', parsed.error);
      const [name = 'echo', ...initial] = parsed.operands;
      const delimiter = has(parsed, '0') ? '\0' : last(parsed, 'd');
      const split = delimiter === undefined ? items(invocation.stdin) : invocation.stdin.split(delimiter).filter((x, i, all) => x !== '' || i < all.length - 1);
      if (typeof split === 'string') return { stdout: '', stderr: `${split}\n`, exitCode: 1 };
      const replace = last(parsed, 'I');
      const maxText = last(parsed, 'n');
      if (maxText !== undefined && !(Number(maxText) >= 1)) return { stdout: '', stderr: `xargs: value ${maxText} for -n option should be >= 1\n`, exitCode: 1 };
      const lines = replace === undefined ? [] : invocation.stdin.split('\n').map((l) => l.trim()).filter((l) => l !== '');
      const batches: string[][] = [];
      if (replace !== undefined) for (const line of lines) batches.push(initial.map((a) => a.replaceAll(replace, line)));
      else {
        const size = maxText === undefined ? Math.max(1, split.length) : Number(maxText);
        for (let i = 0; i < split.length; i += size) batches.push([...initial, ...split.slice(i, i + size)]);
        if (split.length === 0 && !has(parsed, 'r')) batches.push(initial);
      }
      const command = name === 'echo' ? undefined : commands().find((c) => c.name === name);
      if (name !== 'echo' && !command) return { stdout: '', stderr: `xargs: ${name}: No such file or directory\n`, exitCode: 127 };
      let stdout = '';
      let stderr = '';
      let failed = false;
      for (const args of batches) {
        if (has(parsed, 't')) stderr += `${[name, ...args].join(' ')}\n`;
        if (!command) {
          stdout += `${args.join(' ')}\n`;
          continue;
        }
        const result = command.run({ ...invocation, args, stdin: '' }, context);
        stdout += result.stdout;
        stderr += result.stderr;
        if (result.exitCode === 255) return { stdout, stderr: `${stderr}xargs: ${name}: exited with status 255; aborting\n`, exitCode: 124 };
        if (result.exitCode !== 0) failed = true;
      }
      return { stdout, stderr, exitCode: failed ? 123 : 0 };
    },
  };
}
