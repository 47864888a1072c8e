import { FS_ERROR_TEXT } from '../fs/errors';
import { resolvePath } from '../fs/path';
import type { Command } from '../types';
import type { ShellState } from './shell-state';
import { err, out } from './shell-state';

/** `cd [dir|-|~]`: bash's builtin, with its messages. */
export function createCd(shell: ShellState): Command {
  return {
    name: 'cd',
    summary: 'change the working directory',
    usage: 'cd [dir | - | ~]',
    run({ args, env, cwd, fs }) {
      const operands = args[0] === '--' ? args.slice(1) : args;
      if (operands.length > 1) return err('bash: cd: too many arguments\n');
      const arg = operands[0];
      let target = arg ?? env.get('HOME') ?? shell.home;
      if (arg === '-') {
        const old = env.get('OLDPWD');
        if (old === undefined) return err('bash: cd: OLDPWD not set\n');
        target = old;
      }
      if (target === '') return out('');
      const path = resolvePath(cwd, target);
      const stat = fs.stat(path);
      if (stat === undefined) return err(`bash: cd: ${target}: ${FS_ERROR_TEXT.ENOENT}\n`);
      if (stat.kind !== 'dir') return err(`bash: cd: ${target}: ${FS_ERROR_TEXT.ENOTDIR}\n`);
      shell.chdir(path);
      return out(arg === '-' ? `${path}\n` : '');
    },
  };
}

export const pwd: Command = {
  name: 'pwd',
  summary: 'print the working directory',
  usage: 'pwd',
  run: ({ cwd }) => out(`${cwd}\n`),
};
