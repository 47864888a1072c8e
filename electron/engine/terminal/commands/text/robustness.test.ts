import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../testing/command-context';
import { memoryFs } from '../../../testing/memory-fs';
import { TEXT_COMMANDS, createXargs } from './index';
import { context } from './table-cases';

const COMMANDS = [...TEXT_COMMANDS, createXargs(() => TEXT_COMMANDS)];

/** Arguments drawn from each command's own flags, plausible operands and arbitrary text. */
function argument(flags: readonly string[]) {
  return fc.oneof(fc.constantFrom(...flags, '-', '--', '-n', '5', '-5', '+2', '0', 'x', '.', '/', 'a.log', 'nope', '/etc', '[', '\\(', '{print $1}', '.a', '%s', '1-3', ','), fc.string({ maxLength: 12 }));
}

describe('text commands never throw', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s answers any arguments and input with an exit code', (_, command) => {
    fc.assert(
      fc.property(fc.array(argument(command.flags ?? []), { maxLength: 6 }), fc.string({ maxLength: 80 }), (args, stdin) => {
        const fs = memoryFs({ '/home/oncall/a.log': 'one 1\ntwo 2\n', '/etc/app/a.conf': 'k=v\n' });
        const result = runCommand(command, args, context(), { stdin, fs });
        expect(Number.isInteger(result.exitCode)).toBe(true);
        expect(typeof result.stdout).toBe('string');
        result.follow?.next(context());
      }),
      { numRuns: 300 },
    );
  });
});
