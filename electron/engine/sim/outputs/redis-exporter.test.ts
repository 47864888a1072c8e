import { describe, expect, it } from 'vitest';
import { ExporterHarness } from './exporter-fixture';
import { redisMemoryBytes } from './redis-exporter';

const TARGET = { job: 'redis', instance: 'sessions:9121' };

describe('redis_exporter', () => {
  it('reports hits, misses, clients, memory and keys from the cache', () => {
    const h = new ExporterHarness();
    h.tickUntilScraped('redis_up', TARGET);
    const cache = h.world.caches.get('sessions')!;
    expect(h.last('up', TARGET)).toBe(1);
    expect(h.last('redis_up', TARGET)).toBe(1);
    expect(h.last('redis_keyspace_hits_total', TARGET)).toBe(Math.floor(cache.hits));
    expect(h.last('redis_keyspace_misses_total', TARGET)).toBe(Math.floor(cache.misses));
    expect(h.last('redis_db_keys', { ...TARGET, db: 'db0' })).toBe(40_000);
    expect(h.last('redis_memory_used_bytes', TARGET)).toBe(redisMemoryBytes(40_000));
    // Two web pods with 8 pooled connections each.
    expect(h.last('redis_connected_clients', TARGET)).toBe(16);
    // 90% of lookups hit a warm cache.
    const hits = h.last('redis_keyspace_hits_total', TARGET);
    const misses = h.last('redis_keyspace_misses_total', TARGET);
    expect(hits / (hits + misses)).toBeCloseTo(0.9, 2);
  });

  it('shows a flush as fewer keys and less memory', () => {
    const h = new ExporterHarness();
    const cache = h.world.caches.get('sessions')!;
    cache.warmth = 0.1;
    h.tickUntilScraped('redis_up', TARGET);
    expect(h.last('redis_db_keys', { ...TARGET, db: 'db0' })).toBe(cache.keys);
    expect(cache.keys).toBeLessThan(10_000);
    expect(h.last('redis_memory_used_bytes', TARGET)).toBe(redisMemoryBytes(cache.keys));
  });

  it('answers with redis_up 0 while Redis is down, and the other series go stale', () => {
    const h = new ExporterHarness();
    h.tickUntilScraped('redis_up', TARGET);
    h.world.caches.get('sessions')!.up = false;
    h.tickUntilScraped('redis_up', TARGET);
    expect(h.last('up', TARGET)).toBe(1);
    expect(h.last('redis_up', TARGET)).toBe(0);
    for (const name of ['redis_keyspace_hits_total', 'redis_keyspace_misses_total', 'redis_connected_clients', 'redis_memory_used_bytes', 'redis_db_keys']) {
      expect(h.isStale(name, TARGET), name).toBe(true);
    }
  });
});
