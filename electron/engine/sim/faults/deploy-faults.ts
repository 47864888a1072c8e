import { z } from 'zod';
import { startRollout } from '../world';
import type { ServiceState, World } from '../world';
import { addVersionEffect, removeVersionEffect, versionGone } from './version-effects';
import { defineFault } from './types';

const release = {
  version: z.string().min(1),
  author: z.string().min(1).default('deploy-bot'),
  summary: z.string().min(1).default('routine release'),
};

/** Rolls a new version out the way a CD pipeline does, recording it in the deploy history. */
export function deployVersion(world: World, service: ServiceState, version: string, author: string, summary: string): void {
  service.revisions.push({ version, at: world.now, author, summary });
  startRollout(world, service, version, 'deploy');
}

function service(world: World, name: string): ServiceState {
  return world.services.get(name)!;
}

export const badDeploy = defineFault({
  kind: 'bad-deploy',
  summary: 'a release whose pods fail a share of requests and/or answer slowly',
  target: 'service',
  params: z.strictObject({ ...release, error_ratio: z.number().min(0).max(1).default(0.25), latency_factor: z.number().min(1).default(1) }),
  start(world, fault) {
    const s = service(world, fault.target);
    addVersionEffect(s, fault.params.version, { errorRatio: fault.params.error_ratio, latencyFactor: fault.params.latency_factor });
    deployVersion(world, s, fault.params.version, fault.params.author, fault.params.summary);
  },
  stop(world, fault) {
    removeVersionEffect(service(world, fault.target), fault.params.version, { errorRatio: fault.params.error_ratio, latencyFactor: fault.params.latency_factor });
  },
  isOver: (world, fault) => versionGone(service(world, fault.target), fault.params.version),
});

export const crashLoop = defineFault({
  kind: 'crash-loop',
  summary: 'a release whose containers exit on start (a missing secret): new pods crash-loop and the rollout stalls',
  target: 'service',
  params: z.strictObject({ ...release }),
  start(world, fault) {
    const s = service(world, fault.target);
    addVersionEffect(s, fault.params.version, { crashOnStart: true });
    deployVersion(world, s, fault.params.version, fault.params.author, fault.params.summary);
  },
  stop(world, fault) {
    removeVersionEffect(service(world, fault.target), fault.params.version, { crashOnStart: true });
  },
  isOver: (world, fault) => versionGone(service(world, fault.target), fault.params.version) && service(world, fault.target).rollout === undefined,
});

export const memoryLeak = defineFault({
  kind: 'memory-leak',
  summary: 'a release that leaks memory until its pods are OOM-killed, again and again',
  target: 'service',
  params: z.strictObject({ ...release, leak_mb_per_min: z.number().positive().default(60) }),
  start(world, fault) {
    const s = service(world, fault.target);
    addVersionEffect(s, fault.params.version, { leakMbPerMin: fault.params.leak_mb_per_min });
    deployVersion(world, s, fault.params.version, fault.params.author, fault.params.summary);
  },
  stop(world, fault) {
    removeVersionEffect(service(world, fault.target), fault.params.version, { leakMbPerMin: fault.params.leak_mb_per_min });
  },
  isOver: (world, fault) => versionGone(service(world, fault.target), fault.params.version),
});

export const cpuSaturation = defineFault({
  kind: 'cpu-saturation',
  summary: 'a release with a CPU-hungry code path: pods saturate, latency climbs, requests time out',
  target: 'service',
  params: z.strictObject({ ...release, cpu_factor: z.number().min(1).default(6) }),
  start(world, fault) {
    const s = service(world, fault.target);
    addVersionEffect(s, fault.params.version, { cpuFactor: fault.params.cpu_factor });
    deployVersion(world, s, fault.params.version, fault.params.author, fault.params.summary);
  },
  stop(world, fault) {
    removeVersionEffect(service(world, fault.target), fault.params.version, { cpuFactor: fault.params.cpu_factor });
  },
  isOver: (world, fault) => versionGone(service(world, fault.target), fault.params.version),
});

export const connectionLeak = defineFault({
  kind: 'connection-leak',
  summary: 'a release that forgets to return database connections: the pool drains, requests wait and time out',
  target: 'service',
  params: z.strictObject({ ...release, leak_per_min: z.number().positive().default(2) }),
  start(world, fault) {
    const s = service(world, fault.target);
    addVersionEffect(s, fault.params.version, { poolLeakPerMin: fault.params.leak_per_min });
    deployVersion(world, s, fault.params.version, fault.params.author, fault.params.summary);
  },
  stop(world, fault) {
    removeVersionEffect(service(world, fault.target), fault.params.version, { poolLeakPerMin: fault.params.leak_per_min });
  },
  isOver: (world, fault) => versionGone(service(world, fault.target), fault.params.version),
});
