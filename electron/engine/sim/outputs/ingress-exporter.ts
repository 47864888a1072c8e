import type { SeriesStore } from '../../tsdb';
import type { RouteCounters, World } from '../world';
import { ipFor } from '../world';
import { DynamicSeries, exporterTarget } from './dynamic-series';
import { registerExporter } from './scraper';
import type { ScrapeTarget } from './target';

/** The HTTP status the client gets for each outcome a pod counts. */
const STATUSES = [
  ['ok', '200'],
  ['clientError', '429'],
  ['serverError', '500'],
  ['unavailable', '503'],
  ['timeout', '504'],
] as const;
const UNAVAILABLE = 3;

/** What one pod had answered by the last tick, to count only what it answered since. */
type Seen = { counters: RouteCounters[]; totals: Float64Array };

function totals(counters: readonly RouteCounters[], into: Float64Array): void {
  into.fill(0);
  for (const c of counters) STATUSES.forEach(([field], k) => (into[k]! += c[field]));
}

/**
 * ingress-nginx's controller (job `ingress-nginx`): `nginx_ingress_controller_requests` per ingress (one
 * per entry service) and status. Counts accrue every tick from what the service's pods answered, plus 503s
 * while the service has no ready endpoint. While TLS is broken no request reaches the controller, so the
 * counters stand still. Entry services are assumed to take only edge traffic.
 */
export function ingressTarget(store: SeriesStore, world: World, phaseMs: number, firstAt: number): ScrapeTarget {
  const series = new DynamicSeries(store, { job: 'ingress-nginx', instance: `${ipFor('ingress-nginx-controller')}:10254` });
  const ingresses = [...world.services.values()]
    .filter((s) => s.spec.traffic && !s.spec.external)
    .map((s) => ({
      name: s.spec.name,
      labels: { ingress: s.spec.name, namespace: s.spec.namespace, service: s.spec.name },
      counts: new Float64Array(STATUSES.length),
      slots: new Array<number | undefined>(STATUSES.length).fill(undefined),
      seen: new Map<string, Seen>(),
    }));
  const certs = [...world.certificates.keys()].map((host) => ({ host, slot: series.slot('nginx_ingress_controller_ssl_expire_time_seconds', { host }) }));
  const delta = new Float64Array(STATUSES.length);
  return exporterTarget(series, phaseMs, firstAt, {
    observe(current: World, dtSec: number): void {
      for (const ingress of ingresses) {
        const service = current.services.get(ingress.name)!;
        let ready = 0;
        for (const instance of service.instances) {
          if (instance.ready) ready++;
          let seen = ingress.seen.get(instance.name);
          if (!seen) {
            seen = { counters: instance.counters, totals: new Float64Array(STATUSES.length) };
            ingress.seen.set(instance.name, seen);
          } else if (seen.counters !== instance.counters) {
            // A restarted process counts from zero.
            seen.counters = instance.counters;
            seen.totals.fill(0);
          }
          totals(instance.counters, delta);
          for (let k = 0; k < STATUSES.length; k++) {
            ingress.counts[k]! += Math.max(0, delta[k]! - seen.totals[k]!);
            seen.totals[k] = delta[k]!;
          }
        }
        if (ready === 0) ingress.counts[UNAVAILABLE]! += service.rps * dtSec;
        if (ingress.seen.size > service.instances.length) {
          for (const name of ingress.seen.keys()) if (!service.instances.some((i) => i.name === name)) ingress.seen.delete(name);
        }
      }
    },
    collect(current: World, t: number): void {
      for (const ingress of ingresses) {
        STATUSES.forEach(([, status], k) => {
          const count = Math.floor(ingress.counts[k]!);
          // The controller has a series for a status once it has answered one.
          if (count === 0 && ingress.slots[k] === undefined) return;
          ingress.slots[k] ??= series.slot('nginx_ingress_controller_requests', { ...ingress.labels, status });
          series.write(ingress.slots[k], t, count);
        });
      }
      for (const cert of certs) series.write(cert.slot, t, Math.floor(current.certificates.get(cert.host)!.expiresAtUnixMs / 1000));
    },
  });
}

registerExporter((store, world, phase, firstAt) => ([...world.services.values()].some((s) => s.spec.traffic && !s.spec.external) ? [ingressTarget(store, world, phase('ingress-nginx'), firstAt)] : []));
