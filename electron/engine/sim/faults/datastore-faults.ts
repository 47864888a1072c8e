import { z } from 'zod';
import { queryTimeSeconds, SLOW_QUERY_S } from '../world/datastores';
import type { DatastoreState, World } from '../world';
import { backendPid, endLongQuery, faultMemory, hasLongQuery, inTransition, longQueries, startLongQuery } from './data-state';
import { defineFault } from './types';

function store(world: World, name: string): DatastoreState {
  return world.datastores.get(name)!;
}

/** Long query texts, as the application or a batch job would send them. */
const QUERIES = {
  badPlan: "SELECT o.*, c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE lower(c.email) = lower($1) ORDER BY o.created_at DESC",
  runaway: "SELECT c.id, count(*), sum(i.price * i.quantity) FROM order_items i JOIN orders o ON o.id = i.order_id JOIN customers c ON c.id = o.customer_id GROUP BY c.id ORDER BY 3 DESC",
  everyday: 'SELECT o.* FROM orders o WHERE o.id = $1',
  batch: "UPDATE orders SET status = 'archived' WHERE created_at < now() - interval '90 days'",
  report: 'SELECT date_trunc(\'day\', created_at), count(*), sum(total) FROM orders GROUP BY 1 ORDER BY 1',
};

/** How often a fault's own log lines repeat (the platform logs sample once a second; these are rarer). */
const LOG_EVERY_MS = 10_000;

function dueForLog(world: World, dtSec: number): boolean {
  return world.now % LOG_EVERY_MS < dtSec * 1000;
}

const slowMemory = faultMemory(() => ({ pid: 0 }));

export const slowQueries = defineFault({
  kind: 'slow-queries',
  summary: 'a missing index or bad plan (or one runaway query) makes every query slower: connections pile up, pools exhaust, callers time out',
  target: 'datastore',
  params: z.strictObject({
    factor: z.number().min(1).default(25),
    /** One runaway query is the cause: terminating it (kill-query) ends the fault. */
    runaway: z.boolean().default(false),
    query: z.string().min(1).optional(),
  }),
  start(world, fault) {
    const s = store(world, fault.target);
    s.queryFactor *= fault.params.factor;
    spawn(world, s, fault);
  },
  step(world, fault, dtSec) {
    const s = store(world, fault.target);
    const memory = slowMemory(fault);
    // A bad plan is not one query: terminate one and the next request runs it again.
    if (!fault.params.runaway && s.up && !hasLongQuery(s, memory.pid)) spawn(world, s, fault);
    if (!s.up || !dueForLog(world, dtSec)) return;
    const seconds = queryTimeSeconds(world, s, s.qps);
    // The platform's postgres log already reports statements whose nominal time is over the threshold.
    const nominalMs = s.spec.query_ms * s.queryFactor + s.lockWaitMs;
    if (seconds < SLOW_QUERY_S || nominalMs >= SLOW_QUERY_S * 1000) return;
    const statement = fault.params.runaway ? QUERIES.everyday : (fault.params.query ?? QUERIES.badPlan);
    world.events.push({ at: world.now, kind: 'db.slow-query', target: s.spec.name, message: `duration: ${(seconds * 1000).toFixed(3)} ms  statement: ${statement}` });
  },
  stop(world, fault) {
    const s = store(world, fault.target);
    s.queryFactor /= fault.params.factor;
    endLongQuery(s, slowMemory(fault).pid);
  },
  isOver: (world, fault) => fault.params.runaway && !hasLongQuery(store(world, fault.target), slowMemory(fault).pid),
});

function spawn(world: World, s: DatastoreState, fault: { id: string; params: { runaway: boolean; query?: string } }): void {
  const pid = backendPid(world, s, fault.id);
  const query = fault.params.query ?? (fault.params.runaway ? QUERIES.runaway : QUERIES.badPlan);
  startLongQuery(s, { pid, query, startedAt: world.now, on: 'primary', lagRate: 0 });
  slowMemory(fault).pid = pid;
}

const lockMemory = faultMemory(() => ({ pid: 0 }));

export const lockContention = defineFault({
  kind: 'lock-contention',
  summary: 'a long transaction holds a row lock: every query touching those rows waits behind it',
  target: 'datastore',
  params: z.strictObject({ lock_wait_ms: z.number().positive().default(4000), query: z.string().min(1).default(QUERIES.batch) }),
  start(world, fault) {
    const s = store(world, fault.target);
    const pid = backendPid(world, s, fault.id);
    s.lockWaitMs += fault.params.lock_wait_ms;
    startLongQuery(s, { pid, query: fault.params.query, startedAt: world.now, on: 'primary', lagRate: 0 });
    lockMemory(fault).pid = pid;
  },
  stop(world, fault) {
    const s = store(world, fault.target);
    s.lockWaitMs = Math.max(0, s.lockWaitMs - fault.params.lock_wait_ms);
    endLongQuery(s, lockMemory(fault).pid);
  },
  isOver: (world, fault) => !hasLongQuery(store(world, fault.target), lockMemory(fault).pid),
});

export const databaseDown = defineFault({
  kind: 'database-down',
  summary: 'the primary crashes: every query fails until it is restarted or the replica is promoted',
  target: 'datastore',
  params: z.strictObject({}),
  start(world, fault) {
    const s = store(world, fault.target);
    s.up = false;
    // A crash ends every session on the primary, long transactions included.
    for (const q of longQueries(s).filter((q) => q.on === 'primary')) endLongQuery(s, q.pid);
    const pid = backendPid(world, s, fault.id);
    world.events.push({
      at: world.now,
      kind: 'db.down',
      target: s.spec.name,
      message: `server process (PID ${pid}) was terminated by signal 11: Segmentation fault; terminating any other active server processes`,
    });
  },
  stop(world, fault) {
    // Ended by its duration or a scenario operation while still down: the supervisor brings it back.
    const s = store(world, fault.target);
    if (s.up || inTransition(s)) return;
    s.up = true;
    world.events.push({ at: world.now, kind: 'db.up', target: s.spec.name, message: 'database system is ready to accept connections' });
  },
  isOver: (world, fault) => store(world, fault.target).up,
});

const lagMemory = faultMemory(() => ({ pid: 0 }));

/** Replication lag below this counts as caught up. */
const CAUGHT_UP_S = 5;

export const replicationLag = defineFault({
  kind: 'replication-lag',
  summary: 'a long query on the replica holds back WAL replay: the replica falls further and further behind',
  target: 'datastore',
  params: z.strictObject({ rate: z.number().positive().default(0.8), query: z.string().min(1).default(QUERIES.report) }),
  check: (world, fault) =>
    world.datastores.find((d) => d.name === fault.target)?.replica_host === undefined ? [{ field: 'rate', reason: `datastore "${fault.target}" has no replica_host to lag` }] : [],
  start(world, fault) {
    const s = store(world, fault.target);
    if (s.replicaHost === undefined) return;
    const pid = backendPid(world, s, fault.id);
    startLongQuery(s, { pid, query: fault.params.query, startedAt: world.now, on: 'replica', lagRate: fault.params.rate });
    lagMemory(fault).pid = pid;
  },
  stop(world, fault) {
    endLongQuery(store(world, fault.target), lagMemory(fault).pid);
  },
  isOver(world, fault) {
    const s = store(world, fault.target);
    return !hasLongQuery(s, lagMemory(fault).pid) && s.replicationLagRate === 0 && s.replicationLagSeconds < CAUGHT_UP_S;
  },
});

const poolMemory = faultMemory(() => ({ datastore: undefined as string | undefined, before: 0 }));

export const poolExhaustion = defineFault({
  kind: 'pool-exhaustion',
  summary: "a service's connection pool is too small for its load: requests wait for a connection and time out",
  target: 'service',
  params: z.strictObject({ datastore: z.string().min(1).optional(), size: z.int().min(1).default(2) }),
  check(world, fault) {
    const calls = world.services.find((s) => s.name === fault.target)?.calls.flatMap((c) => ('datastore' in c ? [c.datastore] : [])) ?? [];
    if (calls.length === 0) return [{ field: 'datastore', reason: `service "${fault.target}" calls no datastore` }];
    const named = fault.params.datastore;
    return named !== undefined && !calls.includes(named) ? [{ field: 'datastore', reason: `service "${fault.target}" does not call datastore "${named}"` }] : [];
  },
  start(world, fault) {
    const service = world.services.get(fault.target)!;
    const datastore = fault.params.datastore ?? [...service.poolSize.keys()][0];
    if (datastore === undefined || !service.poolSize.has(datastore)) return;
    poolMemory(fault).datastore = datastore;
    poolMemory(fault).before = service.poolSize.get(datastore)!;
    service.poolSize.set(datastore, fault.params.size);
  },
  stop(world, fault) {
    const memory = poolMemory(fault);
    const service = world.services.get(fault.target)!;
    // Only put the old size back if nobody has resized the pool since.
    if (memory.datastore !== undefined && service.poolSize.get(memory.datastore) === fault.params.size) service.poolSize.set(memory.datastore, memory.before);
  },
  isOver(world, fault) {
    const memory = poolMemory(fault);
    if (memory.datastore === undefined) return true;
    const service = world.services.get(fault.target)!;
    // Raised, rolled out, and within what the database accepts (a pool past max_connections is no fix).
    return service.poolSize.get(memory.datastore)! > fault.params.size && service.rollout === undefined && store(world, memory.datastore).refusedConnections === 0;
  },
});

export const DATASTORE_FAULTS = [slowQueries, lockContention, databaseDown, replicationLag, poolExhaustion];
