import { offsetMs } from '../../scenario/common';
import type { ServiceSpec, WorldSpec } from '../../scenario/world-schema';
import type { SimMillis } from '../clock';
import { parseDuration } from '../duration';
import type { Rng } from '../rng';
import { createRng } from '../rng';
import { dependencyOrder } from './graph';
import { podName } from './names';
import type { HostState, Instance, RouteCounters, ServiceModifiers, ServiceState, World } from './types';
import { LATENCY_BUCKETS } from './types';

export function emptyCounters(routes: number): RouteCounters[] {
  return Array.from({ length: routes }, () => ({
    ok: 0,
    clientError: 0,
    serverError: 0,
    unavailable: 0,
    timeout: 0,
    durationSum: 0,
    buckets: new Float64Array(LATENCY_BUCKETS.length),
  }));
}

export function defaultModifiers(): ServiceModifiers {
  return { versionEffects: new Map(), configErrorRatio: 0, latencyFactor: 1, cpuFactor: 1, unreachable: false, dnsBroken: false, trafficFactor: 1, blockedTraffic: 0 };
}

/** Schedules a new pod for a service on the least-loaded schedulable host it may run on. */
export function newInstance(world: World, service: ServiceState, version: string, at: SimMillis, ready: boolean): Instance {
  const host = pickHost(world, service);
  return {
    name: podName(service.spec.name, version, world.rng.names),
    service: service.spec.name,
    host,
    version,
    status: ready ? 'Running' : 'ContainerCreating',
    ready,
    restarts: 0,
    startedAt: at,
    createdAt: at,
    nextAt: ready ? undefined : ((at + 15_000) as SimMillis),
    rssBytes: service.spec.memory_mb * 1024 * 1024,
    cpuSeconds: 0,
    leakedConnections: 0,
    rps: 0,
    errorRatio: 0,
    latencySeconds: 0,
    cpuUtilisation: 0,
    counters: emptyCounters(service.spec.routes.length),
    causes: [],
  };
}

function pickHost(world: World, service: ServiceState): string {
  const allowed = service.spec.hosts.length > 0 ? service.spec.hosts : [...world.hosts.keys()];
  const candidates = allowed.filter((h) => !world.hosts.get(h)?.cordoned);
  const pool = candidates.length > 0 ? candidates : allowed;
  const load = (h: string) => [...world.services.values()].reduce((n, s) => n + s.instances.filter((i) => i.host === h).length, 0) + service.instances.filter((i) => i.host === h).length;
  return pool.reduce((best, h) => (load(h) < load(best) ? h : best), pool[0]!);
}

function createHost(spec: WorldSpec['hosts'][number]): HostState {
  return {
    spec,
    cordoned: false,
    stealRatio: 0,
    disks: spec.disks.map((d, i) => ({
      mount: d.mount,
      device: `/dev/nvme0n1p${i + 1}`,
      sizeBytes: d.size_gb * 1e9,
      usedBytes: d.used_gb * 1e9,
      deletedOpenBytes: 0,
      fillBytesPerSec: 0,
    })),
    cpuUtilisation: 0,
    memoryUsedBytes: spec.memory_gb * 1e9 * 0.2,
    cpuSeconds: { user: 0, system: 0, iowait: 0, steal: 0, idle: 0 },
    networkRxBytes: 0,
    networkTxBytes: 0,
  };
}

function createService(world: World, spec: ServiceSpec, at: SimMillis, rng: Rng): ServiceState {
  const deploys = world.spec.deploys.filter((d) => d.service === spec.name).sort((a, b) => offsetMs(a.at) - offsetMs(b.at));
  const revisions = deploys.map((d) => ({ version: d.version, at: offsetMs(d.at) as SimMillis, author: d.author, summary: d.summary }));
  if (revisions[revisions.length - 1]?.version !== spec.version) {
    revisions.push({ version: spec.version, at: (at - 3 * 86_400_000) as SimMillis, author: 'ci-bot', summary: `release ${spec.version}` });
  }
  const state: ServiceState = {
    spec,
    instances: [],
    desiredReplicas: spec.external ? 0 : spec.replicas,
    revisions,
    config: new Map(world.spec.config.filter((c) => c.service === spec.name).map((c) => [c.key, c.value])),
    poolSize: new Map(spec.calls.flatMap((c) => ('datastore' in c ? [[c.datastore, c.pool] as const] : []))),
    mods: defaultModifiers(),
    rps: 0,
    errorRatio: 0,
    latencySeconds: spec.latency_ms / 1000,
    shedRatio: 0,
  };
  world.services.set(spec.name, state);
  const deployedAt = Math.min(at, revisions[revisions.length - 1]!.at);
  for (let i = 0; i < state.desiredReplicas; i++) {
    const instance = newInstance(world, state, spec.version, deployedAt as SimMillis, true);
    // Pods of one rollout start a few seconds apart.
    instance.startedAt = instance.createdAt = (deployedAt + i * 7_000 + rng.int(3_000)) as SimMillis;
    state.instances.push(instance);
  }
  return state;
}

/** Builds the world as it stood at `at` (the start of the warm past). */
export function createWorld(spec: WorldSpec, startIso: string, seed: number, at: SimMillis): World {
  const order = dependencyOrder(spec.services);
  if (!order.ok) throw new Error(`dependency cycle: ${order.cycle.join(' -> ')}`);
  const startUnixMs = Date.parse(startIso);
  const world: World = {
    spec,
    startUnixMs,
    seed,
    now: at,
    services: new Map(),
    hosts: new Map(spec.hosts.map((h) => [h.name, createHost(h)])),
    datastores: new Map(
      spec.datastores.map((d) => [
        d.name,
        {
          spec: d,
          up: true,
          primaryHost: d.host,
          replicaHost: d.replica_host,
          queryFactor: 1,
          lockWaitMs: 0,
          replicationLagSeconds: d.replica_host ? 0.05 : 0,
          replicationLagRate: 0,
          activeConnections: 0,
          idleConnections: 0,
          waitingConnections: 0,
          refusedConnections: 0,
          qps: 0,
          commits: 0,
          rollbacks: 0,
          slowQueries: 0,
        },
      ]),
    ),
    caches: new Map(
      spec.caches.map((c) => [
        c.name,
        { spec: c, up: true, hitRatio: c.hit_ratio, targetHitRatio: c.hit_ratio, warmth: 1, warmingFast: false, hits: 0, misses: 0, keys: c.keys, connectedClients: 0 },
      ]),
    ),
    queues: new Map(spec.queues.map((q) => [q.name, { spec: q, produced: 0, consumed: 0, lag: new Array<number>(q.partitions).fill(0), poisoned: false, consumerFactor: 1 }])),
    certificates: new Map(spec.certificates.map((c) => [c.name, { name: c.name, expiresAtUnixMs: startUnixMs + parseDuration(c.expires_in)! }])),
    flags: new Map(spec.feature_flags.map((f) => [f.name, f.enabled])),
    jobs: new Map(
      spec.jobs.map((j) => {
        const every = parseDuration(j.every)!;
        const last = offsetMs(j.last_success);
        return [j.name, { spec: j, lastSuccessUnixMs: startUnixMs + last, failing: false, nextRunAt: (last + every) as SimMillis }];
      }),
    ),
    partitions: new Set(),
    edge: { rps: 0, tlsFailures: 0 },
    order: order.order,
    events: [],
    rng: { traffic: createRng(seed, 'traffic'), names: createRng(seed, 'pod-names'), lifecycle: createRng(seed, 'lifecycle') },
  };
  const placement = createRng(seed, 'placement');
  for (const spec of world.spec.services) createService(world, spec, at, placement);
  return world;
}
