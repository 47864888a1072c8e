import { describe, expect, it } from 'vitest';
import { Drill, MINUTE, dataScenario, dataWorld } from '../faults/data-test-kit';
import { ABORTED_FAILOVER_MS, FAILOVER_MS, RESTART_MS } from './datastore-operations';

const AT_1M = { at: '1m' };

function drill(faults: Record<string, unknown>[] = [], world = dataWorld(), extra: Record<string, unknown> = {}): Drill {
  return new Drill(dataScenario(world, faults, extra));
}

/** Ticks until the store is up again; returns the time it came up (or undefined if it did not within `limitMs`). */
function upAt(d: Drill, limitMs: number): number | undefined {
  const store = d.sim.world.datastores.get('orders-db')!;
  const end = d.now + limitMs;
  while (d.now < end) {
    d.for(1000);
    if (store.up) return d.now;
  }
  return undefined;
}

describe('kill-query', () => {
  const PSQL_ROW = /^ pg_terminate_backend \n-{22}\n (t|f)\n\(1 row\)\n$/;

  it('answers as psql does: t for a backend it terminated, a warning and f for a pid that is not one', () => {
    const d = drill([{ id: 'lock', kind: 'lock-contention', target: 'orders-db', trigger: AT_1M }]);
    d.until(2 * MINUTE);
    const pid = d.sim.world.datastores.get('orders-db')!.blocker!.pid;
    const wrong = d.op('kill-query', 'orders-db', { pid: pid + 1 });
    expect(wrong.ok).toBe(false);
    expect(wrong.output).toMatch(new RegExp(`^WARNING: {2}PID ${pid + 1} is not a PostgreSQL backend process\n`));
    expect(wrong.output.slice(wrong.output.indexOf('\n') + 1)).toMatch(PSQL_ROW);
    const right = d.op('kill-query', 'orders-db', { pid });
    expect(right.ok).toBe(true);
    expect(PSQL_ROW.exec(right.output)?.[1]).toBe('t');
    expect(d.sim.world.datastores.get('orders-db')!.blocker).toBeUndefined();
  });

  it('finds no long query on a healthy store, and cannot connect to a down one', () => {
    const d = drill([{ id: 'down', kind: 'database-down', target: 'orders-db', trigger: { at: '2m' } }]);
    d.until(MINUTE);
    const none = d.op('kill-query', 'orders-db');
    expect(none.ok).toBe(false);
    expect(none.output).toContain('(0 rows)');
    d.until(2 * MINUTE);
    const refused = d.op('kill-query', 'orders-db');
    expect(refused.ok).toBe(false);
    expect(refused.output).toContain('Connection refused');
  });
});

describe('failover', () => {
  it('of a healthy primary: a needless outage of about 30 s, then the replica is the primary', () => {
    const d = drill();
    d.until(MINUTE);
    expect(d.errorShare('api')).toBeLessThan(0.01);
    expect(d.op('failover', 'orders-db').ok).toBe(true);
    const store = d.sim.world.datastores.get('orders-db')!;
    expect(store.up).toBe(false);
    expect(upAt(d, MINUTE)).toBe(MINUTE + FAILOVER_MS);
    expect(store.primaryHost).toBe('db-2');
    expect(store.replicaHost).toBe('db-1');
    expect(d.signal('error_ratio', 'api', MINUTE + 20_000)).toBeGreaterThan(0.9);
    expect(d.logs('promoted to primary', MINUTE)).toHaveLength(1);
  });

  it('needs a replica, and runs one at a time', () => {
    const d = drill([], dataWorld({ orders_db: { replica_host: undefined } }));
    d.until(MINUTE);
    const alone = d.op('failover', 'orders-db');
    expect(alone.ok).toBe(false);
    expect(alone.output).toContain('no replica');
    expect(d.sim.world.datastores.get('orders-db')!.up).toBe(true);
    const pair = drill();
    pair.until(MINUTE);
    pair.op('failover', 'orders-db');
    expect(pair.op('failover', 'orders-db').ok).toBe(false);
  });

  it('takes the duration a scenario sets for it, shorter or longer', () => {
    for (const [duration, ms] of [['10s', 10_000], ['90s', 90_000]] as const) {
      const d = drill([], dataWorld(), { operations: { failover: { duration } } });
      d.until(MINUTE);
      d.op('failover', 'orders-db');
      expect(upAt(d, 2 * MINUTE)).toBe(MINUTE + ms);
      expect(d.sim.world.datastores.get('orders-db')!.primaryHost).toBe('db-2');
    }
  });
});

describe('restart-db', () => {
  it('takes the store down for about 45 s and ends the sessions on it (a lock holder included)', () => {
    const d = drill([{ id: 'lock', kind: 'lock-contention', target: 'orders-db', trigger: AT_1M }]);
    d.until(2 * MINUTE);
    expect(d.op('restart-db', 'orders-db').ok).toBe(true);
    d.for(1000);
    expect(d.fault('lock')).toBe('cleared');
    expect(upAt(d, 2 * MINUTE)).toBe(2 * MINUTE + RESTART_MS);
    expect(d.sim.world.datastores.get('orders-db')!.primaryHost).toBe('db-1');
  });

  it('during a failover it aborts the promotion: the outage runs well past when the failover would have ended', () => {
    const control = drill();
    control.until(MINUTE);
    control.op('failover', 'orders-db');
    const failoverDone = upAt(control, 2 * MINUTE)!;
    expect(failoverDone).toBe(MINUTE + FAILOVER_MS);

    const d = drill();
    d.until(MINUTE);
    d.op('failover', 'orders-db');
    d.for(10_000);
    const result = d.op('restart-db', 'orders-db');
    expect(result.output).toContain('promotion aborted');
    const up = upAt(d, 3 * MINUTE)!;
    expect(up).toBe(MINUTE + 10_000 + RESTART_MS + ABORTED_FAILOVER_MS);
    // Longer than letting the failover finish and restarting afterwards.
    expect(up - MINUTE).toBeGreaterThan(FAILOVER_MS + RESTART_MS);
    expect(up).toBeGreaterThan(failoverDone);
    // The promotion never happened.
    expect(d.sim.world.datastores.get('orders-db')!.primaryHost).toBe('db-1');
    expect(d.logs('promoted to primary', MINUTE)).toHaveLength(0);
  });
});

describe('raise-pool', () => {
  it('rolls the pods and resizes the pool once the rollout is done', () => {
    const d = drill();
    d.until(MINUTE);
    const api = d.sim.world.services.get('api')!;
    const result = d.op('raise-pool', 'api', { size: 25 });
    expect(result).toEqual({ ok: true, output: 'deployment.apps/api env updated\n' });
    expect(api.rollout?.reason).toBe('config');
    d.for(20_000);
    expect(api.poolSize.get('orders-db')).toBe(10);
    d.for(MINUTE);
    expect(api.rollout).toBeUndefined();
    expect(api.poolSize.get('orders-db')).toBe(25);
    expect(api.instances.every((i) => i.createdAt >= MINUTE)).toBe(true);
  });

  it('refuses a datastore the service has no pool for', () => {
    const d = drill();
    d.until(MINUTE);
    const result = d.op('raise-pool', 'worker', { size: 25 });
    expect(result.ok).toBe(false);
    expect(d.sim.world.services.get('worker')!.rollout).toBeUndefined();
  });
});

describe('create-index', () => {
  it('takes about a minute; a scenario can list it as what clears a missing-index slow-queries fault', () => {
    const d = drill([{ id: 'slow', kind: 'slow-queries', target: 'orders-db', trigger: AT_1M, cleared_by: [{ operation: 'create-index', target: 'orders-db' }] }]);
    d.until(2 * MINUTE);
    expect(d.op('create-index', 'orders-db', { table: 'customers', columns: 'lower(email)' }).ok).toBe(true);
    d.for(50_000);
    expect(d.fault('slow')).toBe('active');
    d.for(15_000);
    expect(d.fault('slow')).toBe('cleared');
    expect(d.sim.world.datastores.get('orders-db')!.queryFactor).toBe(1);
    expect(d.sim.world.datastores.get('orders-db')!.blocker).toBeUndefined();
    d.for(2 * MINUTE);
    expect(d.errorShare('api')).toBeLessThan(0.01);
  });
});
