import { describe, expect, it } from 'vitest';
import { ExporterHarness } from './exporter-fixture';

const HTTPS = { job: 'blackbox', instance: 'https://shop.example.com', module: 'http_2xx' };
const DNS = { job: 'blackbox', instance: 'api.shop.svc.cluster.local', module: 'dns' };

describe('blackbox_exporter', () => {
  it('probes each certificate over HTTPS: success, status, and when it expires (unix seconds)', () => {
    const h = new ExporterHarness();
    h.tickUntilScraped('probe_success', HTTPS);
    const cert = h.world.certificates.get('shop.example.com')!;
    expect(h.last('up', HTTPS)).toBe(1);
    expect(h.last('probe_success', HTTPS)).toBe(1);
    expect(h.last('probe_http_status_code', HTTPS)).toBe(200);
    expect(h.last('probe_ssl_earliest_cert_expiry', HTTPS)).toBe(Math.floor(cert.expiresAtUnixMs / 1000));
    expect(h.last('probe_ssl_earliest_cert_expiry', HTTPS)).toBe(Date.parse('2026-04-12T10:00:00Z') / 1000);
    const duration = h.last('probe_duration_seconds', HTTPS);
    expect(duration).toBeGreaterThan(0.01);
    expect(duration).toBeLessThan(1);
  });

  it('fails the probe once the certificate has expired; the expiry series goes stale', () => {
    const h = new ExporterHarness();
    h.tickUntilScraped('probe_success', HTTPS);
    h.world.certificates.get('shop.example.com')!.expiresAtUnixMs = h.world.startUnixMs - 1;
    h.tickUntilScraped('probe_success', HTTPS);
    expect(h.last('up', HTTPS)).toBe(1);
    expect(h.last('probe_success', HTTPS)).toBe(0);
    expect(h.last('probe_http_status_code', HTTPS)).toBe(0);
    expect(h.isStale('probe_ssl_earliest_cert_expiry', HTTPS)).toBe(true);
  });

  it('answers 503 while the entry service has no ready pod', () => {
    const h = new ExporterHarness();
    for (const pod of h.world.services.get('web')!.instances) Object.assign(pod, { status: 'CrashLoopBackOff', ready: false, nextAt: 3_600_000 });
    h.tickUntilScraped('probe_success', HTTPS);
    expect(h.last('probe_http_status_code', HTTPS)).toBe(503);
    expect(h.last('probe_success', HTTPS)).toBe(0);
  });

  it('resolves every service name, external ones included, and fails while a name does not resolve', () => {
    const h = new ExporterHarness();
    h.tickUntilScraped('probe_success', DNS);
    const probed = h.all('probe_success', { module: 'dns' }).map((s) => s.labels.instance).sort();
    expect(probed).toEqual(['api', 'card-gateway', 'web', 'worker'].map((s) => `${s}.shop.svc.cluster.local`));
    expect(h.last('probe_success', DNS)).toBe(1);
    const lookup = h.last('probe_dns_lookup_time_seconds', DNS);
    expect(lookup).toBeGreaterThan(0);
    expect(lookup).toBeLessThan(0.01);
    h.world.services.get('api')!.mods.dnsBroken = true;
    h.tickUntilScraped('probe_success', DNS);
    expect(h.last('probe_success', DNS)).toBe(0);
    expect(h.last('probe_success', { ...DNS, instance: 'web.shop.svc.cluster.local' })).toBe(1);
  });
});
