import type { HostState } from '../../../sim/world';
import type { CommandContext } from '../../types';
import { bootUnixMs, clockTime, hostState, nowUnixMs } from './host-model';
import { processesOn } from './processes';

/** Memory as /proc/meminfo and free read it, in bytes: page cache fills part of what processes leave free. */
export function memoryOf(host: HostState): { total: number; used: number; free: number; shared: number; cache: number; available: number } {
  const total = host.spec.memory_gb * 1e9;
  const used = Math.min(total, host.memoryUsedBytes);
  const cache = Math.max(0, Math.min(total - used, total * 0.18));
  const free = Math.max(0, total - used - cache);
  return { total, used, free, shared: total * 0.002, cache, available: free + cache * 0.9 };
}

/** Load averages (1, 5, 15 minutes): runnable tasks, from CPU utilisation including steal and iowait. */
export function loadOf(host: HostState): [number, number, number] {
  const now = host.cpuUtilisation * host.spec.cpus * 1.05;
  return [now, now * 0.96, now * 0.91];
}

/** CPU time shares now, as top's %Cpu(s) line splits them (the world's own split of busy time). */
export function cpuSharesOf(host: HostState): { us: number; sy: number; wa: number; st: number; id: number } {
  const st = host.stealRatio;
  const busy = Math.max(0, host.cpuUtilisation - st);
  return { us: busy * 0.8, sy: busy * 0.18, wa: busy * 0.02, st, id: Math.max(0, 1 - busy - st) };
}

/** " 10:04:12 up 12 days,  3:04,  1 user,  load average: 0.52, 0.48, 0.44" */
export function uptimeLine(context: CommandContext, host: string): string {
  const now = nowUnixMs(context);
  const up = Math.floor((now - bootUnixMs(context, host)) / 60_000);
  const days = Math.floor(up / 1440);
  const hm = `${String(Math.floor((up % 1440) / 60)).padStart(2)}:${String(up % 60).padStart(2, '0')}`;
  const dayText = days > 0 ? `${days} day${days === 1 ? '' : 's'}, ` : '';
  const load = loadOf(hostState(context, host)).map((l) => l.toFixed(2)).join(', ');
  return ` ${clockTime(now)} up ${dayText}${hm},  1 user,  load average: ${load}`;
}

/** Task counts for top: running ones are those using CPU now. */
export function taskCounts(context: CommandContext, host: string): { total: number; running: number } {
  const procs = processesOn(context, host);
  return { total: procs.length + 140, running: Math.max(1, procs.filter((p) => p.cpu > 0.2).length) };
}
