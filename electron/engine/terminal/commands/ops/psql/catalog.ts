import { longQueries } from '../../../../sim/faults/data-state';
import { hashString } from '../../../../sim/rng';
import type { World } from '../../../../sim/world';
import type { Session } from './connect';
import { pgInterval, pgTimestamp } from './pg-format';

/**
 * The system views psql can read, built from the store's state at the moment of the query: one session per
 * pooled client connection (active, idle, or waiting on a lock behind the blocker), the long-running
 * backends the faults start, Postgres's own background processes and the psql session itself.
 */

export type Value = string | number | boolean | null;
export type Row = Record<string, Value>;
export type Relation = { columns: string[]; numeric: Set<string>; rows: Row[] };

/** What the application sends, for the sessions' `query` column. */
const APP_QUERIES = ['SELECT o.* FROM orders o WHERE o.id = $1', 'SELECT * FROM customers WHERE id = $1', "INSERT INTO orders (customer_id, total, status) VALUES ($1, $2, 'new') RETURNING id", 'SELECT i.* FROM order_items i WHERE i.order_id = $1'];

export const ACTIVITY_COLUMNS = ['datid', 'datname', 'pid', 'leader_pid', 'usesysid', 'usename', 'application_name', 'client_addr', 'client_hostname', 'client_port', 'backend_start', 'xact_start', 'query_start', 'state_change', 'wait_event_type', 'wait_event', 'state', 'backend_xid', 'backend_xmin', 'query_id', 'query', 'backend_type'];
const LOCK_COLUMNS = ['locktype', 'database', 'relation', 'page', 'tuple', 'virtualxid', 'transactionid', 'classid', 'objid', 'objsubid', 'virtualtransaction', 'pid', 'mode', 'granted', 'fastpath', 'waitstart'];
const REPLICATION_COLUMNS = ['pid', 'usesysid', 'usename', 'application_name', 'client_addr', 'state', 'sent_lsn', 'write_lsn', 'flush_lsn', 'replay_lsn', 'write_lag', 'flush_lag', 'replay_lag', 'sync_state'];

const DATID = 16384;
/** The transaction id the blocker holds (what waiters wait for). */
const BLOCKER_XID = 48_213_907;

/** Postgres's own processes and the wait event each idles in. */
const BACKGROUND: [string, string][] = [
  ['autovacuum launcher', 'AutoVacuumMain'],
  ['logical replication launcher', 'LogicalLauncherMain'],
  ['background writer', 'BgWriterMain'],
  ['checkpointer', 'CheckpointerMain'],
  ['walwriter', 'WalWriterMain'],
];

function pidFor(session: Session, kind: string, i: number): number {
  return 1_000 + (hashString(`${session.store.spec.name}:${session.role}:${kind}:${i}`) % 60_000);
}

/** A backend's row with the columns a client session does not fill left null. */
function backend(fields: Row): Row {
  return Object.fromEntries(ACTIVITY_COLUMNS.map((c) => [c, fields[c] ?? null]));
}

export type Sessions = { rows: Row[]; waiting: { pid: number; since: number }[]; blockerPid?: number };

export function activity(world: World, session: Session, ownQuery: string): Sessions {
  const store = session.store;
  const unix = (sim: number) => world.startUnixMs + sim;
  const now = world.startUnixMs + world.now;
  const callers = [...world.services.values()].filter((s) => s.spec.calls.some((c) => 'datastore' in c && c.datastore === store.spec.name)).map((s) => s.spec.name);
  const client = (i: number, state: string, extra: Row): Row => {
    const app = callers[i % Math.max(1, callers.length)] ?? 'app';
    const started = now - 3_600_000 - (hashString(`${store.spec.name}:conn:${i}`) % 3_600_000);
    return backend({ datid: DATID, datname: session.database, pid: pidFor(session, 'client', i), usesysid: 16_385, usename: app.replace(/-/g, '_'), application_name: app, client_addr: `10.244.${i % 4}.${10 + (i % 200)}`, client_port: 40_000 + (i * 37) % 20_000, backend_start: pgTimestamp(started), state, backend_type: 'client backend', ...extra });
  };
  const rows: Row[] = [];
  const waiting: Sessions['waiting'] = [];
  const long = longQueries(store).filter((q) => q.on === session.role);
  const lockHeld = store.lockWaitMs > 0 && long.length > 0;
  if (session.role === 'primary') {
    const active = Math.round(store.activeConnections);
    const idle = Math.round(store.idleConnections);
    // Under lock contention most active sessions are waiting for the blocker's transaction.
    const lockShare = lockHeld ? store.lockWaitMs / (store.lockWaitMs + store.spec.query_ms * store.queryFactor) : 0;
    for (let i = 0; i < active; i++) {
      const blocked = i < Math.round(active * lockShare);
      const since = now - (blocked ? (i * 397) % store.lockWaitMs : (i * 7) % Math.max(1, store.spec.query_ms * store.queryFactor));
      const pid = pidFor(session, 'client', i);
      if (blocked) waiting.push({ pid, since });
      rows.push(client(i, 'active', { xact_start: pgTimestamp(since), query_start: pgTimestamp(since), state_change: pgTimestamp(since), wait_event_type: blocked ? 'Lock' : null, wait_event: blocked ? 'transactionid' : null, backend_xmin: String(BLOCKER_XID), query: APP_QUERIES[i % APP_QUERIES.length]! }));
    }
    for (let i = active; i < active + idle; i++) {
      const since = now - ((i * 1_913) % 30_000);
      rows.push(client(i, 'idle', { state_change: pgTimestamp(since), query_start: pgTimestamp(since), wait_event_type: 'Client', wait_event: 'ClientRead', query: 'COMMIT' }));
    }
  }
  let blockerPid: number | undefined;
  for (const q of long) {
    // A writing transaction left open holds its row locks between statements: "idle in transaction".
    const holding = lockHeld && !/^\s*select/i.test(q.query);
    if (holding) blockerPid ??= q.pid;
    rows.push(
      backend({ datid: DATID, datname: session.database, pid: q.pid, usesysid: 10, usename: 'batch', application_name: holding ? 'archiver' : 'psql', client_addr: '10.0.0.2', client_port: 51_234, backend_start: pgTimestamp(unix(q.startedAt) - 5_000), xact_start: pgTimestamp(unix(q.startedAt)), query_start: pgTimestamp(unix(q.startedAt)), state_change: pgTimestamp(unix(q.startedAt)), wait_event_type: holding ? 'Client' : null, wait_event: holding ? 'ClientRead' : null, state: holding ? 'idle in transaction' : 'active', backend_xid: holding ? String(BLOCKER_XID) : null, query: q.query, backend_type: 'client backend' }),
    );
  }
  BACKGROUND.forEach(([type, event], i) => rows.push(backend({ pid: pidFor(session, 'bg', i), backend_start: pgTimestamp(world.startUnixMs - 86_400_000 * 12), wait_event_type: 'Activity', wait_event: event, backend_type: type, usename: type.startsWith('logical') ? 'postgres' : null })));
  rows.push(backend({ datid: DATID, datname: session.database, pid: pidFor(session, 'self', world.now), usesysid: 16_390, usename: session.user, application_name: 'psql', client_addr: '10.0.0.2', client_port: 53_812, backend_start: pgTimestamp(now), xact_start: pgTimestamp(now), query_start: pgTimestamp(now), state_change: pgTimestamp(now), state: 'active', query: ownQuery, backend_type: 'client backend' }));
  return { rows, waiting, ...(blockerPid !== undefined ? { blockerPid } : {}) };
}

function lockRow(fields: Row): Row {
  return Object.fromEntries(LOCK_COLUMNS.map((c) => [c, fields[c] ?? null]));
}

export function locks(sessions: Sessions): Row[] {
  const rows: Row[] = [];
  if (sessions.blockerPid !== undefined) {
    rows.push(lockRow({ locktype: 'relation', database: DATID, relation: 16_402, virtualtransaction: '4/1180', pid: sessions.blockerPid, mode: 'RowExclusiveLock', granted: true, fastpath: true }));
    rows.push(lockRow({ locktype: 'transactionid', transactionid: String(BLOCKER_XID), virtualtransaction: '4/1180', pid: sessions.blockerPid, mode: 'ExclusiveLock', granted: true, fastpath: false }));
  }
  sessions.waiting.forEach((w, i) => {
    rows.push(lockRow({ locktype: 'transactionid', transactionid: String(BLOCKER_XID), virtualtransaction: `${7 + (i % 40)}/${2_000 + i}`, pid: w.pid, mode: 'ShareLock', granted: false, fastpath: false, waitstart: pgTimestamp(w.since) }));
  });
  return rows;
}

export function replication(session: Session): Row[] {
  const store = session.store;
  if (session.role !== 'primary' || store.replicaHost === undefined || !store.up) return [];
  const lag = store.replicationLagSeconds;
  const interval = (s: number) => (s <= 0 ? null : pgInterval(s));
  return [Object.fromEntries(REPLICATION_COLUMNS.map((c) => [c, ({ pid: 1_187, usesysid: 10, usename: 'replicator', application_name: store.replicaHost!, client_addr: '10.0.1.13', state: 'streaming', sent_lsn: '3A/5C1E8F20', write_lsn: '3A/5C1E8F20', flush_lsn: '3A/5C1E8F20', replay_lsn: lag > 1 ? '3A/4F0A1B38' : '3A/5C1E8F20', write_lag: interval(0.0004), flush_lag: interval(0.0009), replay_lag: interval(lag), sync_state: 'async' } as Row)[c] ?? null]))];
}

/** The relations a SELECT may read, by name. */
export function relation(world: World, session: Session, name: string, ownQuery: string): Relation | undefined {
  const sessions = activity(world, session, ownQuery);
  if (name === 'pg_stat_activity') return { columns: ACTIVITY_COLUMNS, numeric: new Set(['datid', 'pid', 'leader_pid', 'usesysid', 'client_port', 'query_id']), rows: sessions.rows };
  if (name === 'pg_locks') return { columns: LOCK_COLUMNS, numeric: new Set(['database', 'relation', 'page', 'tuple', 'classid', 'objid', 'objsubid', 'pid']), rows: locks(sessions) };
  if (name === 'pg_stat_replication') return { columns: REPLICATION_COLUMNS, numeric: new Set(['pid', 'usesysid']), rows: replication(session) };
  return undefined;
}
