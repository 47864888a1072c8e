import { z } from 'zod';
import type { World } from '../world';

/** World signals a fault trigger can watch, by target kind. Never code: a name, a target, a comparison. */
export const CONDITION_SIGNALS = {
  'service.error_ratio': (w: World, t: string) => w.services.get(t)?.errorRatio,
  'service.latency_seconds': (w: World, t: string) => w.services.get(t)?.latencySeconds,
  'service.requests_per_second': (w: World, t: string) => w.services.get(t)?.rps,
  'service.ready_pods': (w: World, t: string) => w.services.get(t)?.instances.filter((i) => i.ready).length,
  'host.cpu_utilisation': (w: World, t: string) => w.hosts.get(t)?.cpuUtilisation,
  'host.disk_used_ratio': (w: World, t: string) => {
    const disks = w.hosts.get(t)?.disks;
    return disks && Math.max(...disks.map((d) => d.usedBytes / d.sizeBytes));
  },
  'datastore.connections_ratio': (w: World, t: string) => {
    const d = w.datastores.get(t);
    return d && (d.activeConnections + d.idleConnections) / d.spec.max_connections;
  },
  'cache.hit_ratio': (w: World, t: string) => w.caches.get(t)?.hitRatio,
  'queue.lag': (w: World, t: string) => w.queues.get(t)?.lag.reduce((a, b) => a + b, 0),
} as const;

export type ConditionSignal = keyof typeof CONDITION_SIGNALS;

export const conditionSchema = z.strictObject({
  signal: z.enum(Object.keys(CONDITION_SIGNALS) as [ConditionSignal, ...ConditionSignal[]]),
  target: z.string().min(1),
  op: z.enum(['>', '>=', '<', '<=']),
  value: z.number(),
});

export type Condition = z.infer<typeof conditionSchema>;

export function conditionHolds(world: World, condition: Condition): boolean {
  const value = CONDITION_SIGNALS[condition.signal](world, condition.target);
  if (value === undefined || Number.isNaN(value)) return false;
  switch (condition.op) {
    case '>':
      return value > condition.value;
    case '>=':
      return value >= condition.value;
    case '<':
      return value < condition.value;
    case '<=':
      return value <= condition.value;
  }
}
