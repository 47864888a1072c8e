import type { SeriesStore } from '../../tsdb';
import type { CacheState, World } from '../world';
import { DynamicSeries, exporterTarget } from './dynamic-series';
import { registerExporter } from './scraper';
import type { ScrapeTarget } from './target';

/** Memory of an empty Redis (used_memory right after start). */
const BASE_MEMORY_BYTES = 1_048_576;
/** Average memory per cached key: key, value and dict overhead for a small JSON blob. */
const BYTES_PER_KEY = 512;

/** used_memory as INFO reports it, from the keys the cache holds. */
export function redisMemoryBytes(keys: number): number {
  return BASE_MEMORY_BYTES + keys * BYTES_PER_KEY;
}

/**
 * redis_exporter for one cache (job `redis`): hits and misses since start, clients, memory and keys. When
 * Redis is down the exporter still answers with `redis_up` 0 and nothing else.
 */
export function redisTarget(store: SeriesStore, cache: CacheState, phaseMs: number, firstAt: number): ScrapeTarget {
  const name = cache.spec.name;
  const series = new DynamicSeries(store, { job: 'redis', instance: `${name}:9121` });
  const redisUp = series.slot('redis_up');
  const hits = series.slot('redis_keyspace_hits_total');
  const misses = series.slot('redis_keyspace_misses_total');
  const clients = series.slot('redis_connected_clients');
  const memory = series.slot('redis_memory_used_bytes');
  const keys = series.slot('redis_db_keys', { db: 'db0' });
  return exporterTarget(series, phaseMs, firstAt, {
    collect(world: World, t: number): void {
      const state = world.caches.get(name)!;
      series.write(redisUp, t, state.up ? 1 : 0);
      if (!state.up) return;
      series.write(hits, t, Math.floor(state.hits));
      series.write(misses, t, Math.floor(state.misses));
      series.write(clients, t, state.connectedClients);
      series.write(memory, t, redisMemoryBytes(state.keys));
      series.write(keys, t, state.keys);
    },
  });
}

registerExporter((store, world, phase, firstAt) => [...world.caches.values()].map((cache) => redisTarget(store, cache, phase(`redis/${cache.spec.name}`), firstAt)));
