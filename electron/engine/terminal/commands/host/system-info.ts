import type { Command, CommandContext, CommandInvocation, CommandResult } from '../../types';
import { bootUnixMs, completeFrom, hostState, invalidOption, nowUnixMs } from './host-model';
import { memoryOf, uptimeLine } from './machine';

const ok = (stdout: string): CommandResult => ({ stdout, stderr: '', exitCode: 0 });

function freeRun({ args, host }: CommandInvocation, context: CommandContext): CommandResult {
  let unit: 'k' | 'm' | 'g' | 'h' = 'k';
  for (const arg of args) {
    if (arg === '-m' || arg === '--mebi') unit = 'm';
    else if (arg === '-g' || arg === '--gibi') unit = 'g';
    else if (arg === '-h' || arg === '--human') unit = 'h';
    else if (arg === '-k' || arg === '--kibi') unit = 'k';
    else if (arg !== '-w' && arg !== '--wide') return { stdout: '', stderr: `free: ${arg.startsWith('--') ? `unrecognized option '${arg}'` : `invalid option -- '${arg.slice(1, 2)}'`}\n\nUsage:\n free [options]`, exitCode: 1 };
  }
  const m = memoryOf(hostState(context, host));
  const show = (bytes: number): string => {
    if (unit === 'm') return String(Math.round(bytes / 1048576));
    if (unit === 'g') return String(Math.round(bytes / 1073741824));
    if (unit === 'k') return String(Math.round(bytes / 1024));
    if (bytes === 0) return '0B';
    const gi = bytes / 1073741824;
    return gi >= 1 ? `${gi.toFixed(1)}Gi` : `${Math.round(bytes / 1048576)}Mi`;
  };
  const row = (label: string, values: number[]) => label.padEnd(8) + values.map((v, i) => show(v).padStart(i === 0 ? 12 : 12)).join('');
  return ok(
    [
      '               total        used        free      shared  buff/cache   available',
      row('Mem:', [m.total, m.used, m.free, m.shared, m.cache, m.available]),
      row('Swap:', [0, 0, 0]),
    ].join('\n'),
  );
}

export const free: Command = {
  name: 'free',
  summary: 'show used and available memory of the host',
  usage: 'free [-m|-g|-h]',
  man: 'NAME\n       free - Display amount of free and used memory in the system\n\nSYNOPSIS\n       free [options]\n\nOPTIONS\n       -m, --mebi   Display the amount of memory in mebibytes.\n       -g, --gibi   Display the amount of memory in gibibytes.\n       -h, --human  Show all output fields automatically scaled to shortest three digit unit.',
  flags: ['-m', '-g', '-h'],
  complete: completeFrom(['-m', '-g', '-h', '-k', '-w']),
  run: freeRun,
};

export const uptime: Command = {
  name: 'uptime',
  summary: 'how long the host has been up, and its load averages',
  usage: 'uptime [-p|-s]',
  man: 'NAME\n       uptime - Tell how long the system has been running.\n\nSYNOPSIS\n       uptime [options]\n\nDESCRIPTION\n       uptime gives the current time, how long the system has been running, how many users are logged on, and the system load averages for the past 1, 5, and 15 minutes.',
  flags: ['-p', '-s'],
  complete: completeFrom(['-p', '-s']),
  run({ args, host }, context) {
    const [arg] = args;
    if (arg === undefined) return ok(uptimeLine(context, host));
    if (arg === '-s' || arg === '--since') return ok(new Date(bootUnixMs(context, host)).toISOString().replace('T', ' ').slice(0, 19));
    if (arg === '-p' || arg === '--pretty') {
      const minutes = Math.floor((nowUnixMs(context) - bootUnixMs(context, host)) / 60_000);
      const parts = [[Math.floor(minutes / 1440), 'day'], [Math.floor((minutes % 1440) / 60), 'hour'], [minutes % 60, 'minute']] as const;
      return ok(`up ${parts.filter(([n]) => n > 0).map(([n, w]) => `${n} ${w}${n === 1 ? '' : 's'}`).join(', ')}`);
    }
    return { stdout: '', stderr: `uptime: invalid option -- '${arg.slice(1, 2)}'\n\nUsage:\n uptime [options]`, exitCode: 1 };
  },
};

export const nproc: Command = {
  name: 'nproc',
  summary: 'print the number of CPUs of the host',
  usage: 'nproc',
  man: 'NAME\n       nproc - print the number of processing units available',
  complete: completeFrom(['--all']),
  run({ args, host }, context) {
    if (args[0] !== undefined && args[0] !== '--all') return invalidOption('nproc', args[0]);
    return ok(String(hostState(context, host).spec.cpus));
  },
};

export const uname: Command = {
  name: 'uname',
  summary: 'print the kernel name, host name and release',
  usage: 'uname [-a|-r|-n|-s|-m]',
  man: 'NAME\n       uname - print system information\n\nOPTIONS\n       -a  print all information\n       -s  kernel name\n       -n  network node hostname\n       -r  kernel release\n       -m  machine hardware name',
  flags: ['-a', '-r', '-n', '-s', '-m'],
  complete: completeFrom(['-a', '-r', '-n', '-s', '-m']),
  run({ args, host }) {
    const fields: Record<string, string> = { s: 'Linux', n: host, r: '6.1.0-18-cloud-amd64', v: '#1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01)', m: 'x86_64', o: 'GNU/Linux' };
    const wanted = new Set<string>();
    for (const arg of args.length === 0 ? ['-s'] : args) {
      if (!arg.startsWith('-')) return { stdout: '', stderr: `uname: extra operand '${arg}'\nTry 'uname --help' for more information.`, exitCode: 1 };
      const letters = arg === '--all' ? ['a'] : [...arg.slice(1)];
      const bad = letters.find((l) => !'asnrvmo'.includes(l));
      if (bad !== undefined) return invalidOption('uname', `-${bad}`);
      for (const l of letters) wanted.add(l);
    }
    const order = wanted.has('a') ? ['s', 'n', 'r', 'v', 'm', 'o'] : ['s', 'n', 'r', 'v', 'm', 'o'].filter((l) => wanted.has(l));
    return ok(order.map((l) => fields[l]).join(' '));
  },
};
