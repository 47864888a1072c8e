import { percent, quote, seconds } from './findings-format';
import type { TaskReport, WorldProbe } from './ports';

/** Connection use, a statement's age and pool waits beyond which a database is the problem, not a bystander. */
const CONNECTIONS_BUSY = 0.8;
const LONG_QUERY_S = 5;
const HIT_RATIO_LOW = 0.8;

/**
 * A datastore or cache as a DBA checks it: for Postgres, postgres_exporter's up, connections against
 * max_connections, the oldest running statement, and the clients' pools; for Redis, up and the hit ratio.
 * Without a target every datastore is checked.
 */
export function checkDatabase(probe: WorldProbe, target: string | undefined): TaskReport {
  if (target && probe.world.caches.has(target)) return checkCache(probe, target);
  const names = target ? [target] : [...probe.world.datastores.keys()];
  if (names.length === 0) {
    const caches = [...probe.world.caches.keys()];
    if (caches.length > 0) return checkCache(probe, caches[0]!);
    return { text: 'There is no database in this estate to check.', queries: [] };
  }
  const reports = names.map((name) => checkPostgres(probe, name));
  return { text: reports.map((r) => r.text).join(' '), queries: reports.flatMap((r) => r.queries) };
}

function checkPostgres(probe: WorldProbe, name: string): TaskReport {
  const instance = quote(`${name}:9187`);
  const up = `pg_up{instance=${instance}}`;
  const byState = `sum by (state) (pg_stat_activity_count{instance=${instance}})`;
  const max = `pg_settings_max_connections{instance=${instance}}`;
  const oldest = `max(pg_stat_activity_max_tx_duration{instance=${instance}, state="active"})`;
  const pools = `sum(db_client_connections_usage{pool_name=${quote(name)}, state="used"}) / sum(db_client_connections_max{pool_name=${quote(name)}})`;
  const pending = `sum by (service) (db_client_connections_pending_requests{pool_name=${quote(name)}})`;
  const queries = [up, byState, max, oldest, pools, pending];
  if ((probe.query(up)[0]?.value ?? 0) < 1) {
    return { text: `${name} is DOWN: postgres_exporter reports pg_up 0 — queries to it fail.`, queries };
  }
  const states = new Map(probe.query(byState).map((s) => [s.metric.state ?? '', s.value]));
  const total = [...states.values()].reduce((a, b) => a + b, 0);
  const limit = probe.query(max)[0]?.value ?? NaN;
  const longest = probe.query(oldest)[0]?.value ?? 0;
  const poolUse = probe.query(pools)[0]?.value ?? NaN;
  const waiting = probe
    .query(pending)
    .filter((s) => s.value >= 1)
    .map((s) => `${s.metric.service ?? '?'} ${Math.round(s.value)}`);
  const problems: string[] = [];
  const usage = total / limit;
  if (usage >= CONNECTIONS_BUSY) problems.push(`connections near the limit (${percent(usage)})`);
  if (longest >= LONG_QUERY_S) problems.push(`a statement running for ${seconds(longest)}`);
  if ((states.get('idle in transaction') ?? 0) >= 1) problems.push(`${Math.round(states.get('idle in transaction')!)} connections idle in transaction`);
  if (waiting.length > 0) problems.push(`requests waiting for a pool connection (${waiting.join(', ')})`);
  const numbers =
    `${Math.round(total)} of ${Math.round(limit)} connections in use (${percent(usage)}: ${Math.round(states.get('active') ?? 0)} active, ` +
    `${Math.round(states.get('idle') ?? 0)} idle, ${Math.round(states.get('idle in transaction') ?? 0)} idle in transaction); ` +
    `longest running statement ${seconds(longest)}; client pools ${percent(poolUse)} used` +
    (waiting.length === 0 ? ', nobody waiting for a connection' : '');
  const verdict = problems.length === 0 ? `${name} looks healthy` : `${name} has a problem: ${problems.join('; ')}`;
  return { text: `${verdict}. ${capitalise(numbers)}.`, queries };
}

function checkCache(probe: WorldProbe, name: string): TaskReport {
  const instance = quote(`${name}:9121`);
  const up = `redis_up{instance=${instance}}`;
  const hitRatio = `sum(rate(redis_keyspace_hits_total{instance=${instance}}[5m])) / (sum(rate(redis_keyspace_hits_total{instance=${instance}}[5m])) + sum(rate(redis_keyspace_misses_total{instance=${instance}}[5m])))`;
  const clients = `redis_connected_clients{instance=${instance}}`;
  const queries = [up, hitRatio, clients];
  if ((probe.query(up)[0]?.value ?? 0) < 1) return { text: `${name} is DOWN: redis_exporter reports redis_up 0.`, queries };
  const ratio = probe.query(hitRatio)[0]?.value ?? NaN;
  const connected = probe.query(clients)[0]?.value ?? 0;
  const healthy = !(ratio < HIT_RATIO_LOW);
  const numbers = `hit ratio ${percent(ratio)} over the last 5m, ${Math.round(connected)} clients connected`;
  return { text: healthy ? `${name} looks healthy: ${numbers}.` : `${name} is missing a lot: ${numbers}.`, queries };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
