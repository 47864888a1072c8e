import { logWriters } from '../../../sim/faults/data-state';
import type { Command, CommandContext, CommandInvocation, CommandResult } from '../../types';
import { completeFrom, hostState, pidFor } from './host-model';
import { unitsOn } from './units';

type OpenFile = { command: string; pid: number; user: string; fd: string; size: number; links: number; node: number; path: string; device: string };

/** Files the host's writers hold open: the runaway logs, with "(deleted)" where the name is gone. */
function openFiles(context: CommandContext, host: string): OpenFile[] {
  const units = unitsOn(context, host);
  const files: OpenFile[] = [];
  for (const disk of hostState(context, host).disks) {
    const device = `259,${disk.device.match(/\d+$/)?.[0] ?? '1'}`;
    for (const writer of logWriters(disk)) {
      if (writer.bytesPerSec === 0 && !writer.deletedOpen) continue;
      if (writer.deletedOpen && disk.deletedOpenBytes <= 0) continue;
      const unit = units.find((u) => u.name === writer.writer);
      const name = writer.writer ?? 'app';
      files.push({
        command: name.slice(0, 9),
        pid: unit?.pid ?? pidFor(host, name),
        user: unit?.user ?? 'app',
        fd: '4w',
        size: Math.round(writer.deletedOpen ? disk.deletedOpenBytes : writer.visibleBytes),
        links: writer.deletedOpen ? 0 : 1,
        node: 131_000 + (pidFor(host, writer.path) % 9_000),
        path: writer.deletedOpen ? `${writer.path} (deleted)` : writer.path,
        device,
      });
    }
  }
  return files;
}

function lsofRun({ args, host }: CommandInvocation, context: CommandContext): CommandResult {
  let maxLinks: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '+L1') maxLinks = 0;
    else if (arg === '+L' && args[i + 1] === '1') {
      maxLinks = 0;
      i++;
    } else if (arg === '-n' || arg === '-P' || arg === '-nP') continue;
    else return { stdout: '', stderr: `lsof: unsupported option: ${arg}\nlsof 4.95.0\n usage: [-?abhKlnNoOPRtUvVX] [+|-c c] [+|-d s] [+|-D D] [+|-f[gG]] [+|-L [l]] [-p s] [+|-r [t]] [-u s] [+|-w] [-x [fl]] [--] [names]`, exitCode: 1 };
  }
  const files = openFiles(context, host).filter((f) => maxLinks === undefined || f.links <= maxLinks);
  if (files.length === 0) return { stdout: '', stderr: '', exitCode: 1 };
  const header = ['COMMAND', 'PID', 'USER', 'FD', 'TYPE', 'DEVICE', 'SIZE/OFF', 'NLINK', 'NODE', 'NAME'];
  const rows = files.map((f) => [f.command, String(f.pid), f.user, f.fd, 'REG', f.device, String(f.size), String(f.links), String(f.node), f.path]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i]!.length)));
  const left = new Set([0, 2, 3, 4, 9]);
  const text = [header, ...rows].map((r) => r.map((c, i) => (i === 9 ? c : left.has(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' ')).join('\n');
  return { stdout: text, stderr: '', exitCode: 0 };
}

export const lsof: Command = {
  name: 'lsof',
  summary: 'list open files; +L1 shows deleted files still held open (space df counts and du cannot find)',
  usage: 'lsof [+L1]',
  man: 'NAME\n       lsof - list open files\n\nSYNOPSIS\n       lsof [ -?abChlnNOPRtUvVX ] [ +|-L [l] ] [ names ]\n\nOPTIONS\n       +L1   select open files with a link count of less than one: files that have been deleted while a process still has them open.\n\nEXIT STATUS\n       1 when no file matched.',
  flags: ['+L1', '-n', '-P'],
  complete: completeFrom(['+L1', '-n', '-P']),
  run: lsofRun,
};
