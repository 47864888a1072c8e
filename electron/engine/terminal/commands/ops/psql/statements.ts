import { longQueries } from '../../../../sim/faults/data-state';
import type { World } from '../../../../sim/world';
import type { CommandContext } from '../../../types';
import { relation } from './catalog';
import type { Session } from './connect';
import type { ResultSet } from './pg-format';
import { pgInterval, pgTimestamp } from './pg-format';
import type { SqlError } from './sql-expr';
import { isSelectFrom, runSelect } from './select';

/**
 * The statements psql answers, as a table of shapes (matched on the statement with case and spacing
 * normalised) rather than a SQL engine. Backend signals and CREATE INDEX act on the world through the
 * simulation's operations.
 */

export type Outcome = { set: ResultSet; notices: string[] } | { tag: string; notices: string[] } | { error: SqlError; notices: string[] };

type Env = { world: World; session: Session; context: CommandContext; sql: string; notices: string[] };

type Statement = { pattern: RegExp; run(m: RegExpExecArray, env: Env): Outcome };

const one = (column: string, value: string | null, numeric = false, notices: string[] = []): Outcome => ({ set: { columns: [column], numeric: [numeric], rows: [[value]] }, notices });

const VERSION = 'PostgreSQL 15.6 (Debian 15.6-0+deb12u1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit';
/** Tables of the application: the on-call role may look at statistics, not at customer data. */
const APP_TABLES = new Set(['orders', 'customers', 'order_items', 'payments', 'sessions', 'users']);

function settings(session: Session): Record<string, string> {
  const replica = session.role === 'replica';
  return {
    max_connections: String(session.store.spec.max_connections),
    shared_buffers: '4GB',
    work_mem: '4MB',
    statement_timeout: '0',
    lock_timeout: '0',
    idle_in_transaction_session_timeout: '0',
    superuser_reserved_connections: '3',
    server_version: '15.6 (Debian 15.6-0+deb12u1)',
    hot_standby: 'on',
    transaction_read_only: replica ? 'on' : 'off',
    default_transaction_read_only: replica ? 'on' : 'off',
    log_min_duration_statement: '1s',
    wal_level: 'replica',
  };
}

/** pg_terminate_backend / pg_cancel_backend on `pid`: a long-running backend is ended through kill-query. */
function signal(env: Env, fn: string, pid: number): boolean {
  const store = env.session.store;
  const long = longQueries(store).find((q) => q.pid === pid);
  if (long) {
    // A cancel interrupts a running statement; an idle-in-transaction session has none, so it keeps its locks.
    const idleInTransaction = store.lockWaitMs > 0 && !/^\s*select/i.test(long.query);
    if (fn === 'pg_cancel_backend' && idleInTransaction) return true;
    return env.context.operate('kill-query', store.spec.name, { pid }).ok;
  }
  const visible = relation(env.world, env.session, 'pg_stat_activity', env.sql)!.rows.some((r) => r.pid === pid);
  if (!visible) env.notices.push(`WARNING:  PID ${pid} is not a PostgreSQL backend process`);
  return visible;
}

function replayLag(env: Env): number | null {
  return env.session.role === 'replica' ? env.session.store.replicationLagSeconds : null;
}

const STATEMENTS: Statement[] = [
  { pattern: /^select (-?\d+)$/, run: (m, env) => one('?column?', String(Number(m[1])), true, env.notices) },
  { pattern: /^select (now\(\)|current_timestamp)$/, run: (m, env) => one(m[1] === 'now()' ? 'now' : 'current_timestamp', pgTimestamp(env.world.startUnixMs + env.world.now), false, env.notices) },
  { pattern: /^select version\(\)$/, run: (_m, env) => one('version', VERSION, false, env.notices) },
  { pattern: /^select pg_is_in_recovery\(\)$/, run: (_m, env) => one('pg_is_in_recovery', env.session.role === 'replica' ? 't' : 'f', false, env.notices) },
  {
    pattern: /^select (pg_terminate_backend|pg_cancel_backend)\((\d+)\)$/,
    run: (m, env) => one(m[1]!, signal(env, m[1]!, Number(m[2])) ? 't' : 'f', false, env.notices),
  },
  {
    pattern: /^select now\(\) ?- ?pg_last_xact_replay_timestamp\(\)(?: as ([a-z_]+))?$/,
    run: (m, env) => {
      const lag = replayLag(env);
      return one(m[1] ?? '?column?', lag === null ? null : pgInterval(lag), false, env.notices);
    },
  },
  {
    pattern: /^select extract\(epoch from \(?now\(\) ?- ?pg_last_xact_replay_timestamp\(\)\)?\)(?: as ([a-z_]+))?$/,
    run: (m, env) => {
      const lag = replayLag(env);
      return one(m[1] ?? 'extract', lag === null ? null : lag.toFixed(6), true, env.notices);
    },
  },
  {
    pattern: /^select pg_last_xact_replay_timestamp\(\)$/,
    run: (_m, env) => {
      const lag = replayLag(env);
      return one('pg_last_xact_replay_timestamp', lag === null ? null : pgTimestamp(env.world.startUnixMs + env.world.now - lag * 1000), false, env.notices);
    },
  },
  {
    pattern: /^show ([a-z_]+)$/,
    run: (m, env) => {
      const value = settings(env.session)[m[1]!];
      return value === undefined ? { error: { message: `unrecognized configuration parameter "${m[1]}"` }, notices: env.notices } : one(m[1]!, value, false, env.notices);
    },
  },
  {
    pattern: /^create index concurrently (?:if not exists )?(?:[a-z_][a-z0-9_]* )?on ([a-z_][a-z0-9_]*)(?: using [a-z]+)?\(([^)]+)\)$/,
    run: (m, env) => {
      if (env.session.role === 'replica') return { error: { message: 'cannot execute CREATE INDEX in a read-only transaction' }, notices: env.notices };
      const result = env.context.operate('create-index', env.session.store.spec.name, { table: m[1]!, columns: m[2]!.replace(/\s+/g, '') });
      return result.ok ? { tag: 'CREATE INDEX', notices: env.notices } : { error: { message: result.output.trim() }, notices: env.notices };
    },
  },
  { pattern: /^(begin|start transaction)$/, run: (_m, env) => ({ tag: 'BEGIN', notices: env.notices }) },
  { pattern: /^(commit|end|rollback)$/, run: (m, env) => ({ tag: m[1] === 'rollback' ? 'ROLLBACK' : 'COMMIT', notices: [...env.notices, 'WARNING:  there is no transaction in progress'] }) },
  {
    pattern: /^(update|delete|insert|create|drop|alter|truncate|vacuum|reindex)\b/,
    run: (m, env) => {
      const target = /\b(?:update|from|into|table|on)\s+([a-z_][a-z0-9_]*)/.exec(env.sql.toLowerCase())?.[1];
      if (env.session.role === 'replica') return { error: { message: `cannot execute ${m[1]!.toUpperCase()} in a read-only transaction` }, notices: env.notices };
      return { error: { message: target ? `permission denied for table ${target}` : `permission denied to ${m[1]!.toUpperCase()}` }, notices: env.notices };
    },
  },
];

/** Collapses case and spacing so the table's patterns see one spelling (quoted strings keep theirs). */
export function normalise(sql: string): string {
  return sql
    .split(/('(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : part.toLowerCase().replace(/\s+/g, ' ').replace(/\s*\(\s*/g, '(').replace(/\s*\)/g, ')').replace(/\s*,\s*/g, ', ')))
    .join('')
    .trim();
}

/** Runs one statement (no trailing semicolon) in a session. */
export function runStatement(sql: string, world: World, session: Session, context: CommandContext): Outcome {
  const env: Env = { world, session, context, sql, notices: [] };
  const norm = normalise(sql);
  for (const s of STATEMENTS) {
    const m = s.pattern.exec(norm);
    if (m) return s.run(m, env);
  }
  if (isSelectFrom(sql.trim())) {
    const lookup = (name: string) => (APP_TABLES.has(name) ? undefined : relation(world, session, name, sql));
    const table = /\bfrom\s+(?:pg_catalog\.)?([a-z_][a-z0-9_]*)/i.exec(sql)?.[1]?.toLowerCase();
    if (table !== undefined && APP_TABLES.has(table)) return { error: { message: `permission denied for table ${table}` }, notices: env.notices };
    const result = runSelect(sql.trim(), lookup, { now: world.startUnixMs + world.now, signal: (fn, pid) => signal(env, fn, pid) });
    return 'message' in result ? { error: result, notices: env.notices } : { set: result, notices: env.notices };
  }
  const first = /^\s*(\S+?)(?=[\s(;,]|$)/.exec(sql)?.[1] ?? sql.trim();
  return { error: { message: `syntax error at or near "${first}"`, at: sql.indexOf(first) }, notices: env.notices };
}
