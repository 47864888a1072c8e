import type { ServiceState } from '../world';

type Effect = { errorRatio: number; latencyFactor: number; cpuFactor: number; leakMbPerMin: number; crashOnStart: boolean; poolLeakPerMin: number };

const NONE: Effect = { errorRatio: 0, latencyFactor: 1, cpuFactor: 1, leakMbPerMin: 0, crashOnStart: false, poolLeakPerMin: 0 };

/** Adds effects to every pod that runs `version` (several faults may share a version). */
export function addVersionEffect(service: ServiceState, version: string, effect: Partial<Effect>): void {
  const current = service.mods.versionEffects.get(version) ?? { ...NONE };
  service.mods.versionEffects.set(version, {
    errorRatio: Math.min(1, current.errorRatio + (effect.errorRatio ?? 0)),
    latencyFactor: current.latencyFactor * (effect.latencyFactor ?? 1),
    cpuFactor: current.cpuFactor * (effect.cpuFactor ?? 1),
    leakMbPerMin: current.leakMbPerMin + (effect.leakMbPerMin ?? 0),
    crashOnStart: current.crashOnStart || (effect.crashOnStart ?? false),
    poolLeakPerMin: current.poolLeakPerMin + (effect.poolLeakPerMin ?? 0),
  });
}

export function removeVersionEffect(service: ServiceState, version: string, effect: Partial<Effect>): void {
  const current = service.mods.versionEffects.get(version);
  if (!current) return;
  service.mods.versionEffects.set(version, {
    errorRatio: Math.max(0, current.errorRatio - (effect.errorRatio ?? 0)),
    latencyFactor: current.latencyFactor / (effect.latencyFactor ?? 1),
    cpuFactor: current.cpuFactor / (effect.cpuFactor ?? 1),
    leakMbPerMin: Math.max(0, current.leakMbPerMin - (effect.leakMbPerMin ?? 0)),
    crashOnStart: effect.crashOnStart ? false : current.crashOnStart,
    poolLeakPerMin: Math.max(0, current.poolLeakPerMin - (effect.poolLeakPerMin ?? 0)),
  });
}

/** True once no pod runs the version any more and no rollout is bringing it in (it was rolled back or replaced). */
export function versionGone(service: ServiceState, version: string): boolean {
  return service.rollout?.toVersion !== version && service.instances.every((i) => i.version !== version || i.status === 'Terminating');
}
