import type { SeriesStore } from '../../tsdb';
import type { DatastoreState, World } from '../world';
import type { Collector } from './dynamic-series';
import { DynamicSeries, exporterTarget } from './dynamic-series';
import { registerExporter } from './scraper';
import type { ScrapeTarget } from './target';

/** pg_stat_activity states, as postgres_exporter cross-joins them with every database. */
const STATES = ['active', 'idle', 'idle in transaction', 'idle in transaction (aborted)', 'fastpath function call', 'disabled'] as const;
/** pg_locks modes, lower-cased, as postgres_exporter reports them. */
const LOCK_MODES = ['accesssharelock', 'rowsharelock', 'rowexclusivelock', 'shareupdateexclusivelock', 'sharelock', 'sharerowexclusivelock', 'exclusivelock', 'accessexclusivelock', 'sireadlock'] as const;
const LOCK = Object.fromEntries(LOCK_MODES.map((mode, i) => [mode, i])) as Record<(typeof LOCK_MODES)[number], number>;
/** Share of in-flight statements that write (and hold a RowExclusiveLock). */
const WRITE_SHARE = 0.3;
/** Statements postgres_exporter runs per scrape (each its own transaction in the `postgres` database). */
const EXPORTER_STATEMENTS = 12;
/** A blocker whose statement takes the whole table (DDL) rather than rows. */
const TABLE_LOCK = /^\s*(alter|drop|truncate|lock|vacuum\s+full|reindex|cluster)\b/i;

type Database = { datname: string; datid: string; app: boolean };

/** The application database plus the ones every cluster has (oids as initdb assigns them). */
function databases(store: DatastoreState): Database[] {
  const app = store.spec.database ?? store.spec.name;
  const system = [
    { datname: 'postgres', datid: '5', app: false },
    { datname: 'template0', datid: '4', app: false },
    { datname: 'template1', datid: '1', app: false },
  ];
  return [{ datname: app, datid: '16384', app: true }, ...system.filter((db) => db.datname !== app)];
}

/** Pool connections the clients of this store have taken and never returned (open transactions, idle). */
function leakedConnections(world: World, name: string): { count: number; oldestMs: number | undefined } {
  let count = 0;
  let oldestMs: number | undefined;
  for (const service of world.services.values()) {
    if (!service.poolSize.has(name)) continue;
    for (const instance of service.instances) {
      if (!instance.ready || instance.leakedConnections < 1) continue;
      count += instance.leakedConnections;
      oldestMs = Math.min(oldestMs ?? Infinity, instance.startedAt);
    }
  }
  return { count: Math.floor(count), oldestMs };
}

/**
 * postgres_exporter for one data store (job `postgres`): connection states and the longest transaction
 * per database, locks by mode, commits and rollbacks, max_connections and replication lag. When the
 * database is down the exporter still answers: `pg_up` 0 and nothing else, so the rest goes stale.
 */
export function postgresTarget(store: SeriesStore, datastore: DatastoreState, phaseMs: number, firstAt: number): ScrapeTarget {
  const name = datastore.spec.name;
  const series = new DynamicSeries(store, { job: 'postgres', instance: `${name}:9187` });
  const pgUp = series.slot('pg_up');
  const scrapeError = series.slot('pg_exporter_last_scrape_error');
  const maxConnections = series.slot('pg_settings_max_connections');
  let lag: number | undefined;
  const dbs = databases(datastore).map((db) => ({
    ...db,
    count: STATES.map((state) => series.slot('pg_stat_activity_count', { datname: db.datname, state })),
    maxTx: STATES.map((state) => series.slot('pg_stat_activity_max_tx_duration', { datname: db.datname, state })),
    locks: LOCK_MODES.map((mode) => series.slot('pg_locks_count', { datname: db.datname, mode })),
    backends: series.slot('pg_stat_database_numbackends', { datid: db.datid, datname: db.datname }),
    commits: series.slot('pg_stat_database_xact_commit', { datid: db.datid, datname: db.datname }),
    rollbacks: series.slot('pg_stat_database_xact_rollback', { datid: db.datid, datname: db.datname }),
  }));
  let scrapes = 0;
  const collector: Collector = {
    collect(world: World, t: number): void {
      const state = world.datastores.get(name)!;
      if (!state.up) {
        series.write(pgUp, t, 0);
        series.write(scrapeError, t, 1);
        return;
      }
      scrapes++;
      series.write(pgUp, t, 1);
      series.write(scrapeError, t, 0);
      series.write(maxConnections, t, state.spec.max_connections);
      if (state.replicaHost !== undefined) series.write((lag ??= series.slot('pg_replication_lag_seconds')), t, state.replicationLagSeconds);
      const leaked = leakedConnections(world, name);
      const inFlight = Math.round(state.activeConnections);
      const idleInTx = Math.min(leaked.count, inFlight);
      const queryS = (state.spec.query_ms * state.queryFactor + state.lockWaitMs) / 1000;
      for (const db of dbs) {
        // The app's pools connect to its database; the exporter's own connection sits in `postgres`.
        const active = db.app ? inFlight - idleInTx : db.datname === 'postgres' ? 1 : 0;
        const counts = [active, db.app ? Math.round(state.idleConnections) : 0, db.app ? idleInTx : 0, 0, 0, 0];
        const longest = [
          db.app && state.blocker ? (t - state.blocker.startedAt) / 1000 : active > 0 ? (db.app ? queryS : 0.002) : 0,
          0,
          db.app && idleInTx > 0 && leaked.oldestMs !== undefined ? (t - leaked.oldestMs) / 1000 : 0,
          0,
          0,
          0,
        ];
        counts.forEach((n, i) => series.write(db.count[i]!, t, n));
        longest.forEach((s, i) => series.write(db.maxTx[i]!, t, Math.max(0, s)));
        const locks = new Array<number>(LOCK_MODES.length).fill(0);
        // Every statement holds AccessShareLock on a table and an index; writers add RowExclusiveLock.
        locks[LOCK.accesssharelock] = active * 2;
        locks[LOCK.rowexclusivelock] = db.app ? Math.round(active * WRITE_SHARE) : 0;
        if (db.app && state.blocker) locks[TABLE_LOCK.test(state.blocker.query) ? LOCK.accessexclusivelock : LOCK.rowexclusivelock]! += 1;
        locks.forEach((n, i) => series.write(db.locks[i]!, t, n));
        series.write(db.backends, t, counts.reduce((a, b) => a + b, 0));
        const commits = db.app ? Math.floor(state.commits) : db.datname === 'postgres' ? scrapes * EXPORTER_STATEMENTS : 0;
        series.write(db.commits, t, commits);
        series.write(db.rollbacks, t, db.app ? Math.floor(state.rollbacks) : 0);
      }
    },
  };
  return exporterTarget(series, phaseMs, firstAt, collector);
}

registerExporter((store, world, phase, firstAt) =>
  [...world.datastores.values()].map((datastore) => postgresTarget(store, datastore, phase(`postgres/${datastore.spec.name}`), firstAt)),
);
