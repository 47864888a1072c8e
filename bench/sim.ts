// The simulation's throughput on a 12-service estate built in code (~5,000 series at 15 s): scrape path,
// an hour of live ticks, store memory, log generation. Figures only; nothing here fails on a time.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ScenarioDocument } from '../electron/engine/scenario';
import { scenarioSchema } from '../electron/engine/scenario';
import { TICK_MS } from '../electron/engine/sim/clock';
import { Scraper } from '../electron/engine/sim/outputs/scraper';
import { Simulation } from '../electron/engine/sim/simulation';
import { SeriesStore } from '../electron/engine/tsdb';

type Report = (name: string, figure: string) => void;

const routes = (prefix: string) => [
  { method: 'GET' as const, path: `/api/${prefix}`, weight: 6 },
  { method: 'GET' as const, path: `/api/${prefix}/{id}`, weight: 3 },
  { method: 'POST' as const, path: `/api/${prefix}`, weight: 2 },
  { method: 'GET' as const, path: '/healthz', weight: 1 },
];

/** Twelve services over six hosts, four databases (two replicated), three caches, a queue, certificates and jobs. */
export function benchScenario(history = '24h'): ScenarioDocument {
  const svc = (name: string, extra: Record<string, unknown> = {}) => ({ name, namespace: 'shop', replicas: 3, routes: routes(name), ...extra });
  return scenarioSchema.parse({
    title: 'Bench estate',
    summary: 'Twelve services for the throughput bench.',
    start: '2026-03-13T10:00:00Z',
    duration: '1h',
    seed: 1,
    history,
    world: {
      hosts: [
        ...['node-1', 'node-2', 'node-3', 'node-4'].map((name) => ({ name, cpus: 16, memory_gb: 64 })),
        { name: 'db-1', cpus: 16, memory_gb: 128, disks: [{ mount: '/', size_gb: 50, used_gb: 10 }, { mount: '/var/lib/postgresql', size_gb: 1000, used_gb: 400 }] },
        { name: 'db-2', cpus: 16, memory_gb: 128, disks: [{ mount: '/', size_gb: 50, used_gb: 10 }, { mount: '/var/lib/postgresql', size_gb: 1000, used_gb: 380 }] },
      ],
      services: [
        svc('gateway', { traffic: { rps: 600 }, calls: [{ service: 'frontend' }, { service: 'search', per_request: 0.2 }, { cache: 'sessions' }] }),
        svc('frontend', { calls: [{ service: 'catalog', per_request: 2 }, { service: 'cart', per_request: 0.5 }, { service: 'users', per_request: 0.3 }, { service: 'recommendations', per_request: 0.5 }] }),
        svc('catalog', { calls: [{ cache: 'catalog-cache', per_request: 2 }, { datastore: 'catalog-db', pool: 20 }] }),
        svc('search', { calls: [{ datastore: 'catalog-db', pool: 10 }] }),
        svc('cart', { calls: [{ cache: 'cart-cache' }, { datastore: 'orders-db', pool: 10 }, { service: 'checkout', per_request: 0.2 }] }),
        svc('checkout', { calls: [{ service: 'payments' }, { service: 'inventory' }, { datastore: 'orders-db', pool: 20 }, { queue: 'events' }] }),
        svc('payments', { calls: [{ service: 'card-gateway', timeout: '3s' }] }),
        svc('inventory', { calls: [{ datastore: 'inventory-db', pool: 10 }] }),
        svc('users', { calls: [{ datastore: 'users-db', pool: 10 }, { cache: 'sessions' }] }),
        svc('recommendations', { calls: [{ cache: 'catalog-cache' }] }),
        svc('notifications', { consumes: 'events' }),
        svc('shipping', { consumes: 'events', calls: [{ datastore: 'orders-db', pool: 5 }] }),
        { name: 'card-gateway', namespace: 'shop', external: true, latency_ms: 150 },
      ],
      datastores: [
        { name: 'orders-db', host: 'db-1', replica_host: 'db-2', database: 'orders', max_connections: 400 },
        { name: 'catalog-db', host: 'db-2', replica_host: 'db-1', database: 'catalog', max_connections: 300 },
        { name: 'users-db', host: 'db-1', database: 'users' },
        { name: 'inventory-db', host: 'db-2', database: 'inventory' },
      ],
      caches: [
        { name: 'sessions', host: 'node-1', keys: 500_000 },
        { name: 'catalog-cache', host: 'node-2', keys: 2_000_000 },
        { name: 'cart-cache', host: 'node-3' },
      ],
      queues: [{ name: 'events', partitions: 6 }],
      certificates: [
        { name: 'shop.example.com', expires_in: '60d' },
        { name: 'api.example.com', expires_in: '20d' },
      ],
      jobs: [
        { name: 'nightly-backup', every: '24h', last_success: '-10h' },
        { name: 'reindex', every: '1h', last_success: '-20m' },
      ],
    },
    rubric: [{ id: 'ack', category: 'detect', points: 10, when: { event: 'alert.acknowledge' }, feedback: { met: 'y', missed: 'n' } }],
  });
}

/** A forced garbage collection, so heap figures measure what is live (the bench only). */
function collectGarbage(): () => void {
  setFlagsFromString('--expose_gc');
  return runInNewContext('gc') as () => void;
}

function ms<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');

export function simBench(report: Report): void {
  const gc = collectGarbage();
  const doc = benchScenario();

  // Construction: the warm past (24 h at one step per scrape, then 10 minutes tick by tick with logs).
  const built = ms(() => new Simulation(doc, 1));
  const sim = built.value;
  const store = sim.store;
  report('bench estate: series / samples after warm past', `${n(store.seriesCount)} series, ${n(store.sampleCount)} samples`);
  report('bench estate: construction (24 h warm past)', `${built.ms.toFixed(0)} ms (${n(store.sampleCount / (built.ms / 1000))} samples/s incl. world)`);

  // The scrape path alone, as the warm past runs it (series sized up front): every target scraped against
  // a fixed world, four hours of scrapes a round; the best of three rounds, as other work shares the CPUs.
  const scrapes = 960;
  const rates: number[] = [];
  for (let round = 0; round < 3; round++) {
    const scrapeStore = new SeriesStore();
    const from = -scrapes * sim.intervalMs;
    const scraper = new Scraper(scrapeStore, sim.intervalMs, sim.world, from);
    const scraped = ms(() => {
      for (let k = 1; k <= scrapes; k++) scraper.scrapeUntil(sim.world, from + k * sim.intervalMs);
    });
    rates.push(scrapeStore.sampleCount / (scraped.ms / 1000));
  }
  const rate = Math.max(...rates);
  report('scrape path: samples generated (best of 3)', `${n(rate)} samples/s (rounds: ${rates.map((r) => `${(r / 1e6).toFixed(1)} M`).join(', ')})`);
  report('scrape path vs 5 M samples/s target', `${(rate / 5e6).toFixed(2)}×`);

  // One hour of live drill: 3,600 ticks of one second, with request logs.
  let logEvents = 0;
  const append = sim.logs.append.bind(sim.logs);
  sim.logs.append = (batch) => {
    logEvents += batch.length;
    append(batch);
  };
  const before = store.sampleCount;
  const hour = ms(() => {
    for (let t = 0; t < 3_600_000; t += TICK_MS) sim.tick(t as never);
  });
  report('one hour of sim time, live ticks', `${hour.ms.toFixed(0)} ms wall (${(3_600_000 / hour.ms).toFixed(0)}× real time)`);
  report('  samples scraped in that hour', `${n(store.sampleCount - before)} (${n((store.sampleCount - before) / (hour.ms / 1000))} samples/s incl. world)`);
  report('  log events', `${n(logEvents)} = ${(logEvents / 3600).toFixed(1)}/sim s, ${n(logEvents / (hour.ms / 1000))}/wall s`);

  // Store memory: sample arrays (allocated vs used), then the heap cost of a series without samples.
  const used = store.sampleCount * 12;
  report('store: bytes per sample', `${(store.sampleBytes / store.sampleCount).toFixed(1)} B allocated (${(used / store.sampleCount).toFixed(0)} B used; ${((store.sampleBytes / used - 1) * 100).toFixed(0)}% spare capacity)`);
  const labels = store.all().map((s) => s.labels);
  gc();
  gc();
  const heapBefore = process.memoryUsage();
  const bare = new SeriesStore();
  bare.setInitialCapacity(16);
  for (const l of labels) bare.ref(l);
  gc();
  const heapAfter = process.memoryUsage();
  const grown = heapAfter.heapUsed - heapBefore.heapUsed + heapAfter.arrayBuffers - heapBefore.arrayBuffers;
  const perSeries = (grown - bare.sampleBytes) / labels.length;
  // Keep the simulation reachable until here, so its collection does not land inside the measurement.
  if (sim.logs.size < 0 || bare.seriesCount !== labels.length) throw new Error('unreachable');
  report('store: memory per series besides its samples', `${n(perSeries)} B (labels, key, indexes, array objects)`);
  report('store: total for the estate after 25 h', `${(store.sampleBytes / 2 ** 20).toFixed(0)} MiB samples + ${((perSeries * store.seriesCount) / 2 ** 20).toFixed(1)} MiB series`);
}
