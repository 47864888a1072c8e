// Test support for the exporter tests: a small estate with one of everything, and a way to read what was scraped.
import type { z } from 'zod';
import type { ScenarioDocument } from '../../scenario';
import { scenarioSchema } from '../../scenario';
import type { StoredSeries } from '../../tsdb';
import { isStaleNaN } from '../../tsdb';
import { TICK_MS } from '../clock';
import { Simulation } from '../simulation';

type WorldInput = z.input<typeof scenarioSchema>['world'];

/**
 * A scenario with hosts, services (an entry, a callee, a consumer, an external), a replicated database, a
 * cache, a queue, a certificate and a job; `edit` may change the world before it is validated.
 */
export function exporterScenario(edit: (world: WorldInput) => void = () => {}): ScenarioDocument {
  const world: WorldInput = {
    hosts: [
      { name: 'node-a', cpus: 8, memory_gb: 32 },
      { name: 'db-1', cpus: 8, memory_gb: 64 },
      { name: 'db-2', cpus: 8, memory_gb: 64 },
    ],
    services: [
      {
        name: 'web',
        namespace: 'shop',
        replicas: 2,
        hosts: ['node-a'],
        traffic: { rps: 80 },
        calls: [{ service: 'api' }, { cache: 'sessions' }, { datastore: 'main-db', pool: 10 }],
      },
      { name: 'api', namespace: 'shop', replicas: 2, hosts: ['node-a'], calls: [{ datastore: 'main-db', pool: 10 }, { queue: 'orders', per_request: 0.5 }, { service: 'card-gateway' }] },
      { name: 'worker', namespace: 'shop', replicas: 1, hosts: ['node-a'], consumes: 'orders' },
      { name: 'card-gateway', namespace: 'shop', external: true, latency_ms: 120 },
    ],
    datastores: [{ name: 'main-db', host: 'db-1', replica_host: 'db-2', database: 'shop', max_connections: 150 }],
    caches: [{ name: 'sessions', host: 'node-a', keys: 40_000 }],
    queues: [{ name: 'orders', partitions: 3 }],
    certificates: [{ name: 'shop.example.com', expires_in: '30d' }],
    jobs: [{ name: 'nightly-backup', every: '24h', last_success: '-3h' }],
  };
  edit(world);
  return scenarioSchema.parse({
    title: 'Exporter fixture',
    summary: 'One of everything, for exporter tests.',
    start: '2026-03-13T10:00:00Z',
    duration: '15m',
    seed: 7,
    history: '30m',
    world,
    rubric: [{ id: 'ack', category: 'detect', points: 10, when: { event: 'alert.acknowledge' }, feedback: { met: 'y', missed: 'n' } }],
  });
}

/** A simulation of the fixture driven tick by tick from t = 0, with lookups into its store. */
export class ExporterHarness {
  readonly sim: Simulation;
  private next = 0;

  constructor(doc: ScenarioDocument = exporterScenario(), seed = 7) {
    this.sim = new Simulation(doc, seed);
  }

  get now(): number {
    return this.next - TICK_MS;
  }

  get world() {
    return this.sim.world;
  }

  tick(count = 1): void {
    for (let i = 0; i < count; i++) {
      this.sim.tick(this.next as never);
      this.next += TICK_MS;
    }
  }

  /** Ticks until a series matching `labels` gets a sample (at most one interval) and returns it. */
  tickUntilScraped(name: string, labels: Record<string, string> = {}): StoredSeries {
    for (let i = 0; i <= this.sim.intervalMs / TICK_MS; i++) {
      this.tick();
      const s = this.all(name, labels).find((x) => x.length > 0 && x.times[x.length - 1] === this.now);
      if (s) return s;
    }
    throw new Error(`${name}${JSON.stringify(labels)} was not scraped within an interval`);
  }

  /** Every series of a metric whose labels include `labels`. */
  all(name: string, labels: Record<string, string> = {}): StoredSeries[] {
    return this.sim.store.byMetric(name).filter((s) => Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  }

  find(name: string, labels: Record<string, string> = {}): StoredSeries | undefined {
    const found = this.all(name, labels);
    if (found.length > 1) throw new Error(`${name}${JSON.stringify(labels)} matches ${found.length} series`);
    return found[0];
  }

  /** The newest sample's value of the one matching series (NaN for a stale marker). */
  last(name: string, labels: Record<string, string> = {}): number {
    const s = this.find(name, labels);
    if (!s || s.length === 0) throw new Error(`no samples for ${name}${JSON.stringify(labels)}`);
    return s.values[s.length - 1]!;
  }

  /** Whether the series ended with a stale marker. */
  isStale(name: string, labels: Record<string, string> = {}): boolean {
    const s = this.find(name, labels);
    return s !== undefined && s.length > 0 && isStaleNaN(s.values[s.length - 1]!);
  }
}
