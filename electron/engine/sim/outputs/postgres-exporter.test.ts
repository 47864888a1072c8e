import { describe, expect, it } from 'vitest';
import { ExporterHarness, exporterScenario } from './exporter-fixture';

const TARGET = { job: 'postgres', instance: 'main-db:9187' };

describe('postgres_exporter', () => {
  it('reports the database as up with its settings, connections by state and replication lag', () => {
    const h = new ExporterHarness();
    h.tickUntilScraped('pg_up', TARGET);
    const db = h.world.datastores.get('main-db')!;
    expect(h.last('up', TARGET)).toBe(1);
    expect(h.last('pg_up', TARGET)).toBe(1);
    expect(h.last('pg_settings_max_connections', TARGET)).toBe(150);
    expect(h.last('pg_replication_lag_seconds', TARGET)).toBe(db.replicationLagSeconds);
    const activity = h.all('pg_stat_activity_count', TARGET);
    expect(new Set(activity.map((s) => s.labels.datname))).toEqual(new Set(['shop', 'postgres', 'template0', 'template1']));
    expect(new Set(activity.map((s) => s.labels.state))).toEqual(
      new Set(['active', 'idle', 'idle in transaction', 'idle in transaction (aborted)', 'fastpath function call', 'disabled']),
    );
    expect(h.last('pg_stat_activity_count', { ...TARGET, datname: 'shop', state: 'active' })).toBe(Math.round(db.activeConnections));
    expect(h.last('pg_stat_activity_count', { ...TARGET, datname: 'shop', state: 'idle' })).toBe(Math.round(db.idleConnections));
    expect(h.last('pg_stat_activity_count', { ...TARGET, datname: 'postgres', state: 'active' })).toBe(1);
    expect(h.last('pg_stat_activity_count', { ...TARGET, datname: 'shop', state: 'idle in transaction' })).toBe(0);
    expect(Math.round(db.idleConnections)).toBeGreaterThan(0);
  });

  it('counts commits and rollbacks per database as the store does', () => {
    const h = new ExporterHarness();
    const first = h.tickUntilScraped('pg_stat_database_xact_commit', { ...TARGET, datname: 'shop' });
    const db = h.world.datastores.get('main-db')!;
    expect(first.labels).toMatchObject({ datid: '16384', datname: 'shop' });
    expect(h.last('pg_stat_database_xact_commit', { ...TARGET, datname: 'shop' })).toBe(Math.floor(db.commits));
    expect(h.last('pg_stat_database_xact_rollback', { ...TARGET, datname: 'shop' })).toBe(Math.floor(db.rollbacks));
    expect(h.last('pg_stat_database_xact_commit', { ...TARGET, datname: 'template0' })).toBe(0);
    // Counters only go up, scrape after scrape.
    const values = Array.from(first.values.subarray(0, first.length));
    expect(values.every((v, i) => i === 0 || v >= values[i - 1]!)).toBe(true);
    expect(values.at(-1)! - values[0]!).toBeGreaterThan(1000);
  });

  it('reports leaked pool connections as idle in transaction, with the age of the oldest', () => {
    const h = new ExporterHarness();
    const pod = h.world.services.get('web')!.instances[0]!;
    pod.leakedConnections = 4;
    h.tick(2);
    h.tickUntilScraped('pg_up', TARGET);
    const labels = { ...TARGET, datname: 'shop', state: 'idle in transaction' };
    expect(h.last('pg_stat_activity_count', labels)).toBe(4);
    expect(h.last('pg_stat_activity_max_tx_duration', labels)).toBe((h.now - pod.startedAt) / 1000);
  });

  it('shows a blocking DDL statement as an AccessExclusiveLock and a long transaction', () => {
    const h = new ExporterHarness();
    const db = h.world.datastores.get('main-db')!;
    db.blocker = { pid: 4242, query: 'ALTER TABLE orders ADD COLUMN note text', startedAt: -120_000 as never };
    h.tickUntilScraped('pg_up', TARGET);
    expect(h.last('pg_locks_count', { ...TARGET, datname: 'shop', mode: 'accessexclusivelock' })).toBe(1);
    expect(h.last('pg_locks_count', { ...TARGET, datname: 'template1', mode: 'accessexclusivelock' })).toBe(0);
    expect(h.all('pg_locks_count', { ...TARGET, datname: 'shop' })).toHaveLength(9);
    expect(h.last('pg_stat_activity_max_tx_duration', { ...TARGET, datname: 'shop', state: 'active' })).toBe((h.now + 120_000) / 1000);
  });

  it('keeps answering when the database is down: pg_up 0 and every other series stale', () => {
    const h = new ExporterHarness();
    h.tickUntilScraped('pg_up', TARGET);
    h.world.datastores.get('main-db')!.up = false;
    h.tickUntilScraped('pg_up', TARGET);
    expect(h.last('up', TARGET)).toBe(1);
    expect(h.last('pg_up', TARGET)).toBe(0);
    expect(h.last('pg_exporter_last_scrape_error', TARGET)).toBe(1);
    expect(h.isStale('pg_stat_activity_count', { ...TARGET, datname: 'shop', state: 'active' })).toBe(true);
    expect(h.isStale('pg_settings_max_connections', TARGET)).toBe(true);
    expect(h.isStale('pg_replication_lag_seconds', TARGET)).toBe(true);
    h.world.datastores.get('main-db')!.up = true;
    h.tickUntilScraped('pg_up', TARGET);
    expect(h.last('pg_up', TARGET)).toBe(1);
    expect(h.last('pg_settings_max_connections', TARGET)).toBe(150);
  });

  it('has no replication lag series for a database without a replica', () => {
    const h = new ExporterHarness(exporterScenario((world) => delete world.datastores![0]!.replica_host));
    h.tick(30);
    expect(h.last('pg_up', TARGET)).toBe(1);
    expect(h.all('pg_replication_lag_seconds')).toEqual([]);
  });
});
