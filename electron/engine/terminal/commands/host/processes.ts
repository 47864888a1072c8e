import { hashString } from '../../../sim/rng';
import type { CommandContext } from '../../types';
import { bootUnixMs, hostState, nowUnixMs, pidFor } from './host-model';
import { unitsOn } from './units';

/** One process on a host, as ps and top read it from /proc. */
export type Proc = {
  user: string;
  pid: number;
  /** CPU use as a share of one CPU (1 = 100 %). */
  cpu: number;
  rssBytes: number;
  vszBytes: number;
  stat: string;
  startUnixMs: number;
  cpuSeconds: number;
  command: string;
};

/** Every process on `host`: init, the units' processes and each pod's shim and main process, by pid. */
export function processesOn(context: CommandContext, host: string): Proc[] {
  const now = nowUnixMs(context);
  const boot = bootUnixMs(context, host);
  const state = hostState(context, host);
  const procs: Proc[] = [{ user: 'root', pid: 1, cpu: 0, rssBytes: 12e6, vszBytes: 168e6, stat: 'Ss', startUnixMs: boot, cpuSeconds: 41, command: '/sbin/init' }];
  const busy = (name: string, pid: number) => (name === 'postgresql' ? Math.max(0, state.cpuUtilisation * state.spec.cpus * 0.5) : 0.001 * (pid % 7));
  for (const unit of unitsOn(context, host)) {
    if (unit.state === 'failed') continue;
    const age = Math.max(1, (now - unit.startedAt) / 1000);
    const main = unit.children.length > 0 ? unit.memoryBytes * 0.3 : unit.memoryBytes;
    procs.push({ user: unit.user, pid: unit.pid, cpu: busy(unit.name, unit.pid), rssBytes: main, vszBytes: main * 3 + 2e8, stat: 'Ss', startUnixMs: unit.startedAt, cpuSeconds: age * (0.0005 + (unit.pid % 10) * 0.0003), command: unit.command });
    unit.children.forEach(([, command], i) => {
      procs.push({ user: unit.user, pid: unit.pid + i + 1, cpu: 0.001, rssBytes: 8e6, vszBytes: main * 3 + 2e8, stat: 'Ss', startUnixMs: unit.startedAt, cpuSeconds: age * 0.001, command });
    });
  }
  for (const service of context.world.services.values()) {
    for (const pod of service.instances) {
      if (pod.host !== host || pod.status === 'Completed') continue;
      const started = context.world.startUnixMs + pod.startedAt;
      const shim = pidFor(host, `shim/${pod.name}`, String(pod.startedAt), 3_000, 60_000);
      const id = Array.from({ length: 8 }, (_, k) => hashString(`${pod.name}@${pod.startedAt}#${k}`).toString(16).padStart(8, '0')).join('');
      procs.push({ user: 'root', pid: shim, cpu: 0.001, rssBytes: 9e6, vszBytes: 1.24e9, stat: 'Sl', startUnixMs: started, cpuSeconds: 1, command: `/usr/bin/containerd-shim-runc-v2 -namespace k8s.io -id ${id} -address /run/containerd/containerd.sock` });
      if (pod.status === 'ContainerCreating' || (pod.status === 'CrashLoopBackOff' && !pod.ready && pod.rssBytes === 0)) continue;
      procs.push({
        user: 'app',
        pid: shim + 17,
        cpu: pod.cpuUtilisation,
        rssBytes: pod.rssBytes,
        vszBytes: service.spec.memory_limit_mb * 1048576 * 2.4,
        stat: 'Ssl',
        startUnixMs: started,
        cpuSeconds: pod.cpuSeconds,
        command: `java -XX:MaxRAMPercentage=75 -jar /app/${service.spec.name}.jar --spring.profiles.active=production`,
      });
    }
  }
  return procs.sort((a, b) => a.pid - b.pid);
}

/** "1:02" (minutes:seconds), or "12:03:04" past an hour... as ps prints TIME in BSD mode ("M:SS"). */
export function psTime(seconds: number): string {
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
