import { queueingFactor } from './traffic';
import type { DatastoreState, World } from './types';

/** Queries a service sends a data store this tick (after cache misses). */
export type DbDemand = { service: string; datastore: string; qps: number };

/** What a service's requests get back from one data store this tick. */
export type DbOutcome = { datastore: string; failedRatio: number; latencyPerRequest: number; cause: 'pool' | 'database-down' | 'too-many-clients' };

/** How long a client waits for a pooled connection before giving up (HikariCP's default, 30 s). */
const ACQUIRE_TIMEOUT_S = 30;
/** Connections Postgres keeps for superusers (superuser_reserved_connections). */
const RESERVED_CONNECTIONS = 3;
/** Statements slower than this are logged (log_min_duration_statement). */
export const SLOW_QUERY_S = 1;

/**
 * Mean time of one query at `qps`: the store's CPU saturates with load, lock waits add on top.
 * Exported (fault library) so the slow-queries fault can log the durations the store really sees.
 */
export function queryTimeSeconds(world: World, store: DatastoreState, qps: number): number {
  const host = world.hosts.get(store.primaryHost)!;
  // A slow plan (queryFactor, the slow-queries fault) costs CPU too, so the store saturates sooner (fault library).
  // Half the host's cores serve queries; a noisy neighbour's steal takes its share of them.
  const capacity = ((host.spec.cpus * 1000) / (store.spec.query_ms * store.queryFactor)) * 0.5 * (1 - host.stealRatio);
  return (store.spec.query_ms / 1000) * store.queryFactor * queueingFactor(qps / capacity) + store.lockWaitMs / 1000;
}

/**
 * Each data store answers the queries it gets: query time grows with its load and any slow-query or lock
 * fault; each client instance's pool (minus leaked connections) must hold the concurrent queries (Little's
 * law) or requests wait and time out; pools together may not exceed max_connections.
 */
export function computeDatastores(world: World, demand: readonly DbDemand[], dtSec: number): Map<string, DbOutcome[]> {
  const outcomes = new Map<string, DbOutcome[]>();
  for (const store of world.datastores.values()) {
    const name = store.spec.name;
    const mine = demand.filter((d) => d.datastore === name);
    const qps = mine.reduce((s, d) => s + d.qps, 0);
    const queryS = queryTimeSeconds(world, store, qps);
    // Pools open all their connections up front (HikariCP's minimumIdle defaults to the pool size).
    const clients = mine.flatMap((d) => {
      const service = world.services.get(d.service)!;
      const ready = service.instances.filter((i) => i.ready);
      const pool = service.poolSize.get(name) ?? 10;
      return ready.map((instance) => ({ demand: d, instance, ready: ready.length, pool }));
    });
    const opened = clients.reduce((s, c) => s + c.pool, 0);
    const allowed = store.spec.max_connections - RESERVED_CONNECTIONS;
    const admitted = opened > allowed ? allowed / opened : 1;
    let active = 0;
    let idle = 0;
    let waiting = 0;
    for (const client of clients) {
      const usable = Math.max(0, client.pool - client.instance.leakedConnections) * admitted;
      const needed = (client.demand.qps / client.ready) * queryS;
      const inUse = Math.min(needed, usable);
      active += inUse + client.instance.leakedConnections * admitted;
      idle += Math.max(0, usable - inUse);
      waiting += Math.max(0, needed - usable);
    }
    store.activeConnections = active;
    store.idleConnections = idle;
    store.waitingConnections = waiting;
    store.refusedConnections = Math.max(0, opened - allowed);
    store.qps = store.up ? qps : 0;
    store.slowQueries += store.up && queryS >= SLOW_QUERY_S ? qps * dtSec : 0;
    for (const d of mine) {
      const service = world.services.get(d.service)!;
      const served = Math.max(1e-9, service.rps * (1 - service.shedRatio));
      const perRequest = d.qps / served;
      const ready = Math.max(1, service.instances.filter((i) => i.ready).length);
      const pool = service.poolSize.get(name) ?? 10;
      const leaked = service.instances.filter((i) => i.ready).reduce((s, i) => s + i.leakedConnections, 0) / ready;
      const usable = Math.max(0, pool - leaked) * admitted;
      const needed = (d.qps / ready) * queryS;
      const pressure = usable <= 0 ? Infinity : needed / usable;
      const poolFailure = pressure > 1 ? 1 - 1 / pressure : 0;
      const wait = pressure > 1 ? ACQUIRE_TIMEOUT_S * Math.min(1, pressure - 1) : queryS * pressure * pressure;
      const failedQuery = store.up ? poolFailure : 1;
      const list = outcomes.get(d.service) ?? [];
      list.push({
        datastore: name,
        failedRatio: 1 - (1 - failedQuery) ** Math.max(1, perRequest),
        latencyPerRequest: store.up ? perRequest * Math.min(ACQUIRE_TIMEOUT_S, queryS + wait) : 0.002,
        cause: !store.up ? 'database-down' : admitted < 1 ? 'too-many-clients' : 'pool',
      });
      outcomes.set(d.service, list);
      store.commits += store.up ? d.qps * (1 - failedQuery) * dtSec : 0;
      store.rollbacks += store.up ? d.qps * failedQuery * dtSec * 0.1 : 0;
    }
  }
  return outcomes;
}
