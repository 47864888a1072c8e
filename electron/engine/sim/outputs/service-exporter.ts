import type { SeriesStore } from '../../tsdb';
import type { Instance, ServiceState, World } from '../world';
import { ipFor, LATENCY_BUCKETS } from '../world';
import { podMetaLabels } from './pod-discovery';
import type { ScrapeTarget, TargetDiscovery } from './target';
import { TargetSeries } from './target';

/** The status code each outcome a pod counts is answered with. */
const STATUS = { ok: '200', clientError: '429', serverError: '500', unavailable: '503', timeout: '504' } as const;

/**
 * A service pod's /metrics, as the Prometheus client libraries expose it: request counters and latency
 * histograms per route, process metrics, and the database pool gauges. A pod that is not running fails its
 * scrape (`up` 0, its other series stale); a pod that is gone leaves the target list.
 */
export function serviceTarget(store: SeriesStore, service: ServiceState, instance: Instance, phaseMs: number, firstAt: number): ScrapeTarget {
  const address = `${ipFor(instance.name)}:8080`;
  const series = new TargetSeries(store, {
    job: service.spec.name,
    instance: address,
    namespace: service.spec.namespace,
    pod: instance.name,
    service: service.spec.name,
  });
  const up = series.slot('up');
  const routes = service.spec.routes.map((route) => {
    const labels = { method: route.method, route: route.path };
    return {
      ok: series.slot('http_requests_total', { ...labels, status: STATUS.ok }),
      clientError: series.slot('http_requests_total', { ...labels, status: STATUS.clientError }),
      serverError: series.slot('http_requests_total', { ...labels, status: STATUS.serverError }),
      unavailable: series.slot('http_requests_total', { ...labels, status: STATUS.unavailable }),
      timeout: series.slot('http_requests_total', { ...labels, status: STATUS.timeout }),
      buckets: LATENCY_BUCKETS.map((le) => series.slot('http_request_duration_seconds_bucket', { ...labels, le: String(le) })),
      inf: series.slot('http_request_duration_seconds_bucket', { ...labels, le: '+Inf' }),
      sum: series.slot('http_request_duration_seconds_sum', labels),
      count: series.slot('http_request_duration_seconds_count', labels),
    };
  });
  const cpu = series.slot('process_cpu_seconds_total');
  const rss = series.slot('process_resident_memory_bytes');
  const start = series.slot('process_start_time_seconds');
  const pools = [...service.poolSize.keys()].map((datastore) => ({
    datastore,
    used: series.slot('db_client_connections_usage', { pool_name: datastore, state: 'used' }),
    idle: series.slot('db_client_connections_usage', { pool_name: datastore, state: 'idle' }),
    max: series.slot('db_client_connections_max', { pool_name: datastore }),
    pending: series.slot('db_client_connections_pending_requests', { pool_name: datastore }),
  }));
  const target: ScrapeTarget = {
    job: service.spec.name,
    instance: address,
    phaseMs,
    nextScrapeAt: firstAt,
    describe(world: World): TargetDiscovery | undefined {
      const current = world.services.get(service.spec.name)?.instances.find((i) => i.name === instance.name);
      if (!current) return undefined;
      return { labels: series.targetLabels, address, meta: podMetaLabels(service, current), seriesCount: series.seriesCount };
    },
    scrape(world: World, t: number): boolean {
      const current = world.services.get(service.spec.name)!.instances.find((i) => i.name === instance.name);
      if (!current) {
        series.markStale(t);
        return false;
      }
      if (current.status !== 'Running') {
        // Nothing listens on the port while the container is not running.
        target.failure = 'refused';
        series.markStale(t, up);
        series.write(up, t, 0);
        return true;
      }
      target.failure = undefined;
      series.write(up, t, 1);
      // Plain loops and direct field reads: this is the hottest loop of the scrape path.
      for (let r = 0; r < routes.length; r++) {
        const route = routes[r]!;
        const c = current.counters[r]!;
        series.write(route.ok, t, Math.floor(c.ok));
        series.write(route.clientError, t, Math.floor(c.clientError));
        series.write(route.serverError, t, Math.floor(c.serverError));
        series.write(route.unavailable, t, Math.floor(c.unavailable));
        series.write(route.timeout, t, Math.floor(c.timeout));
        for (let b = 0; b < route.buckets.length; b++) series.write(route.buckets[b]!, t, Math.floor(c.buckets[b]!));
        const total = Math.floor(c.ok + c.clientError + c.serverError + c.unavailable + c.timeout);
        series.write(route.inf, t, total);
        series.write(route.sum, t, c.durationSum);
        series.write(route.count, t, total);
      }
      series.write(cpu, t, current.cpuSeconds);
      series.write(rss, t, Math.round(current.rssBytes));
      series.write(start, t, (world.startUnixMs + current.startedAt) / 1000);
      for (const pool of pools) {
        const size = world.services.get(service.spec.name)!.poolSize.get(pool.datastore) ?? 0;
        const store = world.datastores.get(pool.datastore)!;
        const share = store.activeConnections + store.idleConnections > 0 ? store.activeConnections / (store.activeConnections + store.idleConnections) : 0;
        const used = Math.min(size, Math.round(current.leakedConnections + (size - current.leakedConnections) * share));
        series.write(pool.used, t, used);
        series.write(pool.idle, t, Math.max(0, size - used));
        series.write(pool.max, t, size);
        series.write(pool.pending, t, Math.round(store.waitingConnections / Math.max(1, world.services.get(service.spec.name)!.instances.length)));
      }
      return true;
    },
  };
  return target;
}
