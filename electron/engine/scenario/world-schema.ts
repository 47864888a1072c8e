import { z } from 'zod';
import { duration, name, offset, positive, ratio } from './common';

const disk = z.strictObject({
  mount: z.string().regex(/^\//, 'must be an absolute mount point'),
  size_gb: positive,
  used_gb: z.number().min(0, 'must not be negative'),
});

const host = z.strictObject({
  name,
  cpus: z.int().min(1).max(256),
  memory_gb: positive,
  disks: z.array(disk).min(1).default([{ mount: '/', size_gb: 100, used_gb: 30 }]),
});

const route = z.strictObject({
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  path: z.string().regex(/^\//, 'must start with /'),
  weight: positive,
});

const call = z.union([
  z.strictObject({ service: name, per_request: positive.default(1), timeout: duration.default('5s'), retries: z.int().min(0).max(5).default(0) }),
  z.strictObject({ datastore: name, per_request: positive.default(1), pool: z.int().min(1).max(1000).default(10) }),
  z.strictObject({ cache: name, per_request: positive.default(1) }),
  z.strictObject({ queue: name, per_request: positive.default(1) }),
]);

const service = z.strictObject({
  name,
  namespace: name.default('default'),
  /** External services (a payment provider) have no pods: only latency and errors as seen by callers. */
  external: z.boolean().default(false),
  replicas: z.int().min(0).max(50).default(2),
  version: z.string().min(1).default('v1.0.0'),
  hosts: z.array(name).default([]),
  traffic: z.strictObject({ rps: positive }).optional(),
  threads: z.int().min(1).max(10_000).default(64),
  cpu_ms: positive.default(2),
  latency_ms: positive.default(20),
  error_ratio: ratio.default(0.001),
  memory_mb: positive.default(256),
  memory_limit_mb: positive.default(1024),
  routes: z.array(route).min(1).default([
    { method: 'GET', path: '/api/items', weight: 6 },
    { method: 'POST', path: '/api/orders', weight: 3 },
    { method: 'GET', path: '/healthz', weight: 1 },
  ]),
  calls: z.array(call).default([]),
  consumes: name.optional(),
  logs_mb_per_hour: z.number().min(0).default(20),
});

const datastore = z.strictObject({
  name,
  engine: z.literal('postgres').default('postgres'),
  host: name,
  replica_host: name.optional(),
  max_connections: z.int().min(1).max(100_000).default(200),
  query_ms: positive.default(3),
  database: z.string().min(1).optional(),
});

const cache = z.strictObject({
  name,
  engine: z.literal('redis').default('redis'),
  host: name,
  hit_ratio: ratio.default(0.9),
  warmup: duration.default('5m'),
  keys: z.int().min(0).default(250_000),
});

const queue = z.strictObject({ name, partitions: z.int().min(1).max(64).default(3) });

const certificate = z.strictObject({ name: z.string().min(1), expires_in: duration });

const flag = z.strictObject({ name, enabled: z.boolean() });

const config = z.strictObject({ service: name, key: z.string().min(1), value: z.string() });

const deploy = z.strictObject({
  service: name,
  version: z.string().min(1),
  at: offset,
  author: z.string().min(1),
  summary: z.string().min(1),
});

const job = z.strictObject({ name, every: duration, last_success: offset, host: name.optional() });

/** The simulated estate: hosts, services and what they call, data stores, caches, queues and the rest. */
export const worldSchema = z.strictObject({
  hosts: z.array(host).min(1),
  services: z.array(service).min(1),
  datastores: z.array(datastore).default([]),
  caches: z.array(cache).default([]),
  queues: z.array(queue).default([]),
  certificates: z.array(certificate).default([]),
  feature_flags: z.array(flag).default([]),
  config: z.array(config).default([]),
  deploys: z.array(deploy).default([]),
  jobs: z.array(job).default([]),
});

export type WorldSpec = z.infer<typeof worldSchema>;
export type HostSpec = WorldSpec['hosts'][number];
export type ServiceSpec = WorldSpec['services'][number];
export type CallSpec = ServiceSpec['calls'][number];
export type DatastoreSpec = WorldSpec['datastores'][number];
export type CacheSpec = WorldSpec['caches'][number];
export type QueueSpec = WorldSpec['queues'][number];
export type JobSpec = WorldSpec['jobs'][number];
