// Shared factory for the data fault and operation tests: a small estate with a replicated database, a cache,
// a queue and its consumer, and a drill driver that reads the outputs (series store, logs) as a learner would.
import { scenarioSchema } from '../../scenario';
import type { ScenarioDocument } from '../../scenario';
import { sampleAt } from '../../tsdb';
import type { SimMillis } from '../clock';
import type { EcsEvent } from '../outputs/ecs';
import { Simulation } from '../simulation';

type Json = Record<string, unknown>;

/** The estate: `api` serves traffic from orders-db behind a sessions cache and feeds the orders queue that `worker` consumes. */
export function dataWorld(overrides: { api?: Json; worker?: Json; reports?: Json | false; orders_db?: Json; cache?: Json; db_disks?: Json[] } = {}): Json {
  const services: Json[] = [
    {
      name: 'api',
      replicas: 3,
      version: 'v1.0.0',
      hosts: ['node-a', 'node-b'],
      traffic: { rps: 150 },
      latency_ms: 30,
      error_ratio: 0,
      threads: 200,
      calls: [{ cache: 'sessions' }, { datastore: 'orders-db', per_request: 2, pool: 10 }, { queue: 'orders', per_request: 0.2 }],
      ...overrides.api,
    },
    { name: 'worker', replicas: 2, hosts: ['node-a', 'node-b'], cpu_ms: 20, error_ratio: 0, consumes: 'orders', ...overrides.worker },
  ];
  if (overrides.reports !== false) {
    services.push({
      name: 'reports',
      replicas: 2,
      hosts: ['node-a', 'node-b'],
      traffic: { rps: 20 },
      error_ratio: 0,
      calls: [{ datastore: 'orders-db', per_request: 1, pool: 10 }],
      ...overrides.reports,
    });
  }
  return {
    hosts: [
      { name: 'node-a', cpus: 8, memory_gb: 32 },
      { name: 'node-b', cpus: 8, memory_gb: 32 },
      { name: 'db-1', cpus: 16, memory_gb: 64, disks: overrides.db_disks ?? [{ mount: '/', size_gb: 50, used_gb: 12 }, { mount: '/var/lib/postgresql', size_gb: 500, used_gb: 210 }] },
      { name: 'db-2', cpus: 16, memory_gb: 64 },
      { name: 'cache-1', cpus: 4, memory_gb: 16 },
    ],
    services,
    datastores: [{ name: 'orders-db', host: 'db-1', replica_host: 'db-2', max_connections: 200, query_ms: 10, ...overrides.orders_db }],
    caches: [{ name: 'sessions', host: 'cache-1', hit_ratio: 0.9, warmup: '5m', ...overrides.cache }],
    queues: [{ name: 'orders', partitions: 3 }],
  };
}

/** A valid scenario document around a world and its faults (30 minutes of history, to stay fast). */
export function dataScenario(world: Json, faults: Json[] = [], extra: Json = {}): ScenarioDocument {
  return scenarioSchema.parse({
    title: 'data fault test',
    summary: 'a scenario for the data fault library tests',
    start: '2026-03-13T10:00:00Z',
    duration: '30m',
    seed: 7,
    history: '30m',
    world,
    faults,
    rubric: [{ id: 'end', category: 'process', points: 1, when: { event: 'drill.end' }, feedback: { met: 'y', missed: 'n' } }],
    ...extra,
  });
}

/** Drives a simulation tick by tick and reads what a learner would see. */
export class Drill {
  readonly sim: Simulation;
  private t = -1000;

  constructor(doc: ScenarioDocument, seed = 7) {
    this.sim = new Simulation(doc, seed);
  }

  get now(): number {
    return Math.max(0, this.t);
  }

  /** Advances to sim time `ms` (from the drill's start). */
  until(ms: number): this {
    for (let t = this.t + 1000; t <= ms; t += 1000) {
      this.sim.tick(t as SimMillis);
      this.t = t;
    }
    return this;
  }

  /** Advances by `ms`. */
  for(ms: number): this {
    return this.until(this.now + ms);
  }

  op(name: string, target: string, params: Json = {}): { ok: boolean; output: string } {
    return this.sim.runOperation(name, target, params).result;
  }

  fault(id: string): 'waiting' | 'active' | 'cleared' {
    return this.sim.faults.faults.find((f) => f.spec.id === id)!.state;
  }

  /** The newest sample of a series at or before now (undefined when absent or stale). */
  sample(labels: Record<string, string>, at = this.now): number | undefined {
    return sampleAt(this.sim.store.find(labels), at)?.v;
  }

  /** A per-service recording-rule signal (error ratio, p99 latency, rate) as the dashboards read it. */
  signal(name: 'error_ratio' | 'latency_p99_seconds' | 'requests_per_second', service: string, at = this.now): number {
    const metric = { error_ratio: 'service:http_request_errors:ratio_rate1m', latency_p99_seconds: 'service:http_request_duration_seconds:p99', requests_per_second: 'service:http_requests:rate1m' }[name];
    return this.sample({ __name__: metric, service }, at) ?? Number.NaN;
  }

  /**
   * The share of a service's requests that failed (5xx) over the last `windowMs`, from the scraped
   * `http_requests_total` counters as `sum(increase(…{status=~"5.."}[w])) / sum(increase(…[w]))` would
   * compute it (counter resets of restarted pods handled). Averages out tick-to-tick swings.
   */
  errorShare(service: string, windowMs = MINUTE, at = this.now): number {
    let failed = 0;
    let total = 0;
    for (const s of this.sim.store.byMetric('http_requests_total')) {
      if (s.labels.service !== service) continue;
      let increase = 0;
      let prev: number | undefined;
      let prevT = -Infinity;
      for (let i = 0; i < s.length; i++) {
        const t = s.times[i]!;
        const v = s.values[i]!;
        if (t > at) break;
        if (Number.isNaN(v)) {
          prev = undefined;
          continue;
        }
        // Only increases between two samples inside the window: a scrape interval that straddles the window's
        // start would mix in traffic from before it (and which part depends on the target's scrape phase).
        if (prevT >= at - windowMs && prev !== undefined) increase += v >= prev ? v - prev : v;
        prev = v;
        prevT = t;
      }
      total += increase;
      if (s.labels.status?.startsWith('5')) failed += increase;
    }
    return total > 0 ? failed / total : 0;
  }

  /** Every scraped series of a metric whose labels include `match`, at now. */
  values(metric: string, match: Record<string, string> = {}, at = this.now): number[] {
    return this.sim.store
      .byMetric(metric)
      .filter((s) => Object.entries(match).every(([k, v]) => s.labels[k] === v))
      .map((s) => sampleAt(s, at)?.v)
      .filter((v): v is number => v !== undefined);
  }

  /** Log events since `fromMs` (drill time) whose message contains `text`. */
  logs(text: string, fromMs = 0): EcsEvent[] {
    const from = Date.parse('2026-03-13T10:00:00Z') + fromMs;
    return this.sim.logs.all().filter((e) => Date.parse(e['@timestamp']) >= from && e.message.includes(text));
  }
}

export const MINUTE = 60_000;
