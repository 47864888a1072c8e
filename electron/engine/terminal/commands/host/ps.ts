import type { Command, CommandContext, CommandInvocation, CommandResult } from '../../types';
import { hostState, nowUnixMs, psStart } from './host-model';
import { processesOn, psTime } from './processes';

/** `ps aux`: BSD-style USER PID %CPU %MEM VSZ RSS TTY STAT START TIME COMMAND (sizes in KiB). */
function aux(context: CommandContext, host: string, wide: boolean): string {
  const now = nowUnixMs(context);
  const memory = hostState(context, host).spec.memory_gb * 1e9;
  const rows = processesOn(context, host).map((p) => [
    p.user,
    String(p.pid),
    (p.cpu * 100).toFixed(1),
    ((p.rssBytes / memory) * 100).toFixed(1),
    String(Math.round(p.vszBytes / 1024)),
    String(Math.round(p.rssBytes / 1024)),
    '?',
    p.stat,
    psStart(p.startUnixMs, now),
    psTime(p.cpuSeconds),
    p.command,
  ]);
  const header = ['USER', 'PID', '%CPU', '%MEM', 'VSZ', 'RSS', 'TTY', 'STAT', 'START', 'TIME', 'COMMAND'];
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const left = new Set([0, 6, 7, 8, 10]);
  const lines = all.map((r) => r.map((c, i) => (i === 10 ? c : left.has(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' '));
  // Without w, ps cuts lines at the terminal width.
  return (wide ? lines : lines.map((l) => l.slice(0, 160))).join('\n');
}

function run({ args, host }: CommandInvocation, context: CommandContext): CommandResult {
  const letters = args.join('');
  if (args.length === 0) {
    return { stdout: '    PID TTY          TIME CMD\n   4242 pts/0    00:00:00 bash\n   4311 pts/0    00:00:00 ps', stderr: '', exitCode: 0 };
  }
  if (['-ef', '-e', '-A', 'aux', 'auxf', 'auxww', 'auxw', 'aux', 'axu', 'ax', '-aux'].includes(letters)) {
    if (letters.startsWith('-e') || letters === '-A') {
      const procs = processesOn(context, host);
      const rows = procs.map((p) => `${p.user.padEnd(8)} ${String(p.pid).padStart(7)}       1  0 ${psStart(p.startUnixMs, nowUnixMs(context)).padEnd(5)} ?        00:00:00 ${p.command}`);
      return { stdout: ['UID          PID    PPID  C STIME TTY          TIME CMD', ...rows].join('\n'), stderr: '', exitCode: 0 };
    }
    return { stdout: aux(context, host, letters.includes('w')), stderr: '', exitCode: 0 };
  }
  return {
    stdout: '',
    stderr: `error: ${letters.startsWith('-') ? 'unsupported SysV option' : 'unsupported option (BSD syntax)'}\n\nUsage:\n ps [options]\n\n Try \'ps --help <simple|list|output|threads|misc|all>\'\n  or \'ps --help <s|l|o|t|m|a>\'\n for additional help text.\n\nFor more details see ps(1).`,
    exitCode: 1,
  };
}

export const ps: Command = {
  name: 'ps',
  summary: "list the host's processes (ps aux, ps -ef)",
  usage: 'ps aux | ps -ef',
  man: [
    'NAME\n       ps - report a snapshot of the current processes.',
    'SYNOPSIS\n       ps [options]',
    'DESCRIPTION\n       ps displays information about a selection of the active processes.',
    'EXAMPLES\n       ps aux      every process in BSD syntax, with USER, %CPU, %MEM, VSZ, RSS, STAT, START and TIME\n       ps -ef      every process in standard syntax',
  ].join('\n\n'),
  flags: ['aux', '-ef'],
  complete: (_words, partial) => ['aux', 'auxww', '-ef'].filter((f) => f.startsWith(partial)),
  run,
};
