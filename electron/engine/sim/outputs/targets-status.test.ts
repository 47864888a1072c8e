import { describe, expect, it } from 'vitest';
import { bundledScenario } from '../../testing/bundled.node';
import type { SimMillis } from '../clock';
import { TICK_MS } from '../clock';
import { Simulation } from '../simulation';
import { ipFor, killProcess } from '../world';
import { ExporterHarness } from './exporter-fixture';
import type { ActiveTarget } from './targets-status';
import { targetsStatus } from './targets-status';

const ONE_MINUTE_TICKS = 60_000 / TICK_MS;

function byInstance(targets: ActiveTarget[], instance: string): ActiveTarget | undefined {
  return targets.find((t) => t.labels.instance === instance);
}

function countByJob(targets: ActiveTarget[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of targets) counts[t.scrapePool] = (counts[t.scrapePool] ?? 0) + 1;
  return counts;
}

describe('targetsStatus on a bundled scenario', () => {
  const scenario = bundledScenario('checkout-bad-deploy');
  const run = (ticks: number): Simulation => {
    const sim = new Simulation(scenario.doc, scenario.doc.seed);
    for (let i = 0; i < ticks; i++) sim.tick((i * TICK_MS) as SimMillis);
    return sim;
  };

  it('lists every endpoint the scraper knows, one pool per job, all up after the warm past', () => {
    const sim = run(1);
    const { activeTargets, droppedTargets } = sim.targetsStatus();
    const world = sim.world;
    const pods = (name: string) => world.services.get(name)!.instances.length;
    expect(countByJob(activeTargets)).toEqual({
      node: world.hosts.size,
      checkout: pods('checkout'),
      payments: pods('payments'),
      postgres: world.datastores.size,
      'kube-state-metrics': 1,
      // One DNS probe per service, external ones included.
      blackbox: world.services.size + world.certificates.size,
      'ingress-nginx': 1,
    });
    expect(droppedTargets).toEqual([]);
    for (const t of activeTargets) {
      expect(t.health, t.scrapeUrl).toBe('up');
      expect(t.lastError).toBe('');
      expect(t.scrapePool).toBe(t.labels.job);
      expect(t.discoveredLabels.job).toBe(t.labels.job);
      expect(t.lastScrapeDuration).toBeGreaterThan(0);
      expect(t.lastScrapeDuration).toBeLessThan(0.1);
      // Scraped within the last interval, in the drill's wall clock.
      const at = Date.parse(t.lastScrape);
      expect(at).toBeLessThanOrEqual(Date.parse('2026-03-13T10:00:00Z'));
      expect(at).toBeGreaterThan(Date.parse('2026-03-13T10:00:00Z') - sim.intervalMs);
    }
  });

  it('describes a pod as kubernetes_sd does, and scrapes it at its IP', () => {
    const sim = run(1);
    const pod = sim.world.services.get('checkout')!.instances[0]!;
    const address = `${ipFor(pod.name)}:8080`;
    const target = byInstance(sim.targetsStatus().activeTargets, address)!;
    expect(target.scrapeUrl).toBe(`http://${address}/metrics`);
    expect(target.labels).toEqual({ instance: address, job: 'checkout', namespace: 'shop', pod: pod.name, service: 'checkout' });
    expect(target.discoveredLabels).toMatchObject({
      __address__: address,
      __metrics_path__: '/metrics',
      __scheme__: 'http',
      __scrape_interval__: '15s',
      __scrape_timeout__: '10s',
      __meta_kubernetes_namespace: 'shop',
      __meta_kubernetes_pod_name: pod.name,
      __meta_kubernetes_pod_ip: ipFor(pod.name),
      __meta_kubernetes_pod_phase: 'Running',
      __meta_kubernetes_pod_ready: 'true',
      __meta_kubernetes_pod_node_name: pod.host,
    });
    expect([target.scrapeInterval, target.scrapeTimeout]).toEqual(['15s', '10s']);
  });

  it('gives the same bytes for the same seed', () => {
    expect(JSON.stringify(run(40).targetsStatus())).toBe(JSON.stringify(run(40).targetsStatus()));
  });
});

describe('targetsStatus as pods change', () => {
  it('scrapes blackbox probes through the exporter, with module and target as parameters', () => {
    const h = new ExporterHarness();
    h.tick();
    const probe = byInstance(h.sim.targetsStatus().activeTargets, 'https://shop.example.com')!;
    expect(probe.scrapeUrl).toBe(`http://${ipFor('blackbox-exporter')}:9115/probe?module=http_2xx&target=https%3A%2F%2Fshop.example.com`);
    expect(probe.discoveredLabels).toMatchObject({ __address__: 'https://shop.example.com', __metrics_path__: '/probe', __param_module: 'http_2xx' });
  });

  it('marks a pod whose container is not running down, with connection refused', () => {
    const h = new ExporterHarness();
    h.tick();
    const pod = h.world.services.get('web')!.instances[0]!;
    const address = `${ipFor(pod.name)}:8080`;
    killProcess(h.world, pod, 'OOMKilled', h.now as SimMillis);
    h.tickUntilScraped('up', { pod: pod.name });
    const target = byInstance(h.sim.targetsStatus().activeTargets, address)!;
    expect(target.health).toBe('down');
    expect(target.lastError).toBe(`Get "http://${address}/metrics": dial tcp ${address}: connect: connection refused`);
    expect(target.lastScrape).toBe(new Date(h.world.startUnixMs + h.now).toISOString());
    expect(target.discoveredLabels.__meta_kubernetes_pod_ready).toBe('false');
    // The other pod of the service is unaffected.
    const other = h.world.services.get('web')!.instances[1]!;
    expect(byInstance(h.sim.targetsStatus().activeTargets, `${ipFor(other.name)}:8080`)!.health).toBe('up');
  });

  it('drops a deleted pod and discovers a new one: unknown until its first scrape, then up once it runs', () => {
    const h = new ExporterHarness();
    h.tick();
    const webTargets = () => h.sim.targetsStatus().activeTargets.filter((t) => t.scrapePool === 'web');
    const before = new Set(webTargets().map((t) => t.labels.pod));
    expect(before.size).toBe(2);

    h.sim.runOperation('restart', 'web', {});
    let fresh: ActiveTarget | undefined;
    for (let i = 0; i < ONE_MINUTE_TICKS && !fresh; i++) {
      h.tick();
      fresh = webTargets().find((t) => !before.has(t.labels.pod));
    }
    expect(fresh).toBeDefined();
    expect(fresh!.health).toBe('unknown');
    expect(fresh!.lastScrape).toBe('0001-01-01T00:00:00Z');
    expect(fresh!.lastScrapeDuration).toBe(0);

    const newPod = fresh!.labels.pod!;
    let health = fresh!.health;
    for (let i = 0; i < 5 * ONE_MINUTE_TICKS && health !== 'up'; i++) {
      h.tick();
      health = webTargets().find((t) => t.labels.pod === newPod)!.health;
    }
    expect(health).toBe('up');

    // The rollout replaces every old pod: once they are gone from the world, they are gone from the page.
    for (let i = 0; i < 10 * ONE_MINUTE_TICKS && webTargets().some((t) => before.has(t.labels.pod!)); i++) h.tick();
    const live = new Set(h.world.services.get('web')!.instances.map((p) => p.name));
    expect(webTargets().map((t) => t.labels.pod).every((p) => live.has(p!))).toBe(true);
    expect(webTargets().some((t) => before.has(t.labels.pod!))).toBe(false);
  });
});

describe('targetsStatus for a target that timed out', () => {
  it('reports context deadline exceeded and the timeout as the duration, capped to a short interval', () => {
    const h = new ExporterHarness();
    const target = {
      job: 'node',
      instance: '10.0.0.9:9100',
      phaseMs: 0,
      nextScrapeAt: 5_000,
      lastScrapeAt: 0,
      failure: 'timeout' as const,
      scrape: () => true,
      describe: () => ({ labels: { job: 'node', instance: '10.0.0.9:9100' }, address: '10.0.0.9:9100', seriesCount: 40 }),
    };
    const [status] = targetsStatus([target], h.world, 5_000).activeTargets;
    expect(status!.health).toBe('down');
    expect(status!.lastError).toBe('Get "http://10.0.0.9:9100/metrics": context deadline exceeded');
    expect(status!.lastScrapeDuration).toBe(5);
    expect([status!.scrapeInterval, status!.scrapeTimeout]).toEqual(['5s', '5s']);
    expect(status!.lastScrape).toBe('2026-03-13T10:00:00.000Z');
  });
});
