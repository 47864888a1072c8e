import { z } from 'zod';
import { duration } from '../../scenario/common';
import type { SimMillis } from '../clock';
import { parseDuration } from '../duration';
import { killProcess } from '../world';
import type { ServiceState, World } from '../world';
import { botsBlocked, removeBots, setBotFactor } from './bot-traffic';
import { NETWORK_FAULTS } from './network-faults';
import { PLATFORM_FAULTS } from './platform-faults';
import { defineFault } from './types';
import type { FaultOperator } from './types';

function service(world: World, name: string): ServiceState {
  return world.services.get(name)!;
}

/** What a config fault remembers: the value it replaced, when the good value came back, its share of errors now. */
type ConfigMemory = { previous: string | undefined; fixedAt?: SimMillis; applied: number };
const configMemory = new WeakMap<object, ConfigMemory>();

/** Records a config change the way the API server's audit log does. */
export function configChanged(world: World, s: ServiceState, key: string, value: string | undefined, was: string | undefined): void {
  const show = (v: string | undefined) => (v === undefined ? '<unset>' : JSON.stringify(v));
  world.events.push({
    at: world.now,
    kind: 'config.changed',
    target: s.spec.name,
    message: `configmap ${s.spec.namespace}/${s.spec.name}-config updated: ${key}=${show(value)} (was ${show(was)})`,
  });
}

export const configError = defineFault({
  kind: 'config-error',
  summary: 'a bad configuration value reaches every pod: a share of requests fail until the value is reverted and the pods restarted',
  target: 'service',
  params: z.strictObject({ key: z.string().min(1), value: z.string(), error_ratio: z.number().min(0).max(1).default(0.4) }),
  start(world, fault) {
    const s = service(world, fault.target);
    const previous = s.config.get(fault.params.key);
    s.config.set(fault.params.key, fault.params.value);
    configChanged(world, s, fault.params.key, fault.params.value, previous);
    s.mods.configErrorRatio += fault.params.error_ratio;
    configMemory.set(fault, { previous, applied: fault.params.error_ratio });
  },
  step(world, fault) {
    // Pods read their configuration when their process starts: once the value is good again, only pods
    // started since still have it. Requests spread evenly over ready pods, so the errors scale with their share.
    const s = service(world, fault.target);
    const memory = configMemory.get(fault)!;
    if (s.config.get(fault.params.key) === fault.params.value) memory.fixedAt = undefined;
    else memory.fixedAt ??= world.now;
    const ready = s.instances.filter((i) => i.ready);
    const fixedAt = memory.fixedAt;
    const stale = fixedAt === undefined ? 1 : ready.length === 0 ? 0 : ready.filter((i) => i.startedAt < fixedAt).length / ready.length;
    const share = fault.params.error_ratio * stale;
    s.mods.configErrorRatio = Math.max(0, s.mods.configErrorRatio + share - memory.applied);
    memory.applied = share;
  },
  stop(world, fault) {
    const s = service(world, fault.target);
    const memory = configMemory.get(fault)!;
    s.mods.configErrorRatio = Math.max(0, s.mods.configErrorRatio - memory.applied);
    memory.applied = 0;
    if (s.config.get(fault.params.key) !== fault.params.value) return;
    if (memory.previous === undefined) s.config.delete(fault.params.key);
    else s.config.set(fault.params.key, memory.previous);
  },
  isOver(world, fault) {
    const memory = configMemory.get(fault)!;
    return memory.fixedAt !== undefined && memory.applied === 0;
  },
});

type CrashMemory = { pod?: string; lastCrashAt: SimMillis };
const crashMemory = new WeakMap<object, CrashMemory>();

export const instanceCrash = defineFault({
  kind: 'instance-crash',
  summary: 'one pod’s process exits with an error, once or again and again (a bad local state on that pod)',
  target: 'service',
  params: z.strictObject({ pod_index: z.int().min(0).default(0), every: duration.optional() }),
  start(world, fault) {
    const live = service(world, fault.target).instances.filter((i) => i.status !== 'Terminating');
    const pod = live[Math.min(fault.params.pod_index, live.length - 1)];
    if (pod) killProcess(world, pod, 'Error', world.now);
    crashMemory.set(fault, { pod: pod?.name, lastCrashAt: world.now });
  },
  step(world, fault) {
    if (fault.params.every === undefined) return;
    const memory = crashMemory.get(fault)!;
    const pod = service(world, fault.target).instances.find((i) => i.name === memory.pod);
    if (!pod || pod.status !== 'Running' || world.now - memory.lastCrashAt < parseDuration(fault.params.every)!) return;
    killProcess(world, pod, 'Error', world.now);
    memory.lastCrashAt = world.now;
  },
  stop() {},
  isOver(world, fault) {
    // A repeating crash ends only when the pod is replaced (deleted, restarted by a rollout, drained away).
    const pod = service(world, fault.target).instances.find((i) => i.name === crashMemory.get(fault)!.pod);
    if (!pod || pod.status === 'Terminating') return true;
    return fault.params.every === undefined && pod.status === 'Running';
  },
});

const spikeFactor = new WeakMap<object, { startedAt: SimMillis; applied: number }>();

export const trafficSpike = defineFault({
  kind: 'traffic-spike',
  summary: 'edge traffic to an entry service multiplies over a ramp: a launch, a news mention, or bots (which a WAF rule can block)',
  target: 'service',
  params: z.strictObject({ factor: z.number().min(1).default(3), ramp: duration.default('30s'), source: z.enum(['organic', 'bot']).default('organic') }),
  start(world, fault) {
    spikeFactor.set(fault, { startedAt: world.now, applied: 1 });
  },
  step(world, fault) {
    const s = service(world, fault.target);
    const memory = spikeFactor.get(fault)!;
    const ramp = parseDuration(fault.params.ramp)!;
    const progress = ramp === 0 ? 1 : Math.min(1, (world.now - memory.startedAt) / ramp);
    const current = 1 + (fault.params.factor - 1) * progress;
    s.mods.trafficFactor *= current / memory.applied;
    memory.applied = current;
    if (fault.params.source === 'bot') setBotFactor(world, s, fault.id, current);
  },
  stop(world, fault) {
    const s = service(world, fault.target);
    const memory = spikeFactor.get(fault)!;
    s.mods.trafficFactor /= memory.applied;
    memory.applied = 1;
    if (fault.params.source === 'bot') removeBots(world, s, fault.id);
  },
  isOver: (world, fault) => fault.params.source === 'bot' && botsBlocked(service(world, fault.target)),
});

const stealMemory = new WeakMap<object, { applied: number; hadPods: boolean }>();

function podsOn(world: World, host: string): number {
  let n = 0;
  for (const s of world.services.values()) n += s.instances.filter((i) => i.host === host).length;
  return n;
}

export const noisyNeighbour = defineFault({
  kind: 'noisy-neighbour',
  summary: 'another tenant on the same hypervisor steals CPU from a host: every pod on it slows down',
  target: 'host',
  params: z.strictObject({ steal: z.number().min(0).max(0.95).default(0.6) }),
  start(world, fault) {
    const host = world.hosts.get(fault.target)!;
    // Capacity is (1 − steal): keep a sliver so a pod on the host is slow rather than dead.
    const applied = Math.max(0, Math.min(fault.params.steal, 0.95 - host.stealRatio));
    host.stealRatio += applied;
    stealMemory.set(fault, { applied, hadPods: podsOn(world, fault.target) > 0 });
  },
  stop(world, fault) {
    const host = world.hosts.get(fault.target)!;
    const memory = stealMemory.get(fault)!;
    host.stealRatio = Math.max(0, host.stealRatio - memory.applied);
    memory.applied = 0;
  },
  // Nothing of ours is slowed once every pod has been moved off the host (drained).
  isOver: (world, fault) => stealMemory.get(fault)!.hadPods && podsOn(world, fault.target) === 0,
});

/** Faults of services and the network between them. */
export const SERVICE_FAULTS: FaultOperator[] = [configError, instanceCrash, trafficSpike, noisyNeighbour, ...NETWORK_FAULTS, ...PLATFORM_FAULTS];
