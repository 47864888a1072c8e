import { parseDuration } from '../duration';
import { computeDatastores } from './datastores';
import type { DbDemand, DbOutcome } from './datastores';
import { dailyShape, exceedance, queueingFactor, retryFactor } from './traffic';
import type { ErrorCause, Instance, ServiceState, World } from './types';
import { LATENCY_BUCKETS } from './types';

/** How long the ingress waits for a backend before answering 504. */
const INGRESS_TIMEOUT_S = 30;

/** What one service sees of a dependency this tick. */
type Seen = { errorRatio: number; latency: number };

/**
 * One tick of the causal model: edge traffic flows through the dependency graph (callers first), data
 * stores answer the load they get, then latency and errors come back up (dependencies first) — from each
 * service's own utilisation, its faults, and what its dependencies did. Writes every instance's counters.
 */
export function computeFlow(world: World, dtSec: number): void {
  const incoming = edgeTraffic(world);
  const dbDemand: DbDemand[] = [];
  const cacheMisses = new Map<string, number>();
  // Forward: callers before callees, with last tick's shedding and errors deciding the retries.
  for (const name of [...world.order].reverse()) {
    const service = world.services.get(name)!;
    const served = (incoming.get(name) ?? 0) * (1 - service.shedRatio);
    for (const call of service.spec.calls) {
      if ('service' in call) {
        const callee = world.services.get(call.service)!;
        // A call that cannot reach its callee (unresolvable name, unreachable, partitioned) fails every attempt,
        // so it is retried in full, but none of it arrives.
        const blocked = callee.mods.unreachable || callee.mods.dnsBroken || world.partitions.has(`${name}->${call.service}`);
        const calls = served * call.per_request * retryFactor(blocked ? 1 : callee.errorRatio, call.retries);
        if (!blocked) incoming.set(call.service, (incoming.get(call.service) ?? 0) + calls);
      } else if ('cache' in call) {
        const cache = world.caches.get(call.cache)!;
        const lookups = served * call.per_request;
        const hitRatio = cache.up ? cache.hitRatio : 0;
        cache.hits += lookups * hitRatio * dtSec;
        cache.misses += lookups * (1 - hitRatio) * dtSec;
        cacheMisses.set(name, (cacheMisses.get(name) ?? 0) + lookups * (1 - hitRatio));
      } else if ('queue' in call) {
        const queue = world.queues.get(call.queue)!;
        queue.produced += served * call.per_request * dtSec;
      }
    }
    for (const call of service.spec.calls) {
      if (!('datastore' in call)) continue;
      // Cache misses fall through to the service's (first) database, as cache-aside code does.
      const misses = service.spec.calls.find((c) => 'datastore' in c) === call ? (cacheMisses.get(name) ?? 0) : 0;
      dbDemand.push({ service: name, datastore: call.datastore, qps: served * call.per_request + misses });
    }
  }
  for (const [name, rate] of consumption(world, dtSec)) incoming.set(name, (incoming.get(name) ?? 0) + rate);
  const db = computeDatastores(world, dbDemand, dtSec);
  const seen = new Map<string, Seen>();
  // Backward: dependencies before callers.
  for (const name of world.order) {
    const service = world.services.get(name)!;
    const rps = incoming.get(name) ?? 0;
    if (service.spec.external) computeExternal(service, rps);
    else computeService(world, service, rps, seen, db.get(name) ?? [], dtSec);
    seen.set(name, { errorRatio: service.mods.unreachable || service.mods.dnsBroken ? 1 : service.errorRatio, latency: service.latencySeconds });
  }
}

function edgeTraffic(world: World): Map<string, number> {
  const incoming = new Map<string, number>();
  const unix = world.startUnixMs + world.now;
  const tlsBroken = [...world.certificates.values()].some((c) => c.expiresAtUnixMs <= unix);
  let total = 0;
  for (const service of world.services.values()) {
    const traffic = service.spec.traffic;
    if (!traffic) continue;
    const offered = traffic.rps * dailyShape(unix) * (1 + 0.03 * world.rng.traffic.normal()) * service.mods.trafficFactor;
    const rps = Math.max(0, offered - service.mods.blockedTraffic);
    total += rps;
    incoming.set(service.spec.name, tlsBroken ? 0 : rps);
  }
  world.edge = { ...world.edge, rps: total, tlsFailures: tlsBroken ? total : 0 };
  return incoming;
}

/** Consumer services take messages off their queue as fast as they can (none while a poison message blocks them). */
function consumption(world: World, dtSec: number): Map<string, number> {
  const rates = new Map<string, number>();
  for (const service of world.services.values()) {
    const queueName = service.spec.consumes;
    if (!queueName) continue;
    const queue = world.queues.get(queueName)!;
    const ready = service.instances.filter((i) => i.ready).length;
    const capacity = queue.poisoned ? 0 : (ready * 1000) / (service.spec.cpu_ms * service.mods.cpuFactor) * 0.8 * queue.consumerFactor;
    const backlog = queue.produced - queue.consumed;
    const rate = Math.max(0, Math.min(capacity, backlog / dtSec));
    queue.consumed += rate * dtSec;
    rates.set(service.spec.name, rate);
  }
  return rates;
}

function computeExternal(service: ServiceState, rps: number): void {
  service.rps = rps;
  service.errorRatio = service.mods.unreachable ? 1 : Math.min(1, service.spec.error_ratio + service.mods.configErrorRatio);
  service.latencySeconds = (service.spec.latency_ms / 1000) * service.mods.latencyFactor;
  service.shedRatio = 0;
}

function computeService(world: World, service: ServiceState, rps: number, seen: Map<string, Seen>, db: DbOutcome[], dtSec: number): void {
  const ready = service.instances.filter((i) => i.ready);
  for (const instance of service.instances) if (!instance.ready) Object.assign(instance, { rps: 0, errorRatio: 0, cpuUtilisation: 0 });
  service.rps = rps;
  if (ready.length === 0) {
    // The ingress has no endpoint: every request is a 503 and nothing reaches a process.
    Object.assign(service, { errorRatio: rps > 0 ? 1 : 0, latencySeconds: 0.001, shedRatio: 1 });
    return;
  }
  const limited = service.mods.rateLimit !== undefined && rps > service.mods.rateLimit ? 1 - service.mods.rateLimit / rps : 0;
  const deps = dependencyImpact(world, service, seen, db);
  let errors = 0;
  let latencyWeighted = 0;
  let shedWeighted = 0;
  for (const instance of ready) {
    const share = rps / ready.length;
    const outcome = computeInstance(world, service, instance, share, limited, deps);
    recordRequests(service, instance, share, outcome, dtSec);
    errors += share * outcome.failed;
    latencyWeighted += share * outcome.latency;
    shedWeighted += share * outcome.shed;
  }
  service.errorRatio = rps > 0 ? errors / rps : 0;
  service.latencySeconds = rps > 0 ? latencyWeighted / rps : service.spec.latency_ms / 1000;
  // Smoothed: this share sets the next tick's calls downstream, and feeding it back raw makes a service near
  // its limits flap between shedding and not from one second to the next.
  service.shedRatio = 0.5 * service.shedRatio + 0.5 * (rps > 0 ? shedWeighted / rps : 0);
}

type DependencyImpact = { failed: number; timeouts: number; latency: number; causes: ErrorCause[] };

/** How calls to other services and data stores fail and slow each request (timeouts cut long calls off). */
function dependencyImpact(world: World, service: ServiceState, seen: Map<string, Seen>, db: DbOutcome[]): DependencyImpact {
  let success = 1;
  let timeoutSuccess = 1;
  let latency = 0;
  const causes: ErrorCause[] = [];
  for (const call of service.spec.calls) {
    if (!('service' in call)) continue;
    const timeout = parseDuration(call.timeout)! / 1000;
    const dep = seen.get(call.service) ?? { errorRatio: 0, latency: 0 };
    const partitioned = world.partitions.has(`${service.spec.name}->${call.service}`);
    const cutOff = partitioned ? 1 : exceedance(dep.latency, timeout);
    const failedCall = partitioned ? 1 : Math.min(1, dep.errorRatio + cutOff);
    const afterRetries = failedCall ** (call.retries + 1);
    success *= (1 - afterRetries) ** call.per_request;
    const share = 1 - (1 - afterRetries) ** call.per_request;
    if (share > 0) {
      const callee = world.services.get(call.service)!;
      const kind = partitioned ? 'partition' : callee.mods.dnsBroken ? 'dns' : cutOff > dep.errorRatio ? 'timeout' : 'dependency';
      causes.push({ kind, subject: call.service, ratio: share });
    }
    timeoutSuccess *= (1 - cutOff ** (call.retries + 1)) ** call.per_request;
    const attempts = retryFactor(failedCall, call.retries);
    latency += call.per_request * attempts * (partitioned ? timeout : Math.min(dep.latency, timeout));
  }
  for (const outcome of db) {
    success *= 1 - outcome.failedRatio;
    latency += outcome.latencyPerRequest;
    if (outcome.failedRatio > 0) causes.push({ kind: outcome.cause, subject: outcome.datastore, ratio: outcome.failedRatio });
  }
  return { failed: 1 - success, timeouts: 1 - timeoutSuccess, latency, causes };
}

type InstanceOutcome = { failed: number; shed: number; timedOut: number; limited: number; latency: number };

function computeInstance(world: World, service: ServiceState, instance: Instance, rps: number, limited: number, deps: DependencyImpact): InstanceOutcome {
  const spec = service.spec;
  const effects = service.mods.versionEffects.get(instance.version);
  const host = world.hosts.get(instance.host)!;
  const cpuMs = spec.cpu_ms * service.mods.cpuFactor * (effects?.cpuFactor ?? 1);
  // Each pod has one core, minus what a noisy neighbour steals from its host.
  const capacity = (1000 / cpuMs) * (1 - host.stealRatio);
  const served = rps * (1 - limited);
  const utilisation = served / capacity;
  instance.cpuUtilisation = Math.min(1, utilisation) * (1 - host.stealRatio);
  const cpuShed = utilisation > 1 ? 1 - 1 / utilisation : 0;
  const own = (spec.latency_ms / 1000) * service.mods.latencyFactor * (effects?.latencyFactor ?? 1) * queueingFactor(utilisation);
  let latency = own + deps.latency;
  // Threads are held for the whole request, dependencies included (Little's law).
  const concurrency = served * (1 - cpuShed) * latency;
  const threadShed = concurrency > spec.threads ? 1 - spec.threads / concurrency : 0;
  if (threadShed > 0) latency = Math.min(INGRESS_TIMEOUT_S, latency * (1 + 4 * threadShed));
  const diskFull = host.disks.some((d) => d.usedBytes >= d.sizeBytes);
  const ownErrors = Math.min(1, spec.error_ratio + service.mods.configErrorRatio + (effects?.errorRatio ?? 0) + (diskFull ? 0.6 : 0));
  const shed = 1 - (1 - cpuShed) * (1 - threadShed);
  const failedServed = 1 - (1 - ownErrors) * (1 - deps.failed) * (1 - shed);
  const served1 = 1 - limited;
  instance.causes = [
    ...(limited > 0 ? [{ kind: 'rate-limit' as const, ratio: limited }] : []),
    ...(shed > 0 ? [{ kind: 'overload' as const, ratio: served1 * shed }] : []),
    ...(diskFull ? [{ kind: 'disk-full' as const, subject: host.spec.name, ratio: served1 * 0.6 }] : []),
    ...(ownErrors - (diskFull ? 0.6 : 0) > spec.error_ratio * 1.5 ? [{ kind: 'application' as const, ratio: served1 * (ownErrors - (diskFull ? 0.6 : 0)) }] : []),
    ...deps.causes.map((c) => ({ ...c, ratio: served1 * (1 - shed) * c.ratio })),
  ];
  return {
    failed: limited + (1 - limited) * failedServed,
    shed: limited + (1 - limited) * shed,
    timedOut: (1 - limited) * (threadShed + deps.timeouts * (1 - shed)),
    limited,
    latency: Math.min(INGRESS_TIMEOUT_S, latency),
  };
}

/** Adds a tick's requests to the instance's counters, split over routes, statuses and latency buckets. */
function recordRequests(service: ServiceState, instance: Instance, rps: number, outcome: InstanceOutcome, dtSec: number): void {
  instance.rps = rps;
  instance.errorRatio = outcome.failed;
  instance.latencySeconds = outcome.latency;
  const totalWeight = service.spec.routes.reduce((s, r) => s + r.weight, 0);
  const requests = rps * dtSec;
  const timedOut = Math.min(outcome.timedOut, outcome.failed - outcome.limited);
  const shed = Math.max(0, Math.min(outcome.shed - outcome.limited, outcome.failed - outcome.limited - timedOut));
  const serverErrors = Math.max(0, outcome.failed - outcome.limited - timedOut - shed);
  service.spec.routes.forEach((route, r) => {
    const n = (requests * route.weight) / totalWeight;
    const counters = instance.counters[r]!;
    counters.ok += n * (1 - outcome.failed);
    counters.clientError += n * outcome.limited;
    counters.serverError += n * serverErrors;
    counters.unavailable += n * shed;
    counters.timeout += n * timedOut;
    const mean = Math.max(outcome.latency, 1e-4);
    counters.durationSum += n * mean;
    for (let b = 0; b < LATENCY_BUCKETS.length; b++) counters.buckets[b]! += n * (1 - Math.exp(-LATENCY_BUCKETS[b]! / mean));
  });
  instance.cpuSeconds += Math.min(1, (rps * service.spec.cpu_ms) / 1000) * dtSec;
}
