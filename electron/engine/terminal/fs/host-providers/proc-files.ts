import { bootUnixMs, hostState, nowUnixMs } from '../../commands/host/host-model';
import { loadOf, memoryOf, taskCounts } from '../../commands/host/machine';
import type { CommandContext, FileProvider } from '../../types';

const kB = (bytes: number) => `${String(Math.round(bytes / 1024)).padStart(8)} kB`;

function meminfo(context: CommandContext, host: string): string {
  const m = memoryOf(hostState(context, host));
  const rows: [string, number][] = [
    ['MemTotal', m.total],
    ['MemFree', m.free],
    ['MemAvailable', m.available],
    ['Buffers', m.cache * 0.05],
    ['Cached', m.cache * 0.9],
    ['SwapCached', 0],
    ['Active', m.used * 0.6 + m.cache * 0.4],
    ['Inactive', m.used * 0.3 + m.cache * 0.5],
    ['SwapTotal', 0],
    ['SwapFree', 0],
    ['Dirty', 2_048_000],
    ['AnonPages', m.used * 0.85],
    ['Shmem', m.shared],
    ['Slab', m.total * 0.01],
    ['PageTables', m.used * 0.004],
    ['CommitLimit', m.total / 2],
    ['Committed_AS', m.used * 1.6],
  ];
  return rows.map(([name, bytes]) => `${`${name}:`.padEnd(16)}${kB(bytes)}`).join('\n') + '\n';
}

function loadavg(context: CommandContext, host: string): string {
  const tasks = taskCounts(context, host);
  return `${loadOf(hostState(context, host)).map((l) => l.toFixed(2)).join(' ')} ${tasks.running}/${tasks.total} ${4_000 + (context.now / 1000) | 0}\n`;
}

function uptime(context: CommandContext, host: string): string {
  const state = hostState(context, host);
  const up = (nowUnixMs(context) - bootUnixMs(context, host)) / 1000;
  const idle = up * state.spec.cpus * Math.max(0, 1 - state.cpuUtilisation);
  return `${up.toFixed(2)} ${idle.toFixed(2)}\n`;
}

function cpuinfo(context: CommandContext, host: string): string {
  const cpus = hostState(context, host).spec.cpus;
  return Array.from({ length: cpus }, (_, i) =>
    [
      `processor\t: ${i}`,
      'vendor_id\t: GenuineIntel',
      'cpu family\t: 6',
      'model\t\t: 106',
      'model name\t: Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz',
      'cpu MHz\t\t: 2899.998',
      'cache size\t: 55296 KB',
      `physical id\t: 0`,
      `siblings\t: ${cpus}`,
      `core id\t\t: ${Math.floor(i / 2)}`,
      `cpu cores\t: ${Math.max(1, cpus / 2)}`,
      'flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ss ht syscall nx pdpe1gb rdtscp lm constant_tsc rep_good nopl xtopology nonstop_tsc cpuid aperfmperf hypervisor',
      'bogomips\t: 5799.99',
      '',
    ].join('\n'),
  ).join('\n');
}

const FILES: Record<string, (context: CommandContext, host: string) => string> = {
  '/proc/meminfo': meminfo,
  '/proc/loadavg': loadavg,
  '/proc/uptime': uptime,
  '/proc/cpuinfo': cpuinfo,
};

/** /proc/meminfo, loadavg, uptime and cpuinfo, from the host's state as they are read. */
export const procFiles: FileProvider = {
  name: 'proc',
  paths: () => Object.keys(FILES),
  read: (host, path, context) => FILES[path]?.(context, host) ?? '',
};
