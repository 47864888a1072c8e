import { humanBytes } from '../../../sim/faults/data-state';
import type { Command, CommandContext, CommandInvocation, CommandResult } from '../../types';
import { dfFigures, diskOf, duBytes } from './disk-usage';
import { completeFrom, hostState, invalidOption } from './host-model';


/** GNU df's minimum column widths (Filesystem, sizes, Use%); cells wider than these widen their column. */
const DF_MIN_WIDTHS = [14, 5, 5, 5, 4, 0];

/** Columns as GNU df lays them out: each as wide as its widest cell, text left and numbers right. */
function columns(rows: string[][], left: number[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(DF_MIN_WIDTHS[i] ?? 0, ...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : left.includes(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' ')).join('\n');
}

function absolute(cwd: string, path: string): string {
  const parts: string[] = [];
  for (const p of (path.startsWith('/') ? path : `${cwd}/${path}`).split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return `/${parts.join('/')}`;
}

function dfRun({ args, host, cwd }: CommandInvocation, context: CommandContext): CommandResult {
  let human = false;
  const paths: string[] = [];
  for (const arg of args) {
    if (arg === '-h' || arg === '--human-readable') human = true;
    else if (arg === '-k' || arg === '-l' || arg === '--local') continue;
    else if (arg.startsWith('-') && arg.length > 1) {
      const bad = [...arg.slice(1)].find((l) => !'hkl'.includes(l));
      if (bad !== undefined || arg.startsWith('--')) return invalidOption('df', bad !== undefined ? `-${bad}` : arg);
      human ||= arg.includes('h');
    } else paths.push(absolute(cwd, arg));
  }
  const state = hostState(context, host);
  const memory = state.spec.memory_gb * 1e9;
  const size = (bytes: number) => (human ? (bytes <= 0 ? '0' : humanBytes(bytes)) : String(Math.ceil(bytes / 1024)));
  const row = (fs: string, total: number, used: number, avail: number, pct: number, mount: string) => [fs, size(total), size(used), size(avail), `${pct}%`, mount];
  const disks = paths.length > 0 ? paths.map((p) => diskOf(context, host, p)) : state.disks;
  const rows = disks.map((d) => {
    const f = dfFigures(d);
    return row(d.device, f.size, f.used, f.avail, f.usePct, d.mount);
  });
  if (paths.length === 0) {
    rows.unshift(row('udev', memory / 2, 0, memory / 2, 0, '/dev'), row('tmpfs', memory / 10, 1.2e6, memory / 10 - 1.2e6, 1, '/run'));
    rows.push(row('tmpfs', memory / 2, 0, memory / 2, 0, '/dev/shm'), row('tmpfs', 5_242_880, 0, 5_242_880, 0, '/run/lock'));
  }
  return { stdout: columns([['Filesystem', human ? 'Size' : '1K-blocks', 'Used', human ? 'Avail' : 'Available', 'Use%', 'Mounted on'], ...rows], [0, 5]), stderr: '', exitCode: 0 };
}

export const df: Command = {
  name: 'df',
  summary: 'report filesystem size, use and free space on the host',
  usage: 'df [-h] [PATH...]',
  man: 'NAME\n       df - report file system space usage\n\nSYNOPSIS\n       df [OPTION]... [FILE]...\n\nDESCRIPTION\n       df displays the amount of space available on the file system containing each file name argument, or on all file systems. Space held by deleted files that a process still has open is counted as used.\n\nOPTIONS\n       -h, --human-readable  print sizes in powers of 1024 (e.g., 1023M)',
  flags: ['-h'],
  complete: completeFrom(['-h', '/', '/var/lib/postgresql', '/var/log']),
  run: dfRun,
};

function duRun({ args, host, cwd, fs }: CommandInvocation, context: CommandContext): CommandResult {
  let human = false;
  let total = false;
  const paths: string[] = [];
  for (const arg of args) {
    if (arg.startsWith('-') && arg.length > 1 && !arg.startsWith('--')) {
      const bad = [...arg.slice(1)].find((l) => !'shcxa'.includes(l));
      if (bad !== undefined) return invalidOption('du', `-${bad}`);
      human ||= arg.includes('h');
      total ||= arg.includes('c');
    } else if (arg === '--human-readable' || arg === '--summarize' || arg === '--total') {
      human ||= arg === '--human-readable';
      total ||= arg === '--total';
    } else if (arg.startsWith('--')) return invalidOption('du', arg);
    else paths.push(arg);
  }
  const out: string[] = [];
  const errors: string[] = [];
  let sum = 0;
  for (const path of paths.length > 0 ? paths : ['.']) {
    const abs = absolute(cwd, path);
    const stat = fs.stat(abs);
    const bytes = duBytes(context, host, abs) ?? (stat ? (stat.kind === 'file' ? stat.size : 4096) : undefined);
    if (bytes === undefined) {
      errors.push(`du: cannot access '${path}': No such file or directory`);
      continue;
    }
    sum += bytes;
    out.push(`${human ? humanBytes(bytes) : Math.ceil(bytes / 1024)}\t${path}`);
  }
  if (total) out.push(`${human ? humanBytes(sum) : Math.ceil(sum / 1024)}\ttotal`);
  return { stdout: out.join('\n'), stderr: errors.join('\n'), exitCode: errors.length > 0 ? 1 : 0 };
}

export const du: Command = {
  name: 'du',
  summary: 'estimate the disk space a directory uses (files with names only)',
  usage: 'du -sh PATH...',
  man: 'NAME\n       du - estimate file space usage\n\nSYNOPSIS\n       du [OPTION]... [FILE]...\n\nOPTIONS\n       -s, --summarize       display only a total for each argument\n       -h, --human-readable  print sizes in human readable format (e.g., 1K 234M 2G)\n       -c, --total           produce a grand total',
  flags: ['-s', '-h', '-sh', '-c'],
  complete: completeFrom(['-sh', '-s', '-h', '-c', '/var/log', '/var/lib/postgresql', '/var/lib/containerd', '/var/lib/redis', '/home', '/tmp']),
  run: duRun,
};
