import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../scenario';
import { Drill, MINUTE, dataScenario, dataWorld } from './data-test-kit';
import { DATA_FAULTS } from './data-faults';
import { FAULTS } from './registry';

const KINDS = {
  'slow-queries': 'datastore',
  'lock-contention': 'datastore',
  'database-down': 'datastore',
  'replication-lag': 'datastore',
  'pool-exhaustion': 'service',
  'disk-fill': 'host-mount',
  'cache-stampede': 'cache',
  'queue-poison': 'queue',
  'consumer-lag': 'queue',
} as const;

describe('DATA_FAULTS', () => {
  it('registers each data fault once, with the kind of target it acts on', () => {
    expect(Object.fromEntries(DATA_FAULTS.map((f) => [f.kind, f.target]))).toEqual(KINDS);
    for (const kind of Object.keys(KINDS)) expect(FAULTS.get(kind)).toBe(DATA_FAULTS.find((f) => f.kind === kind));
  });

  it('defaults the parameters a scenario may leave out', () => {
    const defaults = (kind: keyof typeof KINDS) => FAULTS.get(kind)!.params.parse({}) as Record<string, unknown>;
    expect(defaults('slow-queries')).toMatchObject({ factor: 25, runaway: false });
    expect(defaults('lock-contention')).toMatchObject({ lock_wait_ms: 4000 });
    expect(defaults('replication-lag')).toMatchObject({ rate: 0.8 });
    expect(defaults('pool-exhaustion')).toMatchObject({ size: 2 });
    expect(defaults('disk-fill')).toMatchObject({ mb_per_min: 2000, deleted_open: false });
    expect(defaults('consumer-lag')).toMatchObject({ consumer_factor: 0.3, burst_per_sec: 0 });
  });

  it('a scenario is told where its data fault is wrong', () => {
    const doc = (faults: Record<string, unknown>[]) => scenarioSchema.safeParse({ ...dataScenario(dataWorld()), faults });
    const issues = (faults: Record<string, unknown>[]) => {
      const result = doc(faults);
      return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(issues([{ id: 'f', kind: 'disk-fill', target: 'db-1:/var/lib/postgresql', trigger: { at: '1m' }, params: { deleted_open: true } }])).toEqual([
      'faults.0.params.writer: a deleted-but-open log needs the writer service that holds it open',
    ]);
    expect(issues([{ id: 'f', kind: 'disk-fill', target: 'db-1:/data', trigger: { at: '1m' } }])[0]).toContain('no disk mounted at "/data"');
    expect(issues([{ id: 'f', kind: 'slow-queries', target: 'sessions', trigger: { at: '1m' } }])[0]).toContain('no datastore named "sessions"');
    expect(issues([{ id: 'f', kind: 'consumer-lag', target: 'orders', trigger: { at: '1m' }, params: { consumer_factor: 2 } }])[0]).toMatch(/^faults\.0\.params\.consumer_factor/);
    expect(issues([{ id: 'f', kind: 'cache-stampede', target: 'sessions', trigger: { operation: 'flush-cache' } }])).toEqual([]);
  });

  it('runs are a pure function of scenario, seed and timed operations, with every data fault at once', () => {
    const faults = [
      { id: 'slow', kind: 'slow-queries', target: 'orders-db', trigger: { at: '1m' }, params: { factor: 3 } },
      { id: 'lag', kind: 'replication-lag', target: 'orders-db', trigger: { at: '1m' } },
      { id: 'fill', kind: 'disk-fill', target: 'db-1:/', trigger: { at: '1m' }, params: { deleted_open: true, writer: 'reports', mb_per_min: 20_000 } },
      { id: 'poison', kind: 'queue-poison', target: 'orders', trigger: { at: '90s' } },
      { id: 'stampede', kind: 'cache-stampede', target: 'sessions', trigger: { at: '2m' } },
    ];
    const run = () => {
      const d = new Drill(dataScenario(dataWorld(), faults));
      d.until(2 * MINUTE);
      d.op('kill-query', 'orders-db', { replica: true });
      d.op('restart', 'reports');
      d.until(3 * MINUTE);
      d.op('skip-message', 'orders');
      d.until(4 * MINUTE);
      const series = d.sim.store.all().map((s) => `${s.key}:${Array.from(s.values.subarray(0, s.length)).join(',')}`);
      return { series, logs: d.sim.logs.all().map((e) => `${e['@timestamp']} ${e.message}`), states: d.sim.faults.faults.map((f) => f.state) };
    };
    const a = run();
    const b = run();
    expect(a.states).toEqual(['active', 'cleared', 'cleared', 'cleared', 'active']);
    expect(b.series).toEqual(a.series);
    expect(b.logs).toEqual(a.logs);
  });
});
