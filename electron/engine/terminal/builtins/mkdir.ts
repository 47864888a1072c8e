import { FS_ERROR_TEXT } from '../fs/errors';
import type { HostFs } from '../fs/host-fs';
import { parentOf, resolvePath } from '../fs/path';
import type { Command, FsError, VirtualFs } from '../types';
import { badOption, parseOptions } from './options';
import { lines, out } from './shell-state';

function makeDirectory(fs: VirtualFs, path: string): { ok: true } | { ok: false; error: FsError } {
  const mkdir = (fs as Partial<HostFs>).mkdir;
  return mkdir ? mkdir(path) : { ok: false, error: 'EACCES' };
}

/** `mkdir [-p] dir…`: GNU mkdir (its messages quote with ‘ ’ in a UTF-8 locale). */
export const mkdir: Command = {
  name: 'mkdir',
  summary: 'make directories',
  usage: 'mkdir [-p] dir…',
  flags: ['-p'],
  run({ args, cwd, fs }) {
    const parsed = parseOptions(args, 'pv', { parents: 'p' });
    if ('bad' in parsed) return { stdout: '', stderr: badOption('mkdir', parsed.bad), exitCode: 1 };
    if (parsed.operands.length === 0) return { stdout: '', stderr: badOption('mkdir', 'missing operand'), exitCode: 1 };
    const parents = parsed.flags.has('p');
    const errors: string[] = [];
    for (const operand of parsed.operands) {
      const path = resolvePath(cwd, operand);
      const chain: string[] = [];
      for (let dir = path; parents && dir !== '/' && fs.stat(dir) === undefined; dir = parentOf(dir)) chain.unshift(dir);
      if (parents && chain.length === 0 && fs.stat(path)?.kind === 'dir') continue;
      for (const dir of parents ? chain : [path]) {
        const made = makeDirectory(fs, dir);
        if (!made.ok) {
          errors.push(`mkdir: cannot create directory ‘${operand}’: ${FS_ERROR_TEXT[made.error]}`);
          break;
        }
      }
    }
    return errors.length > 0 ? { stdout: '', stderr: lines(errors), exitCode: 1 } : out('');
  },
};

/** `touch file…`: creates empty files, or marks existing ones as modified now. */
export const touch: Command = {
  name: 'touch',
  summary: 'create files or update their times',
  usage: 'touch file…',
  run({ args, cwd, fs }) {
    const parsed = parseOptions(args, 'c', { 'no-create': 'c' });
    if ('bad' in parsed) return { stdout: '', stderr: badOption('touch', parsed.bad), exitCode: 1 };
    if (parsed.operands.length === 0) return { stdout: '', stderr: badOption('touch', 'missing file operand'), exitCode: 1 };
    const errors: string[] = [];
    for (const operand of parsed.operands) {
      const path = resolvePath(cwd, operand);
      const stat = fs.stat(path);
      if (stat?.kind === 'dir' || (stat === undefined && parsed.flags.has('c'))) continue;
      const written = fs.write(path, '', stat !== undefined);
      if (!written.ok) errors.push(`touch: cannot touch '${operand}': ${FS_ERROR_TEXT[written.error]}`);
    }
    return errors.length > 0 ? { stdout: '', stderr: lines(errors), exitCode: 1 } : out('');
  },
};
