import type { CacheSpec, DatastoreSpec, HostSpec, JobSpec, QueueSpec, ServiceSpec, WorldSpec } from '../../scenario/world-schema';
import type { SimMillis } from '../clock';
import type { Rng } from '../rng';

/** Where a pod is in its life, in Kubernetes' words. */
export type InstanceStatus = 'Running' | 'ContainerCreating' | 'CrashLoopBackOff' | 'Terminating' | 'Completed';

/** One process of a service (a pod): its version, placement, lifecycle and the counters its exporter reports. */
export type Instance = {
  name: string;
  service: string;
  host: string;
  version: string;
  status: InstanceStatus;
  ready: boolean;
  restarts: number;
  /** When the current process started (counters restart from zero then). */
  startedAt: SimMillis;
  createdAt: SimMillis;
  /** Sim time at which a pending state change happens (container ready, back-off over, termination done). */
  nextAt?: SimMillis;
  lastTermination?: 'OOMKilled' | 'Error' | 'Completed';
  rssBytes: number;
  cpuSeconds: number;
  /** Database connections taken from the pool and never returned. */
  leakedConnections: number;
  /** Per-instance request rate and outcomes over the last tick, for exporters and logs. */
  rps: number;
  errorRatio: number;
  latencySeconds: number;
  cpuUtilisation: number;
  /** Counters since process start, per route index: requests by status class and histogram buckets. */
  counters: RouteCounters[];
  /** Why this tick's failed requests failed, as shares of all requests (for the error logs). */
  causes: ErrorCause[];
};

/** One reason requests fail, with the share of requests it took down. */
export type ErrorCause = {
  kind: 'application' | 'dependency' | 'timeout' | 'dns' | 'partition' | 'pool' | 'database-down' | 'too-many-clients' | 'disk-full' | 'overload' | 'rate-limit';
  /** The service, datastore or disk involved, if any. */
  subject?: string;
  ratio: number;
};

export type RouteCounters = {
  ok: number;
  clientError: number;
  serverError: number;
  unavailable: number;
  timeout: number;
  durationSum: number;
  /** Cumulative count per bucket bound in LATENCY_BUCKETS (the +Inf bucket is the total). */
  buckets: Float64Array;
};

/** Faults and operations change a service through these modifiers; the flow model reads them. */
export type ServiceModifiers = {
  /** Extra errors, latency and CPU for instances running a given version. */
  versionEffects: Map<string, { errorRatio: number; latencyFactor: number; cpuFactor: number; leakMbPerMin: number; crashOnStart: boolean; poolLeakPerMin: number }>;
  /** Extra errors on every instance (a bad config value). */
  configErrorRatio: number;
  latencyFactor: number;
  cpuFactor: number;
  /** The service cannot be reached at all (an unreachable dependency). */
  unreachable: boolean;
  /** Its DNS name does not resolve. */
  dnsBroken: boolean;
  /** Requests per second beyond which the service answers 429 (a rate limit), if set. */
  rateLimit?: number;
  /** Multiplies incoming edge traffic (a spike); `blockable` part can be blocked. */
  trafficFactor: number;
  blockedTraffic: number;
};

export type ServiceState = {
  spec: ServiceSpec;
  instances: Instance[];
  desiredReplicas: number;
  /** Versions rolled out, oldest first; the last is the current target. */
  revisions: { version: string; at: SimMillis; author: string; summary: string }[];
  config: Map<string, string>;
  /** Per-instance client pool size for each datastore it calls. */
  poolSize: Map<string, number>;
  mods: ServiceModifiers;
  /** The tick's totals across ready instances. */
  rps: number;
  errorRatio: number;
  latencySeconds: number;
  /** Share of requests rejected before doing work (overload, rate limit), used for the next tick's calls. */
  shedRatio: number;
  rollout?: Rollout;
};

/** A rolling update in progress: one surge pod at a time; an old pod goes only when the new one is ready. */
export type Rollout = {
  toVersion: string;
  /** Pods still to be replaced. */
  replace: string[];
  /** The new pod being brought up, if any. */
  surge?: string;
  startedAt: SimMillis;
  reason: 'deploy' | 'rollback' | 'restart' | 'config';
};

export type Disk = { mount: string; device: string; sizeBytes: number; usedBytes: number; deletedOpenBytes: number; fillBytesPerSec: number };

export type HostState = {
  spec: HostSpec;
  cordoned: boolean;
  stealRatio: number;
  disks: Disk[];
  cpuUtilisation: number;
  memoryUsedBytes: number;
  /** node_exporter-style cumulative CPU seconds per mode, summed over CPUs. */
  cpuSeconds: { user: number; system: number; iowait: number; steal: number; idle: number };
  networkRxBytes: number;
  networkTxBytes: number;
};

export type DatastoreState = {
  spec: DatastoreSpec;
  /** Down: crashed or mid-failover; queries fail. */
  up: boolean;
  failoverUntil?: SimMillis;
  restartUntil?: SimMillis;
  primaryHost: string;
  replicaHost?: string;
  queryFactor: number;
  lockWaitMs: number;
  /** The long-running query behind slow queries or lock contention, if any (what kill-query ends). */
  blocker?: { pid: number; query: string; startedAt: SimMillis };
  replicationLagSeconds: number;
  replicationLagRate: number;
  activeConnections: number;
  idleConnections: number;
  waitingConnections: number;
  /** Connection attempts refused for exceeding max_connections in the last tick. */
  refusedConnections: number;
  qps: number;
  commits: number;
  rollbacks: number;
  slowQueries: number;
};

export type CacheState = {
  spec: CacheSpec;
  up: boolean;
  hitRatio: number;
  targetHitRatio: number;
  /** Fraction of the working set loaded; grows back after a flush with the warm-up time constant. */
  warmth: number;
  warmingFast: boolean;
  hits: number;
  misses: number;
  keys: number;
  connectedClients: number;
};

export type QueueState = {
  spec: QueueSpec;
  produced: number;
  consumed: number;
  /** Messages produced but not yet consumed, per partition. */
  lag: number[];
  poisoned: boolean;
  consumerFactor: number;
};

export type CertificateState = { name: string; expiresAtUnixMs: number; renewingUntil?: SimMillis };

export type JobState = { spec: JobSpec; lastSuccessUnixMs: number; failing: boolean; nextRunAt: SimMillis };

/** The edge: a load balancer in front of the entry services. */
export type EdgeState = { rps: number; tlsFailures: number };

/** Things that happened in the world that logs and events report (deploys, kills, restarts…). */
export type WorldEvent = {
  at: SimMillis;
  kind:
    | 'deploy.started'
    | 'deploy.finished'
    | 'pod.created'
    | 'pod.ready'
    | 'pod.killed'
    | 'pod.oom'
    | 'pod.crash'
    | 'pod.backoff'
    | 'db.down'
    | 'db.up'
    | 'db.failover'
    | 'db.slow-query'
    | 'db.too-many-clients'
    | 'cache.flushed'
    | 'disk.full'
    | 'cert.expired'
    | 'cert.renewed'
    | 'queue.poison'
    | 'job.failed'
    | 'job.succeeded'
    | 'config.changed'
    | 'flag.changed'
    | 'operation';
  target: string;
  message: string;
};

export type World = {
  spec: WorldSpec;
  startUnixMs: number;
  seed: number;
  now: SimMillis;
  services: Map<string, ServiceState>;
  hosts: Map<string, HostState>;
  datastores: Map<string, DatastoreState>;
  caches: Map<string, CacheState>;
  queues: Map<string, QueueState>;
  certificates: Map<string, CertificateState>;
  flags: Map<string, boolean>;
  jobs: Map<string, JobState>;
  /** Pairs "a->b" whose calls cannot get through (a network partition). */
  partitions: Set<string>;
  edge: EdgeState;
  /** Services in dependency order: every service comes after the services it calls. */
  order: string[];
  /** Events since the last drain, in time order. */
  events: WorldEvent[];
  rng: { traffic: Rng; names: Rng; lifecycle: Rng };
};

/** Histogram bucket upper bounds in seconds (the Go client library's defaults). */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;
