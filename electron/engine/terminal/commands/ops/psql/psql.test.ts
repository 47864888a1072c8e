import { describe, expect, it } from 'vitest';
import { MINUTE, netDrill } from '../../net/net-test-kit';
import { formatResult, pgInterval, pgTimestamp } from './pg-format';
import { psql } from './psql';

const slow = { id: 'slow', kind: 'slow-queries', target: 'orders-db', trigger: { at: '1m' }, params: { runaway: true, factor: 40 } };
const lock = { id: 'lock', kind: 'lock-contention', target: 'orders-db', trigger: { at: '1m' } };
const lag = { id: 'lag', kind: 'replication-lag', target: 'orders-db', trigger: { at: '1m' } };
const dbDown = { id: 'down', kind: 'database-down', target: 'orders-db', trigger: { at: '1m' } };

function drill(faults: Record<string, unknown>[] = [], at = 2 * MINUTE) {
  const d = netDrill(faults);
  d.until(at);
  return { ...d, sql: (sql: string, ...opts: string[]) => d.run(psql, ['-h', 'orders-db', ...opts, '-c', sql]) };
}

describe('psql output format', () => {
  it.each([
    [{ columns: ['pg_terminate_backend'], numeric: [false], rows: [['t']] }, {}, ' pg_terminate_backend \n----------------------\n t\n(1 row)\n\n'],
    [{ columns: ['?column?'], numeric: [true], rows: [['1']] }, {}, ' ?column? \n----------\n        1\n(1 row)\n\n'],
    [{ columns: ['pid', 'state', 'query'], numeric: [true, false, false], rows: [['12', 'active', 'SELECT 1'], ['4077', null, '']] }, {}, ' pid  | state  |  query   \n------+--------+----------\n   12 | active | SELECT 1\n 4077 |        |\n(2 rows)\n\n'],
    [{ columns: ['a', 'b'], numeric: [false, false], rows: [] }, {}, ' a | b \n---+---\n(0 rows)\n\n'],
    [{ columns: ['a', 'b'], numeric: [true, false], rows: [['1', 'x']] }, { tuplesOnly: true, unaligned: true }, '1|x\n'],
    [{ columns: ['a', 'b'], numeric: [true, false], rows: [['1', 'x']] }, { unaligned: true }, 'a|b\n1|x\n(1 row)\n'],
    [{ columns: ['name', 'v'], numeric: [false, false], rows: [['x', 'yes']] }, { expanded: true }, '-[ RECORD 1 ]-\nname | x\nv    | yes\n\n'],
    [{ columns: ['pg_is_in_recovery'], numeric: [false], rows: [['t']] }, { expanded: true }, '-[ RECORD 1 ]-----+--\npg_is_in_recovery | t\n\n'],
  ])('%j %j', (set, mode, text) => {
    expect(formatResult(set, { tuplesOnly: false, unaligned: false, expanded: false, ...mode })).toBe(text);
  });

  it('prints timestamps and intervals as Postgres does', () => {
    expect(pgTimestamp(Date.UTC(2026, 2, 13, 10, 5, 0, 120))).toBe('2026-03-13 10:05:00.12+00');
    expect(pgTimestamp(Date.UTC(2026, 2, 13, 10, 5, 0))).toBe('2026-03-13 10:05:00+00');
    expect(pgInterval(12.5)).toBe('00:00:12.5');
    expect(pgInterval(3_723)).toBe('01:02:03');
    expect(pgInterval(90_061)).toBe('1 day 01:01:01');
  });
});

describe('psql statements on a healthy store', () => {
  const d = drill();
  const cases: [string, string[], string | RegExp, number][] = [
    ['SELECT 1', [], ' ?column? \n----------\n        1\n(1 row)\n\n', 0],
    ['select 1;', ['-tA'], '1\n', 0],
    ['SELECT now()', ['-t'], ' 2026-03-13 10:02:00+00\n', 0],
    ['SHOW max_connections', [], ' max_connections \n-----------------\n 200\n(1 row)\n\n', 0],
    ['select pg_is_in_recovery()', ['-tA'], 'f\n', 0],
    ['SELECT now() - pg_last_xact_replay_timestamp()', ['-tA'], '\n', 0],
    ["SELECT count(*) FROM pg_stat_activity WHERE state = 'active'", ['-tA'], /^\d+\n$/, 0],
    ['SELECT count(*) FROM pg_stat_activity', ['-tA'], /^\d+\n$/, 0],
    ["SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'", ['-tA'], /^\d+\n$/, 0],
    ['SELECT * FROM pg_locks WHERE NOT granted', ['-tA'], '', 0],
    ["select state, count(*) from pg_stat_activity where backend_type = 'client backend' group by state order by state", ['-A'], /^state\|count\nactive\|\d+\nidle\|\d+\n\(2 rows\)\n$/, 0],
    ['select version()', ['-tA'], /^PostgreSQL 15\.6 /, 0],
    ['SELECT 1; SELECT 2', ['-tA'], '1\n2\n', 0],
  ];
  it.each(cases)('%s %j', (sql, opts, stdout, exitCode) => {
    const r = d.sql(sql, ...opts);
    expect(r.exitCode).toBe(exitCode);
    expect(r.stderr).toBe('');
    if (typeof stdout === 'string') expect(r.stdout.startsWith(stdout) || r.stdout === stdout).toBe(true);
    else expect(r.stdout).toMatch(stdout);
  });

  it.each([
    ['selec 1', 'ERROR:  syntax error at or near "selec"\nLINE 1: selec 1\n        ^\n'],
    ['SELECT * FROM nope', 'ERROR:  relation "nope" does not exist\nLINE 1: SELECT * FROM nope\n                      ^\n'],
    ['SELECT foo FROM pg_stat_activity', 'ERROR:  column "foo" does not exist\nLINE 1: SELECT foo FROM pg_stat_activity\n               ^\n'],
    ['SHOW nope', 'ERROR:  unrecognized configuration parameter "nope"\n'],
    ['SELECT * FROM orders', 'ERROR:  permission denied for table orders\n'],
    ["UPDATE orders SET status = 'x'", 'ERROR:  permission denied for table orders\n'],
  ])('%s fails with exit 1', (sql, stderr) => {
    expect(d.sql(sql)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });

  it.each([
    [['-h', 'nosuch', '-c', 'select 1'], 'psql: error: could not translate host name "nosuch" to address: Name or service not known\n'],
    [['-h', 'node-a', '-c', 'select 1'], 'psql: error: connection to server at "node-a" (10.0.1.10), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n'],
    [['-c', 'select 1'], 'psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: No such file or directory\n\tIs the server running locally and accepting connections on that socket?\n'],
    [['-h', 'orders-db', '-d', 'nope', '-c', 'select 1'], 'psql: error: connection to server at "orders-db" (10.0.1.12), port 5432 failed: FATAL:  database "nope" does not exist\n'],
  ])('psql %j cannot connect (exit 2)', (args, stderr) => {
    expect(d.run(psql, args)).toEqual({ stdout: '', stderr, exitCode: 2 });
  });

  it('connects through PGHOST, or the local socket on the database host', () => {
    expect(d.run(psql, ['-tAc', 'select 1'], { env: { PGHOST: 'orders-db' } }).stdout).toBe('1\n');
    expect(d.run(psql, ['-tAc', 'select pg_is_in_recovery()'], { host: 'db-1' }).stdout).toBe('f\n');
    expect(d.run(psql, ['-tAc', 'select pg_is_in_recovery()'], { host: 'db-2' }).stdout).toBe('t\n');
  });

  it('completes data store names and hosts after -h', () => {
    expect(psql.complete!(['-h'], '', d.context)).toEqual(['orders-db', 'db-1', 'db-2']);
  });
});

describe('psql when the store is in trouble', () => {
  it('a down primary refuses; the replica still answers', () => {
    const d = drill([dbDown]);
    expect(d.sql('select 1')).toEqual({ stdout: '', stderr: 'psql: error: connection to server at "orders-db" (10.0.1.12), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n', exitCode: 2 });
    expect(d.run(psql, ['-h', 'db-2', '-tAc', 'select 1']).stdout).toBe('1\n');
  });

  it('too many clients: FATAL on connect', () => {
    const d = netDrill([]);
    d.context.world.datastores.get('orders-db')!.refusedConnections = 12;
    expect(d.run(psql, ['-h', 'orders-db', '-c', 'select 1'])).toEqual({ stdout: '', stderr: 'psql: error: connection to server at "orders-db" (10.0.1.12), port 5432 failed: FATAL:  sorry, too many clients already\n', exitCode: 2 });
  });

  it('replication lag shows on the replica as an interval', () => {
    const d = drill([lag], 4 * MINUTE);
    const seconds = d.context.world.datastores.get('orders-db')!.replicationLagSeconds;
    expect(seconds).toBeGreaterThan(30);
    const r = d.run(psql, ['-h', 'db-2', '-c', 'SELECT now() - pg_last_xact_replay_timestamp() AS replication_lag']);
    expect(r.stdout).toMatch(/^ replication_lag \n-+\n 00:0\d:\d\d(\.\d+)?\n\(1 row\)\n\n$/);
    expect(d.run(psql, ['-h', 'db-2', '-tAc', 'select extract(epoch from now() - pg_last_xact_replay_timestamp())']).stdout).toBe(`${seconds.toFixed(6)}\n`);
    // The query holding replay back is on the replica.
    const long = d.run(psql, ['-h', 'db-2', '-tAc', "select pid, query from pg_stat_activity where backend_type = 'client backend' and usename = 'batch'"]);
    expect(long.stdout).toMatch(/^\d+\|SELECT date_trunc\('day', created_at\)/);
  });
});

describe('transcript: a runaway slow query', () => {
  it('pg_stat_activity shows the blocker; pg_terminate_backend runs kill-query and the store recovers', () => {
    const d = drill([slow], 3 * MINUTE);
    const store = d.context.world.datastores.get('orders-db')!;
    const blocker = store.blocker!;
    const list = d.sql("SELECT pid, state, wait_event_type, query_start, query FROM pg_stat_activity WHERE state = 'active' AND now() - query_start > interval '1 minute'");
    const rows = list.stdout.split('\n');
    expect(rows[0]).toMatch(/^ {2}pid {2}\| state {2}\| wait_event_type \| +query_start +\| +query +$/);
    expect(rows[2]).toBe(` ${blocker.pid} | active |                 | 2026-03-13 10:01:00+00 | ${blocker.query}`);
    expect(rows[3]).toBe('(1 row)');
    const longest = d.sql("select pid, now() - query_start as running_for from pg_stat_activity where state <> 'idle' order by running_for desc limit 1", '-tA');
    expect(longest.stdout).toBe(`${blocker.pid}|00:02:00\n`);

    const kill = d.sql(`SELECT pg_terminate_backend(${blocker.pid});`);
    expect(kill).toEqual({ stdout: ' pg_terminate_backend \n----------------------\n t\n(1 row)\n\n', stderr: '', exitCode: 0 });
    expect(store.blocker).toBeUndefined();
    expect(d.sql(`SELECT pg_terminate_backend(${blocker.pid})`)).toEqual({ stdout: ' pg_terminate_backend \n----------------------\n f\n(1 row)\n\n', stderr: `WARNING:  PID ${blocker.pid} is not a PostgreSQL backend process\n`, exitCode: 0 });
    d.until(5 * MINUTE);
    expect(d.context.sim.faults.faults.find((f) => f.spec.id === 'slow')!.state).toBe('cleared');
    expect(d.sql("SELECT count(*) FROM pg_stat_activity WHERE now() - query_start > interval '1 minute' AND state = 'active'", '-tA').stdout).toBe('0\n');
  });
});

describe('transcript: lock contention', () => {
  it('pg_locks shows the waiters; the holder is idle in transaction; a cancel does not free it, terminate does', () => {
    const d = drill([lock], 2 * MINUTE);
    const store = d.context.world.datastores.get('orders-db')!;
    const waiting = d.sql('SELECT * FROM pg_locks WHERE NOT granted');
    const lines = waiting.stdout.split('\n');
    expect(lines[0]).toMatch(/^ {3}locktype {4}\| database \| relation \| page \| tuple \| virtualxid \| transactionid \| classid \| objid \| objsubid \| virtualtransaction \| {2}pid {2}\| {3}mode {4}\| granted \| fastpath \| +waitstart +$/);
    expect(lines[2]).toMatch(/^ transactionid +\| +\| +\| +\| +\| +\| 48213907 +\| +\| +\| +\| \d+\/\d+ +\| +\d+ \| ShareLock \| f +\| f +\| 2026-03-13 10:0\d:\d\d[.\d]*\+00$/);
    expect(Number(/\((\d+) rows\)/.exec(waiting.stdout)![1])).toBeGreaterThan(5);
    const holder = d.sql("SELECT pid, state, backend_xid, query FROM pg_stat_activity WHERE state = 'idle in transaction'", '-tA');
    expect(holder.stdout).toBe(`${store.blocker!.pid}|idle in transaction|48213907|UPDATE orders SET status = 'archived' WHERE created_at < now() - interval '90 days'\n`);
    const waits = d.sql("select wait_event_type, count(*) from pg_stat_activity where state = 'active' group by wait_event_type order by 2 desc", '-tA');
    expect(waits.stdout.split('\n')[0]).toMatch(/^Lock\|\d+$/);

    expect(d.sql(`select pg_cancel_backend(${store.blocker!.pid})`, '-tA').stdout).toBe('t\n');
    expect(store.blocker).toBeDefined();
    expect(d.sql(`select pg_terminate_backend(pid) from pg_stat_activity where state = 'idle in transaction'`, '-tA').stdout).toBe('t\n');
    expect(store.blocker).toBeUndefined();
    d.until(3 * MINUTE);
    expect(store.lockWaitMs).toBe(0);
    expect(d.sql('SELECT count(*) FROM pg_locks WHERE NOT granted', '-tA').stdout).toBe('0\n');
  });
});
