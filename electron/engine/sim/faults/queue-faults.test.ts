import { describe, expect, it } from 'vitest';
import { Drill, MINUTE, dataScenario, dataWorld } from './data-test-kit';

const AT_1M = { at: '1m' };

function drill(faults: Record<string, unknown>[], world = dataWorld()): Drill {
  return new Drill(dataScenario(world, faults));
}

function lagOf(d: Drill): number {
  return d.sim.world.queues.get('orders')!.lag.reduce((a, b) => a + b, 0);
}

describe('queue-poison', () => {
  const poison = { id: 'poison', kind: 'queue-poison', target: 'orders', trigger: AT_1M };

  it('consumption stops at the poison message: the consumer logs its retries and the lag grows with production', () => {
    const d = drill([poison]);
    d.until(55_000);
    const consumed = d.signal('requests_per_second', 'worker');
    expect(consumed).toBeGreaterThan(20);
    d.until(3 * MINUTE);
    expect(d.signal('requests_per_second', 'worker')).toBe(0);
    // api produces 0.2 messages a request at about 150 requests a second: ~30 a second for two minutes.
    expect(lagOf(d)).toBeGreaterThan(0.7 * 30 * 120);
    const retries = d.logs('failed to process message orders-', MINUTE);
    expect(retries.length).toBeGreaterThan(10);
    expect(retries.every((e) => e['log.level'] === 'error' && e.message.includes('JsonParseException'))).toBe(true);
    expect(new Set(retries.map((e) => /message (\S+)/.exec(e.message)![1])).size).toBe(1);
  });

  it('skip-message moves past it: the fault clears and the backlog drains', () => {
    const d = drill([poison]);
    d.until(3 * MINUTE);
    expect(d.op('skip-message', 'orders').ok).toBe(true);
    d.for(1000);
    expect(d.fault('poison')).toBe('cleared');
    const backlog = lagOf(d);
    d.for(MINUTE);
    expect(lagOf(d)).toBeLessThan(backlog);
    d.for(4 * MINUTE);
    expect(lagOf(d)).toBeLessThan(100);
  });

  it('scaling the consumers does not help: every one of them stops at the same message', () => {
    const d = drill([poison]);
    d.until(3 * MINUTE);
    d.op('scale', 'worker', { replicas: 6 });
    const backlog = lagOf(d);
    d.for(2 * MINUTE);
    expect(d.sim.world.services.get('worker')!.instances.filter((i) => i.ready)).toHaveLength(6);
    expect(lagOf(d)).toBeGreaterThan(backlog);
    expect(d.fault('poison')).toBe('active');
  });
});

describe('consumer-lag', () => {
  const slow = { id: 'slow', kind: 'consumer-lag', target: 'orders', trigger: AT_1M };

  it('slowed consumers fall behind production: the lag grows', () => {
    const d = drill([slow]);
    d.until(3 * MINUTE);
    const produced = 0.2 * d.signal('requests_per_second', 'api');
    expect(d.signal('requests_per_second', 'worker')).toBeLessThan(produced);
    const lag = lagOf(d);
    d.for(MINUTE);
    expect(lagOf(d)).toBeGreaterThan(lag + 100);
  });

  it('scaling the consumers out drains the lag and clears the fault', () => {
    const d = drill([slow]);
    d.until(4 * MINUTE);
    expect(lagOf(d)).toBeGreaterThan(1000);
    d.op('scale', 'worker', { replicas: 6 });
    d.for(2 * MINUTE);
    expect(d.fault('slow')).toBe('cleared');
    expect(lagOf(d)).toBeLessThan(1000);
  });

  it('skipping a message only loses it: the lag keeps growing', () => {
    const d = drill([slow]);
    d.until(4 * MINUTE);
    const lag = lagOf(d);
    expect(d.op('skip-message', 'orders').ok).toBe(true);
    d.for(MINUTE);
    expect(lagOf(d)).toBeGreaterThan(lag);
    expect(d.fault('slow')).toBe('active');
  });

  it('a producer burst outruns healthy consumers while it lasts', () => {
    const d = drill([{ ...slow, params: { consumer_factor: 1, burst_per_sec: 100 }, duration: '2m' }]);
    d.until(3 * MINUTE);
    expect(lagOf(d)).toBeGreaterThan(1000);
    expect(d.fault('slow')).toBe('cleared');
    d.for(3 * MINUTE);
    expect(lagOf(d)).toBeLessThan(100);
  });
});
