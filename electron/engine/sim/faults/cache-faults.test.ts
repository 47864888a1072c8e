import { describe, expect, it } from 'vitest';
import { Drill, MINUTE, dataScenario, dataWorld } from './data-test-kit';

const AT_1M = { at: '1m' };

function drill(faults: Record<string, unknown>[], world = dataWorld()): Drill {
  return new Drill(dataScenario(world, faults));
}

describe('cache-stampede', () => {
  // api looks four keys up a request; at a 95% hit ratio the database sees 1 query a request plus the misses.
  const world = () => dataWorld({ api: { calls: [{ cache: 'sessions', per_request: 4 }, { datastore: 'orders-db', per_request: 1, pool: 10 }] }, cache: { hit_ratio: 0.95 } });
  const stampede = { id: 'stampede', kind: 'cache-stampede', target: 'sessions', trigger: AT_1M };

  /** Busy CPU seconds per second on a host, from node_exporter's counters over the last `windowMs`. */
  function busyCpus(d: Drill, host: string, windowMs = 30_000): number {
    const busy = (at: number) =>
      d.sim.store
        .byMetric('node_cpu_seconds_total')
        .filter((s) => s.labels.nodename === host && s.labels.mode !== 'idle')
        .reduce((sum, s) => sum + (d.sample(s.labels, at) ?? 0), 0);
    return (busy(d.now) - busy(d.now - windowMs)) / (windowMs / 1000);
  }

  it('misses stampede to the database: its host CPU and the callers\' latency jump, redis logs the flush', () => {
    const d = drill([stampede], world());
    d.until(55_000);
    const cpu = busyCpus(d, 'db-1');
    const p99 = d.signal('latency_p99_seconds', 'api');
    d.until(MINUTE + 45_000);
    expect(busyCpus(d, 'db-1')).toBeGreaterThan(1.5 * cpu);
    expect(d.signal('latency_p99_seconds', 'api')).toBeGreaterThan(1.5 * p99);
    expect(d.sim.world.caches.get('sessions')!.hitRatio).toBeLessThan(0.5);
    const flushed = d.logs('FLUSHALL removed', MINUTE);
    expect(flushed).toHaveLength(1);
    expect(flushed[0]!['event.dataset']).toBe('redis.log');
  });

  it('warm-cache preloads the hot keys: the fault clears in a couple of minutes instead of a quarter of an hour', () => {
    const warmed = drill([stampede], world());
    const control = drill([stampede], world());
    warmed.until(2 * MINUTE);
    control.until(2 * MINUTE);
    expect(warmed.op('warm-cache', 'sessions').ok).toBe(true);
    warmed.for(2 * MINUTE);
    control.for(2 * MINUTE);
    expect(warmed.fault('stampede')).toBe('cleared');
    expect(control.fault('stampede')).toBe('active');
    expect(warmed.sim.world.caches.get('sessions')!.hitRatio).toBeGreaterThan(0.9);
  });

  it('flushing again mid-recovery starts the stampede over', () => {
    const flushed = drill([stampede], world());
    const control = drill([stampede], world());
    flushed.until(6 * MINUTE);
    control.until(6 * MINUTE);
    expect(flushed.op('flush-cache', 'sessions').ok).toBe(true);
    flushed.for(10_000);
    control.for(10_000);
    expect(flushed.sim.world.caches.get('sessions')!.hitRatio).toBeLessThan(control.sim.world.caches.get('sessions')!.hitRatio / 4);
    // Without the second flush the cache is warm again about 15 minutes after the first (3 × its 5-minute warm-up).
    flushed.until(17 * MINUTE);
    control.until(17 * MINUTE);
    expect(control.fault('stampede')).toBe('cleared');
    expect(flushed.fault('stampede')).toBe('active');
  });

  it('a restart takes the cache away for a while, then it comes back empty', () => {
    const d = drill([{ ...stampede, params: { restart: true, down_for: '20s' } }], world());
    d.until(MINUTE + 10_000);
    expect(d.sim.world.caches.get('sessions')!.up).toBe(false);
    d.until(MINUTE + 25_000);
    const cache = d.sim.world.caches.get('sessions')!;
    expect(cache.up).toBe(true);
    expect(cache.warmth).toBeLessThan(0.1);
    expect(d.logs('starting with an empty dataset', MINUTE)).toHaveLength(1);
  });
});
