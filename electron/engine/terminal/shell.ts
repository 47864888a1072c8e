import { COMMANDS } from './commands';
import { tokenize } from './tokenize';
import type { CommandContext, CommandResult } from './types';

/** Runs one command line against the world, as a login shell would print it. */
export function runCommandLine(line: string, context: CommandContext): CommandResult {
  const tokens = tokenize(line);
  if (!tokens.ok) return { output: `bash: ${tokens.reason}`, exitCode: 2 };
  const [name, ...args] = tokens.words;
  if (name === undefined) return { output: '', exitCode: 0 };
  const command = COMMANDS.get(name);
  if (!command) return { output: `bash: ${name}: command not found`, exitCode: 127 };
  return command.run(args, context);
}
