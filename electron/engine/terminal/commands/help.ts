import type { Command } from '../types';

/** Lists the commands in the table it is given, so it never drifts from what actually exists. */
export function createHelp(commands: () => readonly Command[]): Command {
  return {
    name: 'help',
    summary: 'list the commands this shell knows',
    usage: 'help',
    run() {
      const lines = commands().map((c) => `  ${c.name.padEnd(10)}${c.summary}\n  ${''.padEnd(10)}usage: ${c.usage}`);
      return { stdout: ['Commands:', ...lines].join('\n'), stderr: '', exitCode: 0 };
    },
  };
}
