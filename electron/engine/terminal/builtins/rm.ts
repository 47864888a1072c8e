import { FS_ERROR_TEXT } from '../fs/errors';
import { resolvePath } from '../fs/path';
import type { Command, CommandResult } from '../types';
import { badOption, parseOptions } from './options';
import { lines, out } from './shell-state';

/** The question `rm -I` asks before a recursive removal or one of more than three files. */
function question(count: number, recursive: boolean): string {
  return `rm: remove ${count} argument${count === 1 ? '' : 's'}${recursive ? ' recursively' : ''}? `;
}

/** `rm [-r] [-f] [-i] path…`: GNU rm; asks first, as `rm -I` does, when the removal is large or recursive. */
export const rm: Command = {
  name: 'rm',
  summary: 'remove files or directories',
  usage: 'rm [-r] [-f] [-i] path…',
  man: 'NAME\n       rm - remove files or directories\n\nSYNOPSIS\n       rm [OPTION]... [FILE]...\n\nOPTIONS\n       -f     ignore nonexistent files and arguments, never prompt\n       -i     prompt before every removal\n       -I     prompt once before removing more than three files, or when removing recursively\n       -r, -R remove directories and their contents recursively\n',
  flags: ['-r', '-f', '-i', '-I', '-rf'],
  run({ args, cwd, fs, confirmed }): CommandResult {
    const parsed = parseOptions(args, 'rRfiIv', { recursive: 'r', force: 'f', interactive: 'i' });
    if ('bad' in parsed) return { stdout: '', stderr: badOption('rm', parsed.bad), exitCode: 1 };
    const { flags, operands } = parsed;
    const recursive = flags.has('r') || flags.has('R');
    const force = flags.has('f');
    if (operands.length === 0) return force ? out('') : { stdout: '', stderr: badOption('rm', 'missing operand'), exitCode: 1 };
    if (recursive && operands.some((o) => resolvePath(cwd, o) === '/')) {
      return { stdout: '', stderr: "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n", exitCode: 1 };
    }
    if (confirmed === undefined) {
      const single = operands.length === 1 && !recursive ? fs.stat(resolvePath(cwd, operands[0]!)) : undefined;
      if (flags.has('i') && single?.kind === 'file') return { stdout: '', stderr: '', exitCode: 0, confirm: `rm: remove regular ${single.size === 0 ? 'empty ' : ''}file '${operands[0]}'? ` };
      if (recursive || operands.length > 3 || flags.has('i')) return { stdout: '', stderr: '', exitCode: 0, confirm: question(operands.length, recursive) };
    }
    if (confirmed === false) return out('');
    const errors: string[] = [];
    for (const operand of operands) {
      const path = resolvePath(cwd, operand);
      const stat = fs.stat(path);
      if (!stat) {
        if (!force) errors.push(`rm: cannot remove '${operand}': ${FS_ERROR_TEXT.ENOENT}`);
        continue;
      }
      if (stat.kind === 'dir' && !recursive) {
        errors.push(`rm: cannot remove '${operand}': ${FS_ERROR_TEXT.EISDIR}`);
        continue;
      }
      const removed = fs.remove(path, recursive);
      if (!removed.ok) errors.push(`rm: cannot remove '${operand}': ${FS_ERROR_TEXT[removed.error]}`);
    }
    return { stdout: '', stderr: lines(errors), exitCode: errors.length > 0 ? 1 : 0 };
  },
};
