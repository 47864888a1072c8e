import type { FaultSpec, ScenarioDocument, ServiceSpec } from '../scenario';
import type { SimMillis } from './clock';
import { parseDuration } from './duration';
import type { Rng } from './rng';
import { createRng, hashString } from './rng';

/** One running copy of a service (a Kubernetes pod in the terminal's words). */
export type Instance = {
  name: string;
  version: string;
  status: 'Running' | 'ContainerCreating' | 'Terminating';
  restarts: number;
  startedAt: SimMillis;
};

export type ServiceState = {
  spec: ServiceSpec;
  instances: Instance[];
  /** Versions this service has run, newest last, for `kubectl rollout history`/undo. */
  revisions: string[];
  /** The signals the last tick produced. */
  signals: ServiceSignals;
};

export type ServiceSignals = {
  requests_per_second: number;
  error_ratio: number;
  latency_p99_seconds: number;
};

/** A rollout replacing one service's instances with a target version, one instance at a time. */
type Rollout = {
  service: string;
  toVersion: string;
  stepMs: number;
  nextStepAt: SimMillis;
};

export type FaultState = { spec: FaultSpec; startedAt?: SimMillis; clearedAt?: SimMillis };

/** The simulated world: services, their instances, active faults and rollouts in progress. */
export type World = {
  doc: ScenarioDocument;
  startUnixMs: number;
  services: Map<string, ServiceState>;
  faults: FaultState[];
  rollouts: Rollout[];
  noise: Rng;
  names: Rng;
};

export function createWorld(doc: ScenarioDocument, seed: number): World {
  const names = createRng(seed, 'instance-names');
  const services = new Map<string, ServiceState>();
  for (const spec of doc.services) {
    const instances: Instance[] = [];
    for (let i = 0; i < spec.instances; i++) instances.push(newInstance(spec.name, spec.version, names, -86_400_000 as SimMillis));
    services.set(spec.name, {
      spec,
      instances,
      revisions: [spec.version],
      signals: baselineSignals(spec),
    });
  }
  return {
    doc,
    startUnixMs: Date.parse(doc.start),
    services,
    faults: doc.faults.map((spec) => ({ spec })),
    rollouts: [],
    noise: createRng(seed, 'signal-noise'),
    names,
  };
}

function newInstance(service: string, version: string, names: Rng, at: SimMillis): Instance {
  // Pods are named like a Deployment's: <name>-<pod-template hash>-<suffix>, both in Kubernetes' safe
  // alphabet (no vowels, no look-alike digits); the template hash follows the version.
  const templateHash = safeEncode(hashString(`${service}:${version}`), 10);
  const suffix = Array.from({ length: 5 }, () => SAFE_ALPHABET[names.int(SAFE_ALPHABET.length)]).join('');
  return { name: `${service}-${templateHash}-${suffix}`, version, status: 'Running', restarts: 0, startedAt: at };
}

/** The characters Kubernetes uses for generated names. */
const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

function safeEncode(value: number, length: number): string {
  let out = '';
  let rest = value >>> 0;
  for (let i = 0; i < length; i++) {
    out += SAFE_ALPHABET[rest % SAFE_ALPHABET.length];
    rest = (Math.floor(rest / SAFE_ALPHABET.length) ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0;
  }
  return out;
}

function baselineSignals(spec: ServiceSpec): ServiceSignals {
  return {
    requests_per_second: spec.requests_per_second,
    error_ratio: spec.error_ratio,
    latency_p99_seconds: spec.latency_ms / 1000,
  };
}

/** Daily traffic shape: quieter at night, busiest mid-afternoon (UTC of the scenario's wall clock). */
export function dailyShape(unixMs: number): number {
  const hour = (unixMs / 3_600_000) % 24;
  return 1 + 0.35 * Math.sin(((hour - 9) / 24) * 2 * Math.PI);
}

export type WorldChange =
  | { kind: 'fault.started'; fault: string; at: SimMillis }
  | { kind: 'fault.cleared'; fault: string; at: SimMillis }
  | { kind: 'rollout.finished'; service: string; version: string; at: SimMillis };

/** Advances the world to time t (one tick) and returns what changed. */
export function tickWorld(world: World, t: SimMillis): WorldChange[] {
  const changes: WorldChange[] = [];
  for (const fault of world.faults) {
    const startAt = parseDuration(fault.spec.at)!;
    if (fault.startedAt === undefined && t >= startAt) {
      fault.startedAt = t;
      const service = world.services.get(fault.spec.service)!;
      service.revisions.push(fault.spec.deploy_version);
      startRollout(world, service, fault.spec.deploy_version, parseDuration(fault.spec.rollout)!, t);
      changes.push({ kind: 'fault.started', fault: fault.spec.id, at: t });
    }
  }
  changes.push(...stepRollouts(world, t));
  for (const fault of world.faults) {
    if (fault.startedAt === undefined || fault.clearedAt !== undefined) continue;
    const service = world.services.get(fault.spec.service)!;
    if (service.instances.every((i) => i.version !== fault.spec.deploy_version)) {
      fault.clearedAt = t;
      changes.push({ kind: 'fault.cleared', fault: fault.spec.id, at: t });
    }
  }
  for (const service of world.services.values()) service.signals = computeSignals(world, service, t);
  return changes;
}

function startRollout(world: World, service: ServiceState, toVersion: string, durationMs: number, t: SimMillis): void {
  world.rollouts = world.rollouts.filter((r) => r.service !== service.spec.name);
  const stepMs = Math.max(1000, Math.floor(durationMs / service.instances.length));
  world.rollouts.push({ service: service.spec.name, toVersion, stepMs, nextStepAt: t });
}

function stepRollouts(world: World, t: SimMillis): WorldChange[] {
  const changes: WorldChange[] = [];
  for (const rollout of world.rollouts) {
    if (t < rollout.nextStepAt) continue;
    const service = world.services.get(rollout.service)!;
    const index = service.instances.findIndex((i) => i.version !== rollout.toVersion);
    if (index >= 0) {
      service.instances[index] = newInstance(service.spec.name, rollout.toVersion, world.names, t);
      rollout.nextStepAt = (t + rollout.stepMs) as SimMillis;
    }
    if (service.instances.every((i) => i.version === rollout.toVersion)) {
      changes.push({ kind: 'rollout.finished', service: rollout.service, version: rollout.toVersion, at: t });
    }
  }
  const finished = new Set(changes.map((c) => (c.kind === 'rollout.finished' ? c.service : '')));
  world.rollouts = world.rollouts.filter((r) => !finished.has(r.service));
  return changes;
}

/** Rolls a service back to the revision before its current one. Returns the target version, or an error. */
export function rollBack(world: World, serviceName: string, t: SimMillis): { ok: true; version: string } | { ok: false; reason: string } {
  const service = world.services.get(serviceName);
  if (!service) return { ok: false, reason: `deployments.apps "${serviceName}" not found` };
  if (service.revisions.length < 2) return { ok: false, reason: 'no rollout history found' };
  const previous = service.revisions[service.revisions.length - 2]!;
  service.revisions.push(previous);
  const fault = world.faults.find((f) => f.spec.service === serviceName && f.startedAt !== undefined);
  const rolloutMs = fault ? parseDuration(fault.spec.rollout)! : 30_000;
  startRollout(world, service, previous, rolloutMs, t);
  return { ok: true, version: previous };
}

/** Signals follow from traffic and from the share of instances running a faulty version. */
function computeSignals(world: World, service: ServiceState, t: SimMillis): ServiceSignals {
  const spec = service.spec;
  const base = spec.requests_per_second * dailyShape(world.startUnixMs + t);
  const rps = Math.max(0, base * (1 + 0.03 * world.noise.normal()));
  let errorRatio = 0;
  let latency = 0;
  for (const instance of service.instances) {
    const fault = world.faults.find(
      (f) => f.spec.service === spec.name && f.startedAt !== undefined && f.spec.deploy_version === instance.version,
    );
    errorRatio += fault ? fault.spec.error_ratio : spec.error_ratio;
    latency += (fault?.spec.latency_ms ?? spec.latency_ms) / 1000;
  }
  const n = service.instances.length;
  return {
    requests_per_second: rps,
    error_ratio: clamp01((errorRatio / n) * (1 + 0.1 * world.noise.normal())),
    latency_p99_seconds: Math.max(0.001, (latency / n) * (1 + 0.05 * world.noise.normal())),
  };
}

/** Baseline signals at a past time, for the warm history before t = 0 (no faults had happened yet). */
export function historicSignals(world: World, spec: ServiceSpec, t: number, rng: Rng): ServiceSignals {
  const rps = spec.requests_per_second * dailyShape(world.startUnixMs + t) * (1 + 0.03 * rng.normal());
  return {
    requests_per_second: Math.max(0, rps),
    error_ratio: clamp01(spec.error_ratio * (1 + 0.1 * rng.normal())),
    latency_p99_seconds: Math.max(0.001, (spec.latency_ms / 1000) * (1 + 0.05 * rng.normal())),
  };
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
