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

/** The effect a faulty release has on every pod that runs it. */
type ReleaseEffect = Parameters<typeof addVersionEffect>[2];

/**
 * A fault that ships as a release: it is rolled out like any deploy, its effect rides on the pods that run the
 * version, and it ends when no pod runs that version any more (a rollback or a fix replaced them).
 */
function releaseFault<S extends z.ZodRawShape>(spec: {
  kind: string;
  summary: string;
  params: S;
  effect: (params: z.infer<z.ZodObject<S>> & { version: string }) => ReleaseEffect;
  /** Extra condition for the end (a crash-looping rollout must also have been rolled back). */
  alsoOver?: (service: ServiceState) => boolean;
}) {
  return defineFault({
    kind: spec.kind,
    summary: spec.summary,
    target: 'service',
    params: z.strictObject({ ...release, ...spec.params }),
    start(world, fault) {
      const s = service(world, fault.target);
      const params = fault.params as z.infer<z.ZodObject<S>> & { version: string; author: string; summary: string };
      addVersionEffect(s, params.version, spec.effect(params));
      deployVersion(world, s, params.version, params.author, params.summary);
    },
    stop(world, fault) {
      const params = fault.params as z.infer<z.ZodObject<S>> & { version: string };
      removeVersionEffect(service(world, fault.target), params.version, spec.effect(params));
    },
    isOver(world, fault) {
      const s = service(world, fault.target);
      return versionGone(s, (fault.params as { version: string }).version) && (spec.alsoOver?.(s) ?? true);
    },
  });
}

export const badDeploy = releaseFault({
  kind: 'bad-deploy',
  summary: 'a release whose pods fail a share of requests and/or answer slowly',
  params: { error_ratio: z.number().min(0).max(1).default(0.25), latency_factor: z.number().min(1).default(1) },
  effect: (p) => ({ errorRatio: p.error_ratio, latencyFactor: p.latency_factor }),
});

export const crashLoop = releaseFault({
  kind: 'crash-loop',
  summary: 'a release whose containers exit on start (a missing secret): new pods crash-loop and the rollout stalls',
  params: {},
  effect: () => ({ crashOnStart: true }),
  alsoOver: (s) => s.rollout === undefined,
});

export const memoryLeak = releaseFault({
  kind: 'memory-leak',
  summary: 'a release that leaks memory until its pods are OOM-killed, again and again',
  params: { leak_mb_per_min: z.number().positive().default(60) },
  effect: (p) => ({ leakMbPerMin: p.leak_mb_per_min }),
});

export const cpuSaturation = releaseFault({
  kind: 'cpu-saturation',
  summary: 'a release with a CPU-hungry code path: pods saturate, latency climbs, requests time out',
  params: { cpu_factor: z.number().min(1).default(6) },
  effect: (p) => ({ cpuFactor: p.cpu_factor }),
});

export const connectionLeak = releaseFault({
  kind: 'connection-leak',
  summary: 'a release that forgets to return database connections: the pool drains, requests wait and time out',
  params: { leak_per_min: z.number().positive().default(2) },
  effect: (p) => ({ poolLeakPerMin: p.leak_per_min }),
});
