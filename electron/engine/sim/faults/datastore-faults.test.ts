import { describe, expect, it } from 'vitest';
import { Drill, MINUTE, dataScenario, dataWorld } from './data-test-kit';

const AT_1M = { at: '1m' };

function drill(faults: Record<string, unknown>[], world = dataWorld(), extra: Record<string, unknown> = {}): Drill {
  return new Drill(dataScenario(world, faults, extra));
}

/** Baseline p99 latency of `api` just before the faults start at 1m. */
function baselineP99(d: Drill): number {
  d.until(55_000);
  const p99 = d.signal('latency_p99_seconds', 'api');
  expect(d.errorShare('api')).toBeLessThan(0.01);
  return p99;
}

function durationsLogged(d: Drill, from: number): number[] {
  return d
    .logs('duration: ', from)
    .filter((e) => e['event.dataset'] === 'postgresql.log')
    .map((e) => Number(/duration: ([\d.]+) ms/.exec(e.message)![1]));
}

describe('slow-queries', () => {
  const runaway = { id: 'slow', kind: 'slow-queries', target: 'orders-db', trigger: AT_1M, params: { runaway: true } };

  it('slows every query: latency and pool waits climb, callers time out, postgres logs the slow statements', () => {
    const d = drill([runaway]);
    const p99 = baselineP99(d);
    d.until(4 * MINUTE);
    expect(d.fault('slow')).toBe('active');
    expect(d.signal('latency_p99_seconds', 'api')).toBeGreaterThan(10 * p99);
    expect(d.errorShare('api')).toBeGreaterThan(0.2);
    expect(Math.max(...d.values('db_client_connections_pending_requests', { service: 'api' }))).toBeGreaterThan(0);
    const slow = durationsLogged(d, MINUTE);
    expect(slow.length).toBeGreaterThan(0);
    expect(Math.min(...slow)).toBeGreaterThanOrEqual(1000);
    // The runaway backend is what pg_stat_activity shows as the oldest active query.
    expect(d.sim.world.datastores.get('orders-db')!.blocker?.query).toMatch(/GROUP BY/);
  });

  it('a runaway query ends with kill-query: the fault clears and the service recovers', () => {
    const d = drill([runaway]);
    const p99 = baselineP99(d);
    d.until(3 * MINUTE);
    expect(d.op('kill-query', 'orders-db').ok).toBe(true);
    d.for(1000);
    expect(d.fault('slow')).toBe('cleared');
    expect(d.sim.world.datastores.get('orders-db')!.queryFactor).toBe(1);
    d.for(2 * MINUTE);
    expect(d.errorShare('api')).toBeLessThan(0.01);
    expect(d.signal('latency_p99_seconds', 'api')).toBeLessThan(2 * p99);
  });

  it('a missing index survives kill-query (the next request runs the plan again) and follows a failover to the new primary', () => {
    const d = drill([{ id: 'slow', kind: 'slow-queries', target: 'orders-db', trigger: AT_1M, cleared_by: [{ operation: 'create-index' }] }]);
    const p99 = baselineP99(d);
    d.until(3 * MINUTE);
    const store = d.sim.world.datastores.get('orders-db')!;
    const first = store.blocker!.pid;
    expect(d.op('kill-query', 'orders-db', { pid: first }).ok).toBe(true);
    d.for(1000);
    expect(d.fault('slow')).toBe('active');
    expect(store.blocker!.pid).not.toBe(first);
    const before = d.errorShare('api', 30_000);
    // Failing over a primary that is up (just slow) is a needless outage…
    expect(d.op('failover', 'orders-db').ok).toBe(true);
    d.for(25_000);
    expect(store.up).toBe(false);
    expect(d.errorShare('api', 20_000)).toBeGreaterThan(Math.max(0.9, before));
    // …and the replica has the same schema, so the same plan.
    d.for(MINUTE);
    expect(store.up).toBe(true);
    expect(store.primaryHost).toBe('db-2');
    expect(d.fault('slow')).toBe('active');
    expect(d.signal('latency_p99_seconds', 'api')).toBeGreaterThan(10 * p99);
  });
});

describe('lock-contention', () => {
  const lock = { id: 'lock', kind: 'lock-contention', target: 'orders-db', trigger: AT_1M };

  it('queries wait behind the lock: pools exhaust, callers fail with pool timeouts, postgres names the blocking pid', () => {
    const d = drill([lock]);
    baselineP99(d);
    d.until(3 * MINUTE);
    const blocker = d.sim.world.datastores.get('orders-db')!.blocker!;
    expect(d.errorShare('api')).toBeGreaterThan(0.5);
    expect(d.logs('HikariPool-1 - Connection is not available', MINUTE).some((e) => e['service.name'] === 'api')).toBe(true);
    const waits = d.logs('still waiting for ShareLock', MINUTE);
    expect(waits.length).toBeGreaterThan(0);
    expect(waits.every((e) => e.message.endsWith(`blocked by process ${blocker.pid}`))).toBe(true);
  });

  it('terminating the blocking pid ends it; the waiters go through', () => {
    const d = drill([lock]);
    baselineP99(d);
    d.until(3 * MINUTE);
    const store = d.sim.world.datastores.get('orders-db')!;
    expect(d.op('kill-query', 'orders-db', { pid: store.blocker!.pid }).ok).toBe(true);
    d.for(1000);
    expect(d.fault('lock')).toBe('cleared');
    expect(store.lockWaitMs).toBe(0);
    d.for(2 * MINUTE);
    expect(d.errorShare('api')).toBeLessThan(0.01);
  });

  it('killing a waiter instead of the blocker, or restarting the callers, changes nothing', () => {
    const d = drill([lock]);
    d.until(3 * MINUTE);
    const waiter = Number(/process (\d+) still waiting/.exec(d.logs('still waiting for ShareLock', MINUTE)[0]!.message)![1]);
    const result = d.op('kill-query', 'orders-db', { pid: waiter });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(' f\n');
    expect(d.op('restart', 'api').ok).toBe(true);
    d.for(2 * MINUTE);
    expect(d.sim.world.services.get('api')!.rollout).toBeUndefined();
    expect(d.fault('lock')).toBe('active');
    expect(d.errorShare('api')).toBeGreaterThan(0.5);
  });
});

describe('database-down', () => {
  const down = { id: 'down', kind: 'database-down', target: 'orders-db', trigger: AT_1M };

  it('every query fails: callers log refused connections and postgres logs the crash', () => {
    const d = drill([down]);
    baselineP99(d);
    d.until(2 * MINUTE);
    expect(d.errorShare('api')).toBeGreaterThan(0.9);
    expect(d.errorShare('reports')).toBeGreaterThan(0.9);
    expect(d.logs('Connection to orders-db:5432 refused', MINUTE).length).toBeGreaterThan(0);
    const crash = d.logs('terminated by signal', MINUTE);
    expect(crash).toHaveLength(1);
    expect(crash[0]!['log.level']).toBe('fatal');
  });

  it('a failover brings it back in about 30 s, on the replica host', () => {
    const d = drill([down]);
    d.until(2 * MINUTE);
    d.op('failover', 'orders-db');
    d.for(20_000);
    expect(d.fault('down')).toBe('active');
    d.for(15_000);
    expect(d.fault('down')).toBe('cleared');
    expect(d.sim.world.datastores.get('orders-db')!.primaryHost).toBe('db-2');
    d.for(2 * MINUTE);
    expect(d.errorShare('api')).toBeLessThan(0.01);
  });

  it('restart-db brings it back in about 45 s', () => {
    const d = drill([down]);
    d.until(2 * MINUTE);
    d.op('restart-db', 'orders-db');
    d.for(40_000);
    expect(d.fault('down')).toBe('active');
    d.for(10_000);
    expect(d.fault('down')).toBe('cleared');
    expect(d.sim.world.datastores.get('orders-db')!.primaryHost).toBe('db-1');
  });

  it('restarting the callers during the outage leaves their new pods crash-looping and the rollout stuck', () => {
    const d = drill([down]);
    d.until(2 * MINUTE);
    d.op('restart', 'api');
    d.for(2 * MINUTE);
    const api = d.sim.world.services.get('api')!;
    const fresh = api.instances.filter((i) => i.createdAt > 2 * MINUTE);
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.every((i) => !i.ready && i.restarts >= 2)).toBe(true);
    expect(fresh.some((i) => i.status === 'CrashLoopBackOff')).toBe(true);
    expect(api.rollout?.replace.length).toBe(3);
    expect(d.logs('Back-off restarting failed container api', 2 * MINUTE).length).toBeGreaterThan(0);
    expect(d.fault('down')).toBe('active');
  });
});

describe('replication-lag', () => {
  const lag = { id: 'lag', kind: 'replication-lag', target: 'orders-db', trigger: AT_1M };

  it('the replica falls behind at the configured rate and its log says how far', () => {
    const d = drill([lag]);
    d.until(4 * MINUTE);
    const seconds = d.sim.world.datastores.get('orders-db')!.replicationLagSeconds;
    // 0.8 s of lag per second for the three minutes since 1m.
    expect(seconds).toBeGreaterThan(0.8 * 170);
    expect(seconds).toBeLessThan(0.8 * 190);
    const lines = d.logs('seconds behind primary', MINUTE).map((e) => Number(/replica is (\d+) seconds/.exec(e.message)![1]));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[lines.length - 1]!).toBeGreaterThan(lines[0]!);
    expect(d.errorShare('api')).toBeLessThan(0.01);
  });

  it('terminating the replica query stops the lag growing; the fault clears once the replica has caught up', () => {
    const d = drill([lag]);
    d.until(4 * MINUTE);
    const store = d.sim.world.datastores.get('orders-db')!;
    const behind = store.replicationLagSeconds;
    expect(d.op('kill-query', 'orders-db', { replica: true }).ok).toBe(true);
    expect(store.replicationLagRate).toBe(0);
    d.for(10_000);
    expect(d.fault('lag')).toBe('active');
    expect(store.replicationLagSeconds).toBeLessThan(behind);
    // Replay catches up at 2 s per second.
    d.for((behind / 2) * 1000);
    expect(d.fault('lag')).toBe('cleared');
    expect(store.replicationLagSeconds).toBeLessThan(5);
  });

  it('failing over to a lagging replica costs an outage and loses the transactions it had not replayed', () => {
    const d = drill([lag]);
    d.until(4 * MINUTE);
    const behind = d.sim.world.datastores.get('orders-db')!.replicationLagSeconds;
    const result = d.op('failover', 'orders-db');
    expect(result.output).toContain(`${behind.toFixed(0)} s behind`);
    expect(result.output).toContain('will be lost');
    d.for(25_000);
    expect(d.errorShare('api', 20_000)).toBeGreaterThan(0.9);
  });
});

describe('pool-exhaustion', () => {
  // api needs about 4 connections per pod for its queries; reports about 1.2 of its 2.
  const world = () => dataWorld({ api: { calls: [{ cache: 'sessions' }, { datastore: 'orders-db', per_request: 6, pool: 10 }, { queue: 'orders', per_request: 0.2 }] }, reports: { traffic: { rps: 40 }, calls: [{ datastore: 'orders-db', per_request: 4, pool: 2 }] }, orders_db: { query_ms: 5 } });
  const pool = { id: 'pool', kind: 'pool-exhaustion', target: 'api', trigger: AT_1M, params: { datastore: 'orders-db' } };

  it('requests wait for one of two connections and time out with HikariCP errors', () => {
    const d = drill([pool], world());
    baselineP99(d);
    d.until(3 * MINUTE);
    expect(d.values('db_client_connections_max', { service: 'api' })).toEqual([2, 2, 2]);
    expect(Math.max(...d.values('db_client_connections_pending_requests', { service: 'api' }))).toBeGreaterThan(0);
    expect(d.errorShare('api')).toBeGreaterThan(0.2);
    expect(d.logs('HikariPool-1 - Connection is not available', MINUTE).length).toBeGreaterThan(0);
    expect(d.errorShare('reports')).toBeLessThan(0.01);
  });

  it('raise-pool within max_connections clears it once the rolling restart is done', () => {
    const d = drill([pool], world());
    d.until(3 * MINUTE);
    expect(d.op('raise-pool', 'api', { datastore: 'orders-db', size: 10 }).ok).toBe(true);
    d.for(30_000);
    expect(d.fault('pool')).toBe('active');
    d.for(20_000);
    expect(d.fault('pool')).toBe('cleared');
    d.for(2 * MINUTE);
    expect(d.values('db_client_connections_max', { service: 'api' })).toEqual([10, 10, 10]);
    expect(d.errorShare('api')).toBeLessThan(0.01);
  });

  it('raising pools past max_connections gets connections refused: "too many clients" starves the other callers', () => {
    const d = drill([pool], world());
    d.until(3 * MINUTE);
    expect(d.errorShare('reports')).toBeLessThan(0.01);
    d.op('raise-pool', 'api', { datastore: 'orders-db', size: 200 });
    d.for(2 * MINUTE);
    expect(d.sim.world.datastores.get('orders-db')!.refusedConnections).toBeGreaterThan(0);
    expect(d.logs('FATAL:  sorry, too many clients already', 3 * MINUTE).length).toBeGreaterThan(0);
    expect(d.errorShare('reports')).toBeGreaterThan(0.1);
    expect(d.logs('too many clients', 3 * MINUTE).some((e) => e['service.name'] === 'reports')).toBe(true);
    expect(d.fault('pool')).toBe('active');
  });
});
