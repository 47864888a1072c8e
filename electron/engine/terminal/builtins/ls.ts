import { resolvePath } from '../fs/path';
import type { Command, FsStat, VirtualFs } from '../types';
import { blocksOf, columns, humanSize, longRows } from './ls-format';
import { badOption, parseOptions } from './options';
import type { ShellState } from './shell-state';
import { lines } from './shell-state';

type Entry = { name: string; stat: FsStat };

function directoryEntries(fs: VirtualFs, path: string, flags: Set<string>): Entry[] {
  const listed = fs.list(path);
  const names = listed.ok ? listed.names.filter((n) => flags.has('a') || flags.has('A') || !n.startsWith('.')) : [];
  const withDots = flags.has('a') ? ['.', '..', ...names] : names;
  return withDots.flatMap((name) => {
    const stat = fs.stat(resolvePath(path, name));
    return stat ? [{ name, stat }] : [];
  });
}

/** `ls [-l] [-a] [-h] [path…]`: GNU ls over the host's filesystem. */
export function createLs(shell: ShellState): Command {
  return {
    name: 'ls',
    summary: 'list directory contents',
    usage: 'ls [-l] [-a] [-h] [-d] [path…]',
    flags: ['-l', '-a', '-A', '-h', '-d', '-1', '-la', '-lh', '-lah', '-ld'],
    run({ args, cwd, fs }, context) {
      const parsed = parseOptions(args, 'laAhd1', { all: 'a', 'almost-all': 'A', 'human-readable': 'h', directory: 'd' });
      if ('bad' in parsed) return { stdout: '', stderr: badOption('ls', parsed.bad), exitCode: 2 };
      const { flags } = parsed;
      const operands = parsed.operands.length > 0 ? parsed.operands : ['.'];
      const now = context.world.startUnixMs + context.now;
      const format = (entries: Entry[]): string[] => {
        if (flags.has('l')) return longRows(entries, now, flags.has('h'));
        const names = entries.map((e) => e.name);
        return flags.has('1') || !shell.stdoutIsTerminal() ? names : columns(names);
      };
      const errors: string[] = [];
      const files: Entry[] = [];
      const dirs: { name: string; path: string }[] = [];
      for (const operand of operands) {
        const path = resolvePath(cwd, operand);
        const stat = fs.stat(path);
        if (!stat) errors.push(`ls: cannot access '${operand}': No such file or directory`);
        else if (stat.kind === 'dir' && !flags.has('d')) dirs.push({ name: operand, path });
        else files.push({ name: operand, stat });
      }
      // GNU ls lists file operands first, then directories, each group sorted by name.
      const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      files.sort(byName);
      dirs.sort(byName);
      const blocks: string[][] = [];
      if (files.length > 0) blocks.push(format(files));
      for (const dir of dirs) {
        const entries = directoryEntries(fs, dir.path, flags);
        const total = entries.reduce((sum, e) => sum + blocksOf(e.stat), 0);
        const header = operands.length > 1 ? [`${dir.name}:`] : [];
        const totalLine = flags.has('l') ? [`total ${flags.has('h') ? humanSize(total * 1024) : total}`] : [];
        blocks.push([...header, ...totalLine, ...format(entries)]);
      }
      const stdout = blocks.map((b) => lines(b)).join('\n');
      return { stdout, stderr: lines(errors), exitCode: errors.length > 0 ? 2 : 0 };
    },
  };
}
