import { describe, expect, it } from 'vitest';
import { Drill, MINUTE, dataScenario, dataWorld } from '../faults/data-test-kit';
import { DATA_OPERATIONS } from './data-operations';
import { OPERATIONS } from './registry';

const NAMES = {
  'kill-query': 'datastore',
  failover: 'datastore',
  'restart-db': 'datastore',
  'raise-pool': 'service',
  'create-index': 'datastore',
  'flush-cache': 'cache',
  'warm-cache': 'cache',
  'rotate-logs': 'host',
  'clear-disk': 'host-mount',
  'skip-message': 'queue',
} as const;

describe('DATA_OPERATIONS', () => {
  it('registers each data operation once, with the kind of target it acts on', () => {
    expect(Object.fromEntries(DATA_OPERATIONS.map((o) => [o.name, o.target]))).toEqual(NAMES);
    for (const name of Object.keys(NAMES)) expect(OPERATIONS.get(name)).toBe(DATA_OPERATIONS.find((o) => o.name === name));
  });

  it('the runtime refuses a target of the wrong kind or bad parameters before the operation runs', () => {
    const d = new Drill(dataScenario(dataWorld()));
    d.until(MINUTE);
    expect(d.op('restart-db', 'sessions')).toEqual({ ok: false, output: 'restart-db: no datastore named "sessions"' });
    expect(d.op('clear-disk', 'db-1:/data').output).toContain('no disk mounted at "/data"');
    expect(d.op('raise-pool', 'api', {}).output).toMatch(/^raise-pool: size: /);
    expect(d.op('clear-disk', 'db-1:/', { gb: -1 }).ok).toBe(false);
    expect(d.sim.world.datastores.get('orders-db')!.up).toBe(true);
  });

  it('every operation is logged to the audit log with its output', () => {
    const d = new Drill(dataScenario(dataWorld()));
    d.until(MINUTE);
    d.op('warm-cache', 'sessions');
    d.for(1000);
    const audit = d.logs('warm-cache sessions:', MINUTE);
    expect(audit).toHaveLength(1);
    expect(audit[0]!['event.dataset']).toBe('audit.log');
  });
});
