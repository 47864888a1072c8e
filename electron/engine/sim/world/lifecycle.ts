import type { SimMillis } from '../clock';
import { emptyCounters, newInstance } from './create';
import type { Instance, ServiceState, World } from './types';

/** Time for a container to start and pass its readiness probe. */
export const START_MS = 15_000;
/** Grace period for a terminating pod. */
const TERMINATE_MS = 5_000;
const MAX_BACKOFF_MS = 300_000;

function backoff(restarts: number): number {
  return Math.min(MAX_BACKOFF_MS, 10_000 * 2 ** Math.max(0, restarts - 1));
}

/** A fresh process: counters from zero, memory at its baseline, pooled connections returned. */
export function startProcess(service: ServiceState, instance: Instance, at: SimMillis): void {
  Object.assign(instance, {
    status: 'Running',
    ready: true,
    startedAt: at,
    nextAt: undefined,
    rssBytes: service.spec.memory_mb * 1024 * 1024,
    cpuSeconds: 0,
    leakedConnections: 0,
    counters: emptyCounters(service.spec.routes.length),
  });
}

/** Kills the process; the kubelet restarts the container after its back-off. */
export function killProcess(world: World, instance: Instance, reason: 'OOMKilled' | 'Error', at: SimMillis): void {
  instance.restarts += 1;
  instance.lastTermination = reason;
  instance.ready = false;
  instance.status = instance.restarts > 1 && reason === 'Error' ? 'CrashLoopBackOff' : 'ContainerCreating';
  instance.nextAt = (at + (instance.status === 'CrashLoopBackOff' ? backoff(instance.restarts) : 10_000)) as SimMillis;
  world.events.push({
    at,
    kind: reason === 'OOMKilled' ? 'pod.oom' : 'pod.crash',
    target: instance.name,
    message: reason === 'OOMKilled' ? `Container ${instance.service} in pod ${instance.name} was OOMKilled` : `Container ${instance.service} in pod ${instance.name} exited with code 1`,
  });
}

/** Whether a starting container of this instance would fail (a crash-on-start version, or a database it cannot reach). */
function failsOnStart(world: World, service: ServiceState, instance: Instance): boolean {
  if (service.mods.versionEffects.get(instance.version)?.crashOnStart) return true;
  return service.spec.calls.some((c) => 'datastore' in c && !world.datastores.get(c.datastore)!.up);
}

function stepInstance(world: World, service: ServiceState, instance: Instance, dtSec: number): void {
  const now = world.now;
  if (instance.status === 'Running') {
    const leak = service.mods.versionEffects.get(instance.version);
    instance.rssBytes += ((leak?.leakMbPerMin ?? 0) / 60) * dtSec * 1024 * 1024;
    instance.leakedConnections += ((leak?.poolLeakPerMin ?? 0) / 60) * dtSec;
    if (instance.rssBytes > service.spec.memory_limit_mb * 1024 * 1024) killProcess(world, instance, 'OOMKilled', now);
    return;
  }
  if (instance.nextAt === undefined || now < instance.nextAt) return;
  if (instance.status === 'ContainerCreating') {
    if (failsOnStart(world, service, instance)) {
      killProcess(world, instance, 'Error', now);
      instance.status = 'CrashLoopBackOff';
      instance.nextAt = (now + backoff(instance.restarts)) as SimMillis;
      world.events.push({ at: now, kind: 'pod.backoff', target: instance.name, message: `Back-off restarting failed container ${service.spec.name} in pod ${instance.name}` });
    } else {
      startProcess(service, instance, now);
      world.events.push({ at: now, kind: 'pod.ready', target: instance.name, message: `Started container ${service.spec.name} in pod ${instance.name}` });
    }
  } else if (instance.status === 'CrashLoopBackOff') {
    instance.status = 'ContainerCreating';
    instance.nextAt = (now + 5_000) as SimMillis;
  }
}

/** Starts a rolling replacement of every pod (a deploy, a rollback, a restart or a config change). */
export function startRollout(world: World, service: ServiceState, toVersion: string, reason: 'deploy' | 'rollback' | 'restart' | 'config'): void {
  service.rollout = { toVersion, replace: service.instances.filter((i) => i.status !== 'Terminating').map((i) => i.name), startedAt: world.now, reason };
  world.events.push({ at: world.now, kind: 'deploy.started', target: service.spec.name, message: `${reason} of deployment ${service.spec.name} to ${toVersion} started` });
}

function stepRollout(world: World, service: ServiceState): void {
  const rollout = service.rollout;
  if (!rollout) return;
  const now = world.now;
  if (rollout.surge !== undefined) {
    const surge = service.instances.find((i) => i.name === rollout.surge);
    if (surge && !surge.ready) return;
    rollout.surge = undefined;
    const old = rollout.replace.shift();
    const victim = service.instances.find((i) => i.name === old);
    if (victim) terminate(world, victim, now);
  }
  rollout.replace = rollout.replace.filter((name) => service.instances.some((i) => i.name === name && i.status !== 'Terminating'));
  if (rollout.replace.length === 0) {
    service.rollout = undefined;
    world.events.push({ at: now, kind: 'deploy.finished', target: service.spec.name, message: `deployment ${service.spec.name} successfully rolled out ${rollout.toVersion}` });
    return;
  }
  const fresh = newInstance(world, service, rollout.toVersion, now, false);
  service.instances.push(fresh);
  rollout.surge = fresh.name;
  world.events.push({ at: now, kind: 'pod.created', target: fresh.name, message: `Created pod: ${fresh.name}` });
}

function terminate(world: World, instance: Instance, at: SimMillis): void {
  instance.status = 'Terminating';
  instance.ready = false;
  instance.nextAt = (at + TERMINATE_MS) as SimMillis;
  world.events.push({ at, kind: 'pod.killed', target: instance.name, message: `Stopping container ${instance.service} in pod ${instance.name}` });
}

/** Brings the number of pods to the desired replica count (new pods start; surplus ones terminate). */
function stepScale(world: World, service: ServiceState): void {
  if (service.rollout) return;
  const live = service.instances.filter((i) => i.status !== 'Terminating');
  const version = service.revisions[service.revisions.length - 1]!.version;
  for (let n = live.length; n < service.desiredReplicas; n++) {
    const fresh = newInstance(world, service, version, world.now, false);
    service.instances.push(fresh);
    world.events.push({ at: world.now, kind: 'pod.created', target: fresh.name, message: `Created pod: ${fresh.name}` });
  }
  for (const extra of live.slice(service.desiredReplicas).reverse()) terminate(world, extra, world.now);
}

/** Advances every pod's lifecycle, rollouts and scaling by one tick. */
export function stepLifecycle(world: World, dtSec: number): void {
  for (const service of world.services.values()) {
    if (service.spec.external) continue;
    for (const instance of service.instances) stepInstance(world, service, instance, dtSec);
    service.instances = service.instances.filter((i) => !(i.status === 'Terminating' && i.nextAt !== undefined && world.now >= i.nextAt));
    stepRollout(world, service);
    stepScale(world, service);
  }
}
