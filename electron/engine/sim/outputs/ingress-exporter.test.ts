import { describe, expect, it } from 'vitest';
import { ExporterHarness } from './exporter-fixture';

const WEB = { job: 'ingress-nginx', ingress: 'web', namespace: 'shop', service: 'web' };

/** Every status's count at the last scrape. */
function totals(h: ExporterHarness): Record<string, number> {
  return Object.fromEntries(h.all('nginx_ingress_controller_requests', WEB).map((s) => [s.labels.status!, s.values[s.length - 1]!]));
}

/** Ticks `seconds` and returns the requests the entry service received meanwhile. */
function run(h: ExporterHarness, seconds: number): number {
  let offered = 0;
  for (let i = 0; i < seconds; i++) {
    h.tick();
    offered += h.world.services.get('web')!.rps;
  }
  return offered;
}

describe('ingress-nginx', () => {
  it('counts the requests the entry service answered, by status', () => {
    const h = new ExporterHarness();
    h.tickUntilScraped('nginx_ingress_controller_requests', WEB);
    const before = totals(h);
    const offered = run(h, 300);
    h.tickUntilScraped('nginx_ingress_controller_requests', WEB);
    const after = totals(h);
    const served = Object.keys(after).reduce((n, status) => n + after[status]! - (before[status] ?? 0), 0);
    // Up to one tick of traffic may fall either side of the scrapes.
    expect(served).toBeGreaterThan(offered * 0.97);
    expect(served).toBeLessThan(offered * 1.05);
    expect((after['200']! - before['200']!) / served).toBeGreaterThan(0.99);
    expect(h.all('nginx_ingress_controller_requests').map((s) => s.labels.ingress)).not.toContain('api');
  });

  it('answers 503 for every request while the service has no ready endpoint', () => {
    const h = new ExporterHarness();
    h.tickUntilScraped('nginx_ingress_controller_requests', WEB);
    for (const pod of h.world.services.get('web')!.instances) Object.assign(pod, { status: 'CrashLoopBackOff', ready: false, nextAt: 3_600_000 });
    h.tick();
    h.tickUntilScraped('nginx_ingress_controller_requests', WEB);
    const before = totals(h);
    const offered = run(h, 120);
    h.tickUntilScraped('nginx_ingress_controller_requests', WEB);
    const after = totals(h);
    expect(after['200']).toBe(before['200']);
    expect(after['503']! - (before['503'] ?? 0)).toBeGreaterThan(offered * 0.95);
  });

  it('stands still while TLS is broken: no request reaches the controller', () => {
    const h = new ExporterHarness();
    h.world.certificates.get('shop.example.com')!.expiresAtUnixMs = h.world.startUnixMs - 1;
    h.tick(2);
    h.tickUntilScraped('nginx_ingress_controller_requests', WEB);
    const before = totals(h);
    run(h, 120);
    h.tickUntilScraped('nginx_ingress_controller_requests', WEB);
    expect(totals(h)).toEqual(before);
    expect(h.last('nginx_ingress_controller_ssl_expire_time_seconds', { host: 'shop.example.com' })).toBe(Math.floor((h.world.startUnixMs - 1) / 1000));
  });
});
