import { COMMANDS } from './commands';
import { tokenize } from './tokenize';
import type { CommandContext, VirtualFs } from './types';

/** Until the shell has hosts and files, commands see an empty filesystem. */
const NO_FILES: VirtualFs = {
  read: () => ({ ok: false, error: 'ENOENT' }),
  stat: () => undefined,
  list: () => ({ ok: false, error: 'ENOENT' }),
  write: () => ({ ok: false, error: 'EACCES' }),
  remove: () => ({ ok: false, error: 'ENOENT' }),
};

/** Runs one command line against the world, as a login shell would print it (stdout, then stderr). */
export function runCommandLine(line: string, context: CommandContext): { output: string; exitCode: number } {
  const tokens = tokenize(line);
  if (!tokens.ok) return { output: `bash: ${tokens.reason}`, exitCode: 2 };
  const [name, ...args] = tokens.words;
  if (name === undefined) return { output: '', exitCode: 0 };
  const command = COMMANDS.get(name);
  if (!command) return { output: `bash: ${name}: command not found`, exitCode: 127 };
  const result = command.run({ args, stdin: '', env: new Map(), user: 'oncall', host: 'bastion', cwd: '/home/oncall', fs: NO_FILES }, context);
  return { output: [result.stdout, result.stderr].filter((s) => s !== '').join('\n'), exitCode: result.exitCode };
}
