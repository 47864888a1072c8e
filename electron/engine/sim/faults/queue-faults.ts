import { z } from 'zod';
import { hashString } from '../rng';
import type { QueueState, World } from '../world';
import { faultMemory } from './data-state';
import { defineFault } from './types';

function consumerOf(world: World, queue: QueueState): string {
  return [...world.services.values()].find((s) => s.spec.consumes === queue.spec.name)?.spec.name ?? `${queue.spec.name}-consumer`;
}

/** Where a consumer group stands on a partition: the next offset it would read. */
export function committedOffset(queue: QueueState): number {
  return Math.floor(queue.consumed / queue.spec.partitions);
}

const poisonMemory = faultMemory(() => ({ partition: 0, offset: 0, attempts: 0 }));
const RETRY_EVERY_MS = 5_000;

export const queuePoison = defineFault({
  kind: 'queue-poison',
  summary: 'a message its consumers cannot process blocks the partition: they retry it forever and the lag grows',
  target: 'queue',
  params: z.strictObject({
    partition: z.int().min(0).optional(),
    error: z.string().min(1).default("com.fasterxml.jackson.core.JsonParseException: Unexpected character ('<' (code 60)): expected a valid value"),
  }),
  start(world, fault) {
    const queue = world.queues.get(fault.target)!;
    queue.poisoned = true;
    const memory = poisonMemory(fault);
    memory.partition = (fault.params.partition ?? hashString(fault.id)) % queue.spec.partitions;
    memory.offset = committedOffset(queue);
    world.events.push({ at: world.now, kind: 'queue.poison', target: fault.target, message: poisonLine(world, queue, memory, fault.params.error) });
  },
  step(world, fault, dtSec) {
    const queue = world.queues.get(fault.target)!;
    if (!queue.poisoned || world.now % RETRY_EVERY_MS >= dtSec * 1000) return;
    const memory = poisonMemory(fault);
    memory.attempts++;
    world.events.push({ at: world.now, kind: 'queue.poison', target: fault.target, message: poisonLine(world, queue, memory, fault.params.error) });
  },
  stop(world, fault) {
    world.queues.get(fault.target)!.poisoned = false;
  },
  isOver: (world, fault) => !world.queues.get(fault.target)!.poisoned,
});

function poisonLine(world: World, queue: QueueState, memory: { partition: number; offset: number; attempts: number }, error: string): string {
  const where = `${queue.spec.name}-${memory.partition}@${memory.offset}`;
  return `consumer ${consumerOf(world, queue)} failed to process message ${where} (attempt ${memory.attempts + 1}), retrying: ${error}`;
}

const lagMemory = faultMemory(() => ({ peaked: false, last: 0, falling: false }));

function totalLag(queue: QueueState): number {
  return queue.lag.reduce((a, b) => a + b, 0);
}

export const consumerLag = defineFault({
  kind: 'consumer-lag',
  summary: 'consumers slow down (or producers burst): messages pile up faster than they are consumed',
  target: 'queue',
  params: z.strictObject({
    consumer_factor: z.number().positive().max(1).default(0.3),
    burst_per_sec: z.number().min(0).default(0),
    /** Lag (messages) under which, once falling, the backlog counts as handled. */
    threshold: z.number().positive().default(1000),
  }),
  start(world, fault) {
    world.queues.get(fault.target)!.consumerFactor *= fault.params.consumer_factor;
  },
  step(world, fault, dtSec) {
    const queue = world.queues.get(fault.target)!;
    queue.produced += fault.params.burst_per_sec * dtSec;
    const memory = lagMemory(fault);
    const lag = totalLag(queue);
    memory.peaked ||= lag >= fault.params.threshold;
    memory.falling = lag < memory.last;
    memory.last = lag;
  },
  stop(world, fault) {
    world.queues.get(fault.target)!.consumerFactor /= fault.params.consumer_factor;
  },
  isOver(world, fault) {
    const memory = lagMemory(fault);
    return memory.peaked && memory.falling && totalLag(world.queues.get(fault.target)!) < fault.params.threshold;
  },
});
