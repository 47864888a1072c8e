import type { EcsEvent } from '../../../sim/outputs/ecs';
import type { CommandContext } from '../../types';
import { syslogTime } from './host-model';
import type { Unit } from './units';
import { isEdgeHost, unitsOn } from './units';

/** One journal entry on a host: syslog priority (0 emerg … 7 debug), identifier, pid and message. */
export type JournalEntry = { unixMs: number; unit?: string; ident: string; pid?: number; priority: number; message: string };

const PRIORITY: Record<EcsEvent['log.level'], number> = { fatal: 2, error: 3, warn: 4, info: 6, debug: 7 };
/** journalctl's priority names, by number. */
export const PRIORITY_NAMES = ['emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug'];

const PG_LEVEL: Record<EcsEvent['log.level'], string> = { fatal: 'FATAL', error: 'ERROR', warn: 'WARNING', info: 'LOG', debug: 'DEBUG1' };
/** The postmaster's own reports, which Postgres logs at LOG whatever the outage they tell of. */
const PG_POSTMASTER = /^(server process|database system|received fast shutdown|duration:|replica is|process \d+ still waiting)/;

/** The node a log event happened on, and the unit that wrote it, if it belongs in a host's journal. */
function placeOf(context: CommandContext, e: EcsEvent, podHosts: Map<string, string>): { host: string; unit: string } | undefined {
  const where = e['host.name'] ?? '';
  const dataset = e['event.dataset'];
  if (dataset === 'postgresql.log') {
    const store = context.world.datastores.get(where) ?? context.world.datastores.get(e['service.name'] ?? '');
    return { host: context.world.hosts.has(where) ? where : (store?.primaryHost ?? where), unit: 'postgresql' };
  }
  if (dataset === 'redis.log') return { host: context.world.caches.get(where)?.spec.host ?? where, unit: 'redis-server' };
  if (dataset === 'system.syslog') return { host: where.split(':')[0]!, unit: 'kernel' };
  if (dataset === 'kubernetes.event' && e['log.logger'] === 'kubelet') {
    const host = podHosts.get(where) ?? /from node (\S+):/.exec(e.message)?.[1];
    return host === undefined ? undefined : { host, unit: 'kubelet' };
  }
  if (dataset === 'ingress.log') {
    const edge = [...context.world.hosts.keys()].find(isEdgeHost);
    return edge === undefined ? undefined : { host: edge, unit: 'nginx' };
  }
  const service = e['service.name'];
  return service !== undefined && e['kubernetes.pod.name'] !== undefined ? { host: '', unit: service } : undefined;
}

/** What systemd itself logs about a database unit's crashes, restarts and starts. */
function systemdLines(e: EcsEvent, unit: Unit): string[] {
  const action = e['event.action'];
  const name = `${unit.name}.service`;
  if (action === 'db.up' || action === 'db.failover') return [`Started ${name} - ${unit.description}.`];
  if (action !== 'db.down') return [];
  if (/shut ?down/.test(e.message)) return [`Stopping ${name} - ${unit.description}...`];
  const status = /signal 11/.test(e.message) ? 'code=killed, status=11/SEGV' : 'code=exited, status=1/FAILURE';
  const result = /signal/.test(e.message) ? 'signal' : 'exit-code';
  return [`${name}: Main process exited, ${status}`, `${name}: Failed with result '${result}'.`, `Failed to start ${name} - ${unit.description}.`];
}

/**
 * The journal of `host`, oldest first: every unit's lines from the log stream, and systemd's own. `events`
 * narrows it to part of the stream (what `-f` has not shown yet), without the units' start lines.
 */
export function journalOf(context: CommandContext, host: string, events?: readonly EcsEvent[]): JournalEntry[] {
  const units = new Map(unitsOn(context, host).map((u) => [u.name, u]));
  const podHosts = new Map<string, string>();
  for (const s of context.world.services.values()) for (const i of s.instances) podHosts.set(i.name, i.host);
  const entries: JournalEntry[] = [];
  if (events === undefined) for (const unit of units.values()) entries.push({ unixMs: unit.startedAt, unit: unit.name, ident: 'systemd', pid: 1, priority: 6, message: `Started ${unit.name}.service - ${unit.description}.` });
  for (const e of events ?? context.logs()) {
    const place = placeOf(context, e, podHosts);
    if (!place || (place.host !== host && place.host !== '')) continue;
    const unit = units.get(place.unit);
    if (!unit && place.unit !== 'kernel') continue;
    const unixMs = Date.parse(e['@timestamp']);
    if (!unit) {
      entries.push({ unixMs, ident: 'kernel', priority: PRIORITY[e['log.level']], message: e.message });
      continue;
    }
    const priority = PRIORITY[e['log.level']];
    entries.push({ unixMs, unit: unit.name, ident: unit.ident, pid: unit.pid, priority, message: formatMessage(context, unit, e, unixMs) });
    if (unit.name === 'postgresql') {
      for (const line of systemdLines(e, unit)) entries.push({ unixMs, unit: unit.name, ident: 'systemd', pid: 1, priority: /Fail/.test(line) ? 3 : 6, message: line });
    }
  }
  return entries.sort((a, b) => a.unixMs - b.unixMs);
}

function formatMessage(context: CommandContext, unit: Unit, e: EcsEvent, unixMs: number): string {
  const d = new Date(unixMs).toISOString();
  if (unit.ident === 'postgres') {
    if (/^[A-Z]+: {2}/.test(e.message)) return e.message;
    return `${PG_POSTMASTER.test(e.message) ? 'LOG' : PG_LEVEL[e['log.level']]}:  ${e.message}`;
  }
  if (unit.ident === 'redis-server') return `${unit.pid}:M ${d.slice(8, 10)} ${syslogTime(unixMs).slice(0, 3)} ${d.slice(0, 4)} ${d.slice(11, 23)} # ${e.message}`;
  if (unit.ident === 'kubelet') {
    const letter = e['log.level'] === 'info' ? 'I' : e['log.level'] === 'warn' ? 'W' : 'E';
    const pod = e['host.name'] ?? '';
    const service = /^(.+)-[a-z0-9]+-[a-z0-9]+$/.exec(pod)?.[1];
    const namespace = (service !== undefined && context.world.services.get(service)?.spec.namespace) || 'default';
    return `${letter}${d.slice(5, 7)}${d.slice(8, 10)} ${d.slice(11, 23)}000 ${String(unit.pid).padStart(7)} kubelet.go:2412] "${e.message}" pod="${namespace}/${pod}"`;
  }
  return e.message;
}

/** "Mar 13 10:04:12 db-1 postgres[812]: message", journalctl's short output. */
export function journalLine(host: string, entry: JournalEntry): string {
  return `${syslogTime(entry.unixMs)} ${host} ${entry.ident}${entry.pid !== undefined ? `[${entry.pid}]` : ''}: ${entry.message}`;
}
