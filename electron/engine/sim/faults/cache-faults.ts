import { z } from 'zod';
import { parseDuration } from '../duration';
import type { CacheState, World } from '../world';
import { faultMemory } from './data-state';
import { defineFault } from './types';

/** Empties a cache (FLUSHALL, or a restart without persistence): every lookup misses until it warms again. */
export function emptyCache(world: World, cache: CacheState, how: 'flush' | 'restart'): void {
  const keys = cache.keys;
  Object.assign(cache, { warmth: 0, hitRatio: 0, keys: 0, warmingFast: false });
  world.events.push({
    at: world.now,
    kind: 'cache.flushed',
    target: cache.spec.name,
    message: how === 'flush' ? `DB 0: FLUSHALL removed ${keys} keys` : 'Server started, no RDB file: starting with an empty dataset',
  });
}

const cacheMemory = faultMemory(() => ({ upAt: undefined as number | undefined }));

export const cacheStampede = defineFault({
  kind: 'cache-stampede',
  summary: 'a cache is flushed or restarted: misses stampede to the database until it warms up again',
  target: 'cache',
  params: z.strictObject({ restart: z.boolean().default(false), down_for: z.string().refine((t) => parseDuration(t) !== undefined, 'not a duration').default('15s') }),
  start(world, fault) {
    const cache = world.caches.get(fault.target)!;
    if (fault.params.restart) {
      cache.up = false;
      cacheMemory(fault).upAt = world.now + parseDuration(fault.params.down_for)!;
    }
    // Triggered by a learner's flush, the cache is empty already (and the flush was logged).
    if (cache.warmth > 0.01 || fault.params.restart) emptyCache(world, cache, fault.params.restart ? 'restart' : 'flush');
  },
  step(world, fault) {
    const memory = cacheMemory(fault);
    if (memory.upAt === undefined || world.now < memory.upAt) return;
    memory.upAt = undefined;
    world.caches.get(fault.target)!.up = true;
  },
  stop(world, fault) {
    world.caches.get(fault.target)!.up = true;
  },
  isOver(world, fault) {
    const cache = world.caches.get(fault.target)!;
    return cache.up && cache.warmth > 0.95;
  },
});
