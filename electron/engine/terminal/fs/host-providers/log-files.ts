import { logWriters } from '../../../sim/faults/data-state';
import type { EcsEvent } from '../../../sim/outputs/ecs';
import { hostState } from '../../commands/host/host-model';
import { journalOf } from '../../commands/host/journal';
import type { CommandContext, FileProvider } from '../../types';

/** Generated log files keep their newest lines only, as after a rotation. */
export const MAX_LOG_LINES = 2_000;

const PG_LOG = '/var/log/postgresql/postgresql-15-main.log';

function tail(lines: string[]): string {
  const kept = lines.slice(Math.max(0, lines.length - MAX_LOG_LINES));
  return kept.length === 0 ? '' : `${kept.join('\n')}\n`;
}

/** Services with a pod on the host now, by name. */
function servicesOn(context: CommandContext, host: string): string[] {
  return [...context.world.services.values()].filter((s) => s.instances.some((i) => i.host === host)).map((s) => s.spec.name);
}

function isDatabaseHost(context: CommandContext, host: string): boolean {
  return [...context.world.datastores.values()].some((s) => s.primaryHost === host || s.replicaHost === host);
}

/** "2026-03-13T10:04:12.123Z ERROR [checkout-7d9f…] http: POST /api/orders 500: …": one line per event. */
function serviceLine(e: EcsEvent): string {
  return `${e['@timestamp']} ${e['log.level'].toUpperCase().padEnd(5)} [${e['kubernetes.pod.name'] ?? e['host.name'] ?? '-'}] ${e['log.logger'] ?? 'app'}: ${e.message}`;
}

function serviceLog(context: CommandContext, host: string, service: string): string {
  const pods = new Set(context.world.services.get(service)?.instances.filter((i) => i.host === host).map((i) => i.name));
  return tail(context.logs().filter((e) => e['service.name'] === service && pods.has(e['kubernetes.pod.name'] ?? '')).map(serviceLine));
}

/** rsyslog's default file format on Debian 12: RFC 3339 timestamps with microseconds. */
function syslog(context: CommandContext, host: string): string {
  return tail(journalOf(context, host).map((e) => `${new Date(e.unixMs).toISOString().replace(/\.(\d{3})Z$/, '.$1000+00:00')} ${host} ${e.ident}${e.pid !== undefined ? `[${e.pid}]` : ''}: ${e.message}`));
}

function postgresLog(context: CommandContext, host: string): string {
  const entries = journalOf(context, host).filter((e) => e.ident === 'postgres');
  return tail(entries.map((e) => `${new Date(e.unixMs).toISOString().replace('T', ' ').replace('Z', ' UTC')} [${e.pid}] ${e.message}`));
}

/** Runaway logs that still have a name (a deleted one has none to list). */
function writerPaths(context: CommandContext, host: string): string[] {
  return hostState(context, host).disks.flatMap((d) => logWriters(d).filter((w) => !w.deletedOpen).map((w) => w.path));
}

function writerLog(context: CommandContext, host: string, path: string): string {
  const writer = hostState(context, host).disks.flatMap((d) => logWriters(d)).find((w) => w.path === path);
  if (writer?.writer === undefined) return '';
  return tail(context.logs().filter((e) => e['service.name'] === writer.writer).map(serviceLine));
}

/** /var/log: each service's log for its pods here, syslog, the postgres log on database hosts and runaway logs. */
export const logFiles: FileProvider = {
  name: 'host-logs',
  paths(host, context) {
    if (!context.world.hosts.has(host)) return ['/var/log/syslog'];
    const paths = [...servicesOn(context, host).map((s) => `/var/log/${s}.log`), '/var/log/syslog', ...writerPaths(context, host)];
    if (isDatabaseHost(context, host)) paths.push(PG_LOG);
    return [...new Set(paths)];
  },
  read(host, path, context) {
    if (path === '/var/log/syslog') return syslog(context, host);
    if (path === PG_LOG) return postgresLog(context, host);
    if (writerPaths(context, host).includes(path)) return writerLog(context, host, path);
    const service = /^\/var\/log\/([a-z0-9-]+)\.log$/.exec(path)?.[1];
    return service === undefined ? '' : serviceLog(context, host, service);
  },
};
