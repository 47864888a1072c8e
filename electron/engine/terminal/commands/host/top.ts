import type { Command, CommandContext, CommandInvocation, CommandResult } from '../../types';
import { completeFrom, hostState } from './host-model';
import { cpuSharesOf, memoryOf, taskCounts, uptimeLine } from './machine';
import { processesOn } from './processes';

const MIB = 1048576;

/** "1:02.34" (minutes:seconds.hundredths), top's TIME+ column. */
function timePlus(seconds: number): string {
  const m = Math.floor(seconds / 60);
  return `${m}:${(seconds % 60).toFixed(2).padStart(5, '0')}`;
}

/** One batch-mode screen: the five summary lines, a blank line and the task table, busiest first. */
function screen(context: CommandContext, host: string): string {
  const state = hostState(context, host);
  const tasks = taskCounts(context, host);
  const cpu = cpuSharesOf(state);
  const mem = memoryOf(state);
  const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
  const mib = (x: number) => (x / MIB).toFixed(1).padStart(8);
  const procs = processesOn(context, host).sort((a, b) => b.cpu - a.cpu || a.pid - b.pid);
  const rows = procs.map((p) => {
    const name = p.command.split(' ')[0]!.split('/').at(-1)!.replace(/:$/, '');
    return [
      String(p.pid).padStart(7),
      p.user.padEnd(8),
      '20'.padStart(3),
      '0'.padStart(3),
      String(Math.round(p.vszBytes / 1024)).padStart(7),
      String(Math.round(p.rssBytes / 1024)).padStart(6),
      String(Math.round(p.rssBytes / 1024 / 8)).padStart(6),
      p.cpu > 0.2 ? 'R' : 'S',
      (p.cpu * 100).toFixed(1).padStart(5),
      ((p.rssBytes / mem.total) * 100).toFixed(1).padStart(5),
      timePlus(p.cpuSeconds).padStart(9),
      name,
    ].join(' ');
  });
  return [
    `top -${uptimeLine(context, host)}`,
    `Tasks: ${String(tasks.total).padStart(3)} total, ${String(tasks.running).padStart(3)} running, ${String(tasks.total - tasks.running).padStart(3)} sleeping,   0 stopped,   0 zombie`,
    `%Cpu(s):${pct(cpu.us)} us,${pct(cpu.sy)} sy,  0.0 ni,${pct(cpu.id)} id,${pct(cpu.wa)} wa,  0.0 hi,  0.0 si,${pct(cpu.st)} st`,
    `MiB Mem : ${mib(mem.total)} total, ${mib(mem.free)} free, ${mib(mem.used)} used, ${mib(mem.cache)} buff/cache`,
    `MiB Swap:      0.0 total,      0.0 free,      0.0 used. ${mib(mem.available)} avail Mem`,
    '',
    '    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND',
    ...rows,
  ].join('\n');
}

function run({ args, host }: CommandInvocation, context: CommandContext): CommandResult {
  let batch = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-b') batch = true;
    else if (arg === '-n' || arg === '-d') i++;
    else if (/^-(b?n\d+|bn|d[\d.]+|c|H|i)$/.test(arg)) batch ||= arg.startsWith('-b');
    else return { stdout: '', stderr: `top: unknown option '${arg.replace(/^-/, '').slice(0, 1)}'\nUsage:\n  top -hv | -bcEeHiOSs1 -d secs -n max -u|U user -p pid(s) -o field -w [cols]`, exitCode: 1 };
  }
  // The terminal has no full-screen mode: interactive top prints one screen too, as -b -n 1 does.
  void batch;
  return { stdout: screen(context, host), stderr: '', exitCode: 0 };
}

export const top: Command = {
  name: 'top',
  summary: 'show load, CPU (with steal and iowait), memory and the busiest processes of the host',
  usage: 'top -b -n 1',
  man: [
    'NAME\n       top - display Linux processes',
    'SYNOPSIS\n       top -hv|-bcEeHiOSs1 -d secs -n max -u|U user -p pids -o field -w [cols]',
    'DESCRIPTION\n       The top program provides a dynamic real-time view of a running system: a summary (uptime and load average, tasks, CPU states us/sy/ni/id/wa/hi/si/st, memory) and the list of processes.',
    'OPTIONS\n       -b  Batch-mode operation.\n       -n  Number-of-iterations limit.',
    'FIELDS\n       st  time stolen from this vm by the hypervisor.\n       wa  time waiting for I/O completion.',
  ].join('\n\n'),
  flags: ['-b', '-n'],
  complete: completeFrom(['-b', '-n', '-d']),
  run,
};
