import { z } from 'zod';
import type { SimMillis } from '../clock';
import { TICK_MS } from '../clock';
import { beginTransition, endLongQuery, endTransition, longQueries, transition } from '../faults/data-state';
import type { LongQuery } from '../faults/data-state';
import { START_MS, startRollout } from '../world';
import type { DatastoreState } from '../world';
import { defineOperation } from './types';

/** A managed failover: the primary is demoted and the replica promoted (Patroni's usual time). */
export const FAILOVER_MS = 30_000;
/** Stopping and starting Postgres cleanly, with shared buffers to refill. */
export const RESTART_MS = 45_000;
/** Extra downtime when a restart interrupts a failover: the promotion is abandoned and the old primary recovers. */
export const ABORTED_FAILOVER_MS = 30_000;
/** CREATE INDEX CONCURRENTLY on a busy table. */
const CREATE_INDEX_MS = 60_000;

function psqlTerminate(result: boolean, warning?: string): string {
  return `${warning ? `WARNING:  ${warning}\n` : ''} pg_terminate_backend \n----------------------\n ${result ? 't' : 'f'}\n(1 row)\n`;
}

function pickQuery(store: DatastoreState, pid: number | undefined, replica: boolean): LongQuery | undefined {
  const all = longQueries(store);
  if (pid !== undefined) return all.find((q) => q.pid === pid);
  return all.find((q) => q.on === (replica ? 'replica' : 'primary'));
}

export const killQuery = defineOperation({
  name: 'kill-query',
  summary: 'terminate a long-running backend (pg_terminate_backend): the runaway query or the transaction holding the lock',
  target: 'datastore',
  params: z.strictObject({ pid: z.int().positive().optional(), replica: z.boolean().default(false) }),
  run(world, target, params) {
    const store = world.datastores.get(target)!;
    if (!store.up) return { ok: false, output: `psql: error: connection to server at "${store.primaryHost}" (${target}), port 5432 failed: Connection refused\n` };
    const query = pickQuery(store, params.pid, params.replica);
    if (!query) {
      if (params.pid !== undefined) return { ok: false, output: psqlTerminate(false, `PID ${params.pid} is not a PostgreSQL backend process`) };
      return { ok: false, output: ' pg_terminate_backend \n----------------------\n(0 rows)\n' };
    }
    endLongQuery(store, query.pid);
    return { ok: true, output: psqlTerminate(true) };
  },
});

/** Ends every session on the primary (a restart or demotion drops them all). */
function dropPrimarySessions(store: DatastoreState): void {
  for (const q of longQueries(store).filter((x) => x.on === 'primary')) endLongQuery(store, q.pid);
}

export const failover = defineOperation({
  name: 'failover',
  summary: 'promote the replica to primary (about 30 s without a primary; needless, and harmful, if the primary was healthy)',
  target: 'datastore',
  params: z.strictObject({}),
  run(world, target, _params, ctx) {
    const store = world.datastores.get(target)!;
    if (store.replicaHost === undefined) return { ok: false, output: `Error: cluster ${target} has no replica to fail over to\n` };
    if (transition(store)?.kind === 'failover' || store.failoverUntil !== undefined) return { ok: false, output: `Error: failover of ${target} already in progress\n` };
    const lag = store.replicationLagSeconds;
    const candidate = store.replicaHost;
    store.up = false;
    store.restartUntil = undefined;
    // Demotion drops the primary's sessions; the replica's queries end with its promotion.
    for (const q of [...longQueries(store)]) endLongQuery(store, q.pid);
    const current = beginTransition(store, 'failover', world.now);
    ctx.complete(FAILOVER_MS, () => {
      if (transition(store) !== current) return;
      endTransition(store);
      // The world promotes the replica on this tick (resources.ts).
      store.failoverUntil = world.now;
    });
    world.events.push({ at: world.now, kind: 'db.down', target, message: `received fast shutdown request; demoting primary on ${store.primaryHost} for failover to ${candidate}` });
    const loss = lag >= 1 ? `WARNING: replica ${candidate} is ${lag.toFixed(0)} s behind: transactions committed in that window will be lost\n` : '';
    return { ok: true, output: `${loss}Failover of ${target}: demoting ${store.primaryHost}, promoting ${candidate}\n` };
  },
});

export const restartDb = defineOperation({
  name: 'restart-db',
  summary: 'restart the primary (about 45 s down); during a failover it aborts the promotion and the outage runs longer',
  target: 'datastore',
  params: z.strictObject({}),
  run(world, target, _params, ctx) {
    const store = world.datastores.get(target)!;
    const aborting = transition(store)?.kind === 'failover';
    store.up = false;
    store.restartUntil = undefined;
    dropPrimarySessions(store);
    const current = beginTransition(store, 'restart', world.now);
    ctx.complete(RESTART_MS, () => {
      if (transition(store) !== current) return;
      endTransition(store);
      // After an abandoned promotion the old primary must first recover from the half-done switch.
      store.restartUntil = (world.now + (aborting ? ABORTED_FAILOVER_MS : 0)) as SimMillis;
    });
    world.events.push({
      at: world.now,
      kind: 'db.down',
      target,
      message: aborting ? 'received fast shutdown request during promotion: failover aborted; old primary will run crash recovery' : 'received fast shutdown request; database system is shut down',
    });
    const head = aborting ? `WARNING: failover of ${target} in progress: promotion aborted\n` : '';
    return { ok: true, output: `${head}waiting for server to shut down.... done\nserver stopped\nwaiting for server to start.... (recovery in progress)\n` };
  },
});

export const raisePool = defineOperation({
  name: 'raise-pool',
  summary: "resize a service's database connection pool; a rolling restart applies it (pools together must stay under max_connections)",
  target: 'service',
  params: z.strictObject({ datastore: z.string().min(1).optional(), size: z.int().min(1).max(1000) }),
  run(world, target, params, ctx) {
    const service = world.services.get(target)!;
    const datastore = params.datastore ?? [...service.poolSize.keys()][0];
    if (datastore === undefined || !service.poolSize.has(datastore)) return { ok: false, output: `error: deployment ${target} has no connection pool for ${params.datastore ?? 'a datastore'}\n` };
    startRollout(world, service, service.revisions[service.revisions.length - 1]!.version, 'config');
    // New pods take the new size as they replace old ones; the pool is resized when the rollout is done.
    const pods = service.instances.filter((i) => i.status !== 'Terminating').length;
    ctx.complete(pods * START_MS + TICK_MS, () => {
      service.poolSize.set(datastore, params.size);
    });
    return { ok: true, output: `deployment.apps/${target} env updated\n` };
  },
});

export const createIndex = defineOperation({
  name: 'create-index',
  summary: 'build the missing index (CREATE INDEX CONCURRENTLY, about a minute on a busy table)',
  target: 'datastore',
  params: z.strictObject({ table: z.string().min(1).default('orders'), columns: z.string().min(1).default('customer_id') }),
  run(world, target, params, ctx) {
    const store = world.datastores.get(target)!;
    if (!store.up) return { ok: false, output: `psql: error: connection to server at "${store.primaryHost}" (${target}), port 5432 failed: Connection refused\n` };
    ctx.complete(CREATE_INDEX_MS, () => undefined);
    return { ok: true, output: `CREATE INDEX CONCURRENTLY ${params.table}_${params.columns.replace(/\W+/g, '_')}_idx ON ${params.table} (${params.columns}): building\n` };
  },
});

export const DATASTORE_OPERATIONS = [killQuery, failover, restartDb, raisePool, createIndex];
