import type { SeriesStore } from '../../tsdb';
import { hashString } from '../rng';
import type { CertificateState, ServiceState, World } from '../world';
import { ipFor } from '../world';
import type { Collector } from './dynamic-series';
import { DynamicSeries, exporterTarget } from './dynamic-series';
import { registerExporter } from './scraper';
import type { ScrapeTarget } from './target';

/** A probe's small, fixed-by-time variation in [0, 1): the same scrape always measures the same. */
function jitter(key: string, t: number): number {
  return hashString(`${key}@${t}`) / 2 ** 32;
}

/** The cluster DNS name of a service (external ones are ExternalName services, so they have one too). */
export function serviceDnsName(service: ServiceState): string {
  return `${service.spec.name}.${service.spec.namespace}.svc.cluster.local`;
}

/** Where the blackbox exporter listens: each probe is a scrape of it with the probed target as a parameter. */
const EXPORTER_ADDRESS = `${ipFor('blackbox-exporter')}:9115`;

/** A probe's discovery as the usual blackbox relabelling leaves it: `__address__` becomes `target`. */
function probeDiscovery(instance: string, module: string): Collector['discovery'] {
  return { address: EXPORTER_ADDRESS, discoveredAddress: instance, metricsPath: '/probe', params: { module, target: instance } };
}

/** What the edge answers an HTTPS probe with: 503 when no entry service has a ready pod. */
function edgeStatus(world: World): { status: number; latency: number } {
  let entries = 0;
  let serving = 0;
  let latency = 0;
  for (const service of world.services.values()) {
    if (!service.spec.traffic) continue;
    entries++;
    if (service.spec.external || service.instances.some((i) => i.ready)) {
      serving++;
      latency = Math.max(latency, service.latencySeconds);
    }
  }
  return { status: entries === 0 || serving > 0 ? 200 : 503, latency };
}

/**
 * blackbox_exporter probing a certificate's HTTPS endpoint (module `http_2xx`, instance `https://<name>`).
 * An expired certificate fails the TLS handshake: no HTTP status, no certificate expiry reported.
 */
function certificateProbe(store: SeriesStore, cert: CertificateState, phaseMs: number, firstAt: number): ScrapeTarget {
  const instance = `https://${cert.name}`;
  const series = new DynamicSeries(store, { job: 'blackbox', instance, module: 'http_2xx' });
  const success = series.slot('probe_success');
  const status = series.slot('probe_http_status_code');
  const ssl = series.slot('probe_http_ssl');
  const expiry = series.slot('probe_ssl_earliest_cert_expiry');
  const duration = series.slot('probe_duration_seconds');
  return exporterTarget(series, phaseMs, firstAt, {
    discovery: probeDiscovery(instance, 'http_2xx'),
    collect(world: World, t: number): void {
      const state = world.certificates.get(cert.name)!;
      const handshake = 0.012 + 0.006 * jitter(instance, t);
      if (state.expiresAtUnixMs <= world.startUnixMs + t) {
        series.write(success, t, 0);
        series.write(status, t, 0);
        series.write(ssl, t, 0);
        series.write(duration, t, handshake);
        return;
      }
      const edge = edgeStatus(world);
      series.write(success, t, edge.status < 400 ? 1 : 0);
      series.write(status, t, edge.status);
      series.write(ssl, t, 1);
      series.write(expiry, t, Math.floor(state.expiresAtUnixMs / 1000));
      series.write(duration, t, handshake + Math.min(edge.latency, 10));
    },
  });
}

/** blackbox_exporter resolving a service's DNS name (module `dns`): fails while the name does not resolve. */
function dnsProbe(store: SeriesStore, service: ServiceState, phaseMs: number, firstAt: number): ScrapeTarget {
  const instance = serviceDnsName(service);
  const series = new DynamicSeries(store, { job: 'blackbox', instance, module: 'dns' });
  const success = series.slot('probe_success');
  const lookup = series.slot('probe_dns_lookup_time_seconds');
  const duration = series.slot('probe_duration_seconds');
  return exporterTarget(series, phaseMs, firstAt, {
    discovery: probeDiscovery(instance, 'dns'),
    collect(world: World, t: number): void {
      const state = world.services.get(service.spec.name)!;
      const seconds = 0.0004 + 0.0008 * jitter(instance, t);
      series.write(success, t, state.mods.dnsBroken ? 0 : 1);
      series.write(lookup, t, seconds);
      series.write(duration, t, seconds + 0.0002);
    },
  });
}

registerExporter((store, world, phase, firstAt) => [
  ...[...world.certificates.values()].map((cert) => certificateProbe(store, cert, phase(`blackbox/https://${cert.name}`), firstAt)),
  ...[...world.services.values()].map((service) => dnsProbe(store, service, phase(`blackbox/${serviceDnsName(service)}`), firstAt)),
]);
