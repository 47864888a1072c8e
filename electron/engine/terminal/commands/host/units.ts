import { inTransition, logWriters } from '../../../sim/faults/data-state';
import type { EcsEvent } from '../../../sim/outputs/ecs';
import type { CommandContext } from '../../types';
import { bootUnixMs, hostState, nowUnixMs, pidFor } from './host-model';

/** What `systemctl restart|start|stop` does to the world: an operation to run, nothing, or a refusal. */
export type UnitAction = { operation: string; target: string; params?: Record<string, unknown> } | 'nothing' | 'refuse';

/** One systemd service on a host, derived from world state at the moment it is asked for. */
export type Unit = {
  /** Without the `.service` suffix. */
  name: string;
  description: string;
  unitFile: string;
  user: string;
  state: 'active' | 'failed' | 'activating';
  /** How a failed unit ended: `signal` (a crash) or `exit-code`. */
  result?: 'signal' | 'exit-code';
  /** When it entered its current state (Unix ms). */
  since: number;
  /** When its process last started (Unix ms). */
  startedAt: number;
  pid: number;
  command: string;
  /** Other processes of its control group (postgres' background workers), as [name, command line]. */
  children: [string, string][];
  memoryBytes: number;
  tasks: number;
  ports: number[];
  /** The syslog identifier its journal lines carry (`postgres`, `kubelet`…). */
  ident: string;
  actions: Record<'restart' | 'start' | 'stop', UnitAction>;
};

const SYSTEM: [string, string, string, string][] = [
  ['ssh', 'OpenBSD Secure Shell server', 'sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups', 'sshd'],
  ['cron', 'Regular background program processing daemon', '/usr/sbin/cron -f', 'cron'],
  ['rsyslog', 'System Logging Service', '/usr/sbin/rsyslogd -n -iNONE', 'rsyslogd'],
  ['systemd-journald', 'Journal Service', '/lib/systemd/systemd-journald', 'systemd-journald'],
];

const NODE: [string, string, string, number[], number][] = [
  ['containerd', 'containerd container runtime', '/usr/bin/containerd', [], 62e6],
  ['kubelet', 'kubelet: The Kubernetes Node Agent', '/usr/bin/kubelet --bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf --config=/var/lib/kubelet/config.yaml --container-runtime-endpoint=unix:///run/containerd/containerd.sock', [10250], 96e6],
  ['node_exporter', 'Prometheus exporter for machine metrics', '/usr/local/bin/node_exporter --collector.systemd', [9100], 21e6],
];

const PG_WORKERS = ['checkpointer', 'background writer', 'walwriter', 'autovacuum launcher', 'logical replication launcher'];

/** An edge host (a load balancer in front of the cluster) is recognised by its name. */
export function isEdgeHost(host: string): boolean {
  return /^(edge|lb|ingress|proxy)(-|\d|$)/.test(host);
}

/** The newest db.down event of a store, and when it last came up (db.up or a failover), in one pass back. */
function lastTransitions(context: CommandContext, store: string): { down?: EcsEvent; upAt?: number } {
  const logs = context.logs();
  let down: EcsEvent | undefined;
  let upAt: number | undefined;
  for (let i = logs.length - 1; i >= 0 && (down === undefined || upAt === undefined); i--) {
    const e = logs[i]!;
    const action = e['event.action'];
    if (action === undefined || !action.startsWith('db.') || (e['host.name'] !== store && e['service.name'] !== store)) continue;
    if (action === 'db.down') down ??= e;
    else if (action === 'db.up' || action === 'db.failover') upAt ??= Date.parse(e['@timestamp']);
  }
  return { down, upAt };
}

function plain(host: string, boot: number, name: string, description: string, command: string, ident: string, ports: number[], memoryBytes: number): Unit {
  return {
    name,
    description,
    unitFile: `/lib/systemd/system/${name}.service`,
    user: 'root',
    state: 'active',
    since: boot + 4_000 + (pidFor(host, name) % 9) * 1000,
    startedAt: boot + 4_000 + (pidFor(host, name) % 9) * 1000,
    pid: pidFor(host, name),
    command,
    children: [],
    memoryBytes,
    tasks: 8 + (pidFor(host, name) % 12),
    ports,
    ident,
    actions: { restart: 'nothing', start: 'nothing', stop: 'refuse' },
  };
}

function postgresUnits(context: CommandContext, host: string, boot: number): Unit[] {
  const units: Unit[] = [];
  for (const store of context.world.datastores.values()) {
    const primary = store.primaryHost === host;
    if (!primary && store.replicaHost !== host) continue;
    const name = store.spec.name;
    const last = lastTransitions(context, name);
    const upAt = last.upAt ?? boot + 9_000;
    const state: Unit['state'] = !primary || store.up ? 'active' : inTransition(store) ? 'activating' : 'failed';
    const downMessage = last.down?.message ?? '';
    const since = state === 'active' ? upAt : last.down ? Date.parse(last.down['@timestamp']) : nowUnixMs(context);
    const unit = plain(host, boot, 'postgresql', 'PostgreSQL Cluster 15-main', '/usr/lib/postgresql/15/bin/postgres -D /var/lib/postgresql/15/main -c config_file=/etc/postgresql/15/main/postgresql.conf', 'postgres', [5432], 0);
    const connections = primary && store.up ? store.activeConnections + store.idleConnections : 0;
    const restart: UnitAction = primary ? { operation: 'restart-db', target: name } : 'nothing';
    units.push({
      ...unit,
      user: 'postgres',
      unitFile: '/lib/systemd/system/postgresql@.service',
      state,
      result: state === 'failed' ? (/signal/.test(downMessage) ? 'signal' : 'exit-code') : undefined,
      since,
      startedAt: upAt,
      pid: pidFor(host, 'postgres', String(upAt), 600, 2_000),
      children: state === 'failed' ? [] : PG_WORKERS.map((w) => [w, `postgres: 15/main: ${w}`] as [string, string]),
      memoryBytes: state === 'failed' ? 0 : 1.1e9 + connections * 9e6,
      tasks: state === 'failed' ? 0 : 6 + connections,
      actions: { restart, start: state === 'active' ? 'nothing' : restart, stop: 'refuse' },
    });
  }
  return units;
}

/** The systemd services on `host`, in `systemctl list-units` order (by name). */
export function unitsOn(context: CommandContext, host: string): Unit[] {
  const boot = bootUnixMs(context, host);
  const units = SYSTEM.map(([name, description, command, ident]) => plain(host, boot, name, description, command, ident, name === 'ssh' ? [22] : [], 6e6));
  if (!context.world.hosts.has(host)) return units;
  for (const [name, description, command, ports, memory] of NODE) units.push(plain(host, boot, name, description, command, name, ports, memory));
  units.push(...postgresUnits(context, host, boot));
  for (const cache of context.world.caches.values()) {
    if (cache.spec.host !== host) continue;
    const unit = plain(host, boot, 'redis-server', 'Advanced key-value store', '/usr/bin/redis-server 0.0.0.0:6379', 'redis-server', [6379], 40e6 + cache.keys * 1_200);
    units.push({ ...unit, user: 'redis', state: cache.up ? 'active' : 'failed', actions: { restart: { operation: 'flush-cache', target: cache.spec.name }, start: 'nothing', stop: 'refuse' } });
  }
  if (isEdgeHost(host)) units.push(plain(host, boot, 'nginx', 'A high performance web server and a reverse proxy server', 'nginx: master process /usr/sbin/nginx -g daemon on; master_process on;', 'nginx', [80, 443], 34e6));
  // A process writing a runaway log onto one of this host's disks runs here as a service of its own.
  for (const disk of hostState(context, host).disks) {
    for (const writer of logWriters(disk)) {
      if (writer.writer === undefined || units.some((u) => u.name === writer.writer)) continue;
      const unit = plain(host, boot, writer.writer, `${writer.writer} service`, `/usr/local/bin/${writer.writer} --log-file=${writer.path}`, writer.writer, [], 180e6);
      // Its process is the writer service's: a restart of the service gives it a new pid.
      const started = Math.max(0, ...(context.world.services.get(writer.writer)?.instances.map((i) => i.startedAt) ?? []));
      units.push({ ...unit, pid: pidFor(host, writer.writer, String(started), 3_000, 20_000), user: 'app', actions: { restart: { operation: 'restart', target: writer.writer }, start: 'nothing', stop: 'refuse' } });
    }
  }
  return units.sort((a, b) => a.name.localeCompare(b.name));
}

/** The unit named `name` (with or without `.service`) on `host`. */
export function findUnit(context: CommandContext, host: string, name: string): Unit | undefined {
  const bare = name.replace(/\.service$/, '').replace(/^postgresql@15-main$/, 'postgresql').replace(/^redis$/, 'redis-server');
  return unitsOn(context, host).find((u) => u.name === bare);
}
