import { COMMANDS } from './commands';
import { FILE_PROVIDERS } from './fs/providers';
import { ShellSession } from './shell/session';
import type { CommandContext } from './types';

/**
 * Runs one command line in a fresh login shell on the bastion, as the terminal would show it. A question
 * is answered "no" (as with no terminal to ask on), and a follow stops after its first output.
 */
export function runCommandLine(line: string, context: CommandContext): { output: string; exitCode: number } {
  const session = new ShellSession({ commands: COMMANDS, providers: FILE_PROVIDERS });
  const first = session.run(line, context);
  if (first.awaiting !== 'confirm') return { output: first.output, exitCode: first.exitCode };
  const answer = session.run('', context);
  return { output: [first.output, answer.output].filter((s) => s !== '').join('\n'), exitCode: answer.exitCode };
}
