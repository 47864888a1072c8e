import { logWriters } from '../../../sim/faults/data-state';
import { resolvePath } from '../../fs/path';
import type { Command, CommandContext, CommandInvocation, CommandResult } from '../../types';
import { failed } from './result';

/** The runaway log at `path` on `host` (the disk-fill fault's writer), with the mount it fills. */
function runawayLog(context: CommandContext, host: string, path: string): { mount: string; bytes: number } | undefined {
  for (const disk of context.world.hosts.get(host)?.disks ?? []) {
    const writer = logWriters(disk).find((w) => !w.deletedOpen && w.path === path);
    if (writer) return { mount: disk.mount, bytes: writer.visibleBytes };
  }
  return undefined;
}

/**
 * `truncate -s 0 FILE…`: empties files. A runaway log emptied this way frees its space at once (the
 * clear-disk operation on its filesystem), while its writer keeps writing to it.
 */
function run({ args, fs, cwd, host }: CommandInvocation, context: CommandContext): CommandResult {
  let size: string | undefined;
  let noCreate = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-s' || arg === '--size') size = args[++i];
    else if (arg.startsWith('--size=')) size = arg.slice('--size='.length);
    else if (/^-s./.test(arg)) size = arg.slice(2);
    else if (arg === '-c' || arg === '--no-create') noCreate = true;
    else if (arg.startsWith('-')) return failed(`truncate: invalid option -- '${arg.replace(/^-+/, '')}'\nTry 'truncate --help' for more information.`);
    else files.push(arg);
  }
  if (size === undefined) return failed("truncate: you must specify either '--size' or '--reference'\nTry 'truncate --help' for more information.");
  if (!/^[0-9]+([KMGT](iB|B)?)?$/.test(size)) return failed(`truncate: Invalid number: '${size}'`);
  if (size !== '0') return failed('truncate: only truncating to size 0 is supported on this host');
  if (files.length === 0) return failed("truncate: missing file operand\nTry 'truncate --help' for more information.");
  const errors: string[] = [];
  for (const file of files) {
    const path = resolvePath(cwd, file);
    const runaway = runawayLog(context, host, path);
    if (runaway) {
      if (runaway.bytes > 0) context.operate('clear-disk', `${host}:${runaway.mount}`, { gb: runaway.bytes / 1e9 });
      continue;
    }
    const stat = fs.stat(path);
    if (stat?.kind === 'dir') errors.push(`truncate: cannot open '${file}' for writing: Is a directory`);
    else if (stat === undefined && noCreate) continue;
    else if (!fs.write(path, '', false).ok) errors.push(`truncate: cannot open '${file}' for writing: ${stat ? 'Permission denied' : 'No such file or directory'}`);
  }
  return { stdout: '', stderr: errors.join('\n'), exitCode: errors.length > 0 ? 1 : 0 };
}

export const truncate: Command = {
  name: 'truncate',
  summary: 'shrink a file to size 0 (empty a runaway log without deleting it, so its space is freed at once)',
  usage: 'truncate -s 0 FILE...',
  man: [
    'NAME\n       truncate - shrink or extend the size of a file to the specified size',
    'SYNOPSIS\n       truncate OPTION... FILE...',
    'DESCRIPTION\n       Shrink or extend the size of each FILE to the specified size. A FILE argument that does not exist is\n       created. Emptying a log its writer still holds open frees the space at once, where rm would not.',
    'OPTIONS\n       -c, --no-create   do not create any files\n       -s, --size=SIZE   set or adjust the file size by SIZE bytes',
  ].join('\n\n'),
  flags: ['-s', '--size=', '-c', '--no-create'],
  run,
};
