import type { Command } from '../../types';
import { resolvePath, strerror, usageError } from './io';
import type { OptionSpec } from './options';
import { flagNames, has, parseOptions } from './options';

const TEE_OPTIONS: OptionSpec[] = [
  { key: 'a', short: 'a', long: 'append' },
  { key: 'i', short: 'i', long: 'ignore-interrupts' },
];

export const tee: Command = {
  name: 'tee',
  summary: 'read from standard input and write to standard output and files',
  usage: 'tee [OPTION]... [FILE]...',
  man: `Copy standard input to each FILE, and also to standard output.

OPTIONS
-a, --append
append to the given FILEs, do not overwrite
-i, --ignore-interrupts
ignore interrupt signals`,
  flags: flagNames(TEE_OPTIONS),
  run(invocation) {
    const parsed = parseOptions('tee', invocation.args, TEE_OPTIONS);
    if ('error' in parsed) return usageError('tee', parsed.error);
    const errors: string[] = [];
    for (const name of parsed.operands) {
      if (name === '-') continue;
      const written = invocation.fs.write(resolvePath(invocation.cwd, name), invocation.stdin, has(parsed, 'a'));
      if (!written.ok) errors.push(`tee: ${name}: ${strerror(written.error)}`);
    }
    return { stdout: invocation.stdin, stderr: errors.length === 0 ? '' : `${errors.join('\n')}\n`, exitCode: errors.length === 0 ? 0 : 1 };
  },
};
