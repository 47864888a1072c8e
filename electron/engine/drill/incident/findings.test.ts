import { describe, expect, it } from 'vitest';
import { Simulation } from '../../sim/simulation';
import { bundledScenario } from '../../testing/bundled.node';
import { instantQuery } from '../../promql/engine';
import { parseExpr } from '../../promql/parser';
import { storeQueryable } from '../../tsdb/queryable';
import { fault, increase, runTo } from '../../testing/sim-probe';
import { freshIncident } from './chat-test-support';
import { MINUTE, perform, probeAt } from './sim-test-support';

function simulationOf(id: string): Simulation {
  const scenario = bundledScenario(id);
  return new Simulation(scenario.doc, scenario.doc.seed);
}

/** A service's 5xx share over the last 5m, written apart from the teammate's query (one service, no `by`). */
function errorRatio(sim: Simulation, service: string, t: number): number {
  const expr = `sum(rate(http_requests_total{service="${service}", status=~"5.."}[5m])) / sum(rate(http_requests_total{service="${service}"}[5m]))`;
  const value = instantQuery(storeQueryable(sim.store, sim.world.startUnixMs), parseExpr(expr), sim.world.startUnixMs + t);
  if (value.type !== 'vector') throw new Error('expected a vector');
  return value.samples[0]!.v;
}

/** The "NN%" a finding states after `label`, as a ratio. */
function statedRatio(text: string, label: string): number {
  const match = new RegExp(`${label} (\\d+(?:\\.\\d+)?)%`).exec(text);
  if (!match) throw new Error(`no "${label} N%" in: ${text}`);
  return Number(match[1]) / 100;
}

/**
 * The read-only checks of checkout-bad-deploy share one simulation: each report is taken as the run reaches
 * its moment (the world moves on afterwards, but PromQL and log searches at a past moment see only the past).
 */
describe('investigations on checkout-bad-deploy (a bad release at 2m)', () => {
  const sim = simulationOf('checkout-bad-deploy');
  const at1 = probeAt(sim, MINUTE);
  const before = { service: perform(at1, 'check-service', 'checkout'), anyService: perform(at1, 'check-service'), deploys: perform(at1, 'check-deploys') };
  const at5 = probeAt(sim, 5 * MINUTE);
  const during = { service: perform(at5, 'check-service', 'checkout'), deploys: perform(at5, 'check-deploys', 'checkout'), logs: perform(at5, 'check-logs') };
  const at6 = probeAt(sim, 6 * MINUTE);
  const later = {
    anyService: perform(at6, 'check-service'),
    payments: perform(at6, 'check-service', 'payments'),
    database: perform(at6, 'check-database', 'orders-db'),
    hosts: perform(at6, 'check-hosts'),
  };

  it('at 1m reports checkout healthy, with the ratio the data gives', () => {
    expect(before.service.text).toMatch(/^checkout looks healthy/);
    expect(statedRatio(before.service.text, '5xx ratio')).toBeCloseTo(errorRatio(sim, 'checkout', MINUTE), 3);
  });

  it('at 5m reports an elevated error ratio equal to an independent query, and counters confirm it', () => {
    const expected = errorRatio(sim, 'checkout', 5 * MINUTE);
    expect(during.service.text).toMatch(/^checkout is unhealthy/);
    // The text rounds to whole percent above 10%.
    expect(Math.abs(statedRatio(during.service.text, '5xx ratio') - expected)).toBeLessThanOrEqual(0.005);
    // The raw counters over the same 5 minutes give the same share within rate()'s extrapolation.
    const failed = ['500', '503', '504'].reduce((n, status) => n + increase(sim, 'http_requests_total', { service: 'checkout', status }, 0, 5 * MINUTE), 0);
    const all = increase(sim, 'http_requests_total', { service: 'checkout' }, 0, 5 * MINUTE);
    expect(expected).toBeGreaterThan(0.05);
    expect(Math.abs(expected - failed / all)).toBeLessThan(0.02);
    expect(during.service.queries).toContain('sum by (service) (rate(http_requests_total{status=~"5.."}[5m])) / sum by (service) (rate(http_requests_total[5m]))');
  });

  it('without a target, picks the service failing most and says so; before the fault nothing stands out', () => {
    expect(later.anyService.text).toMatch(/^The worst service is checkout\. checkout is unhealthy/);
    expect(before.anyService.text).toMatch(/^No service stands out; the highest 5xx ratio is \w+'s\. \w+ looks healthy: 5xx ratio 0\.\d%/);
  });

  it('finds payments healthy while checkout burns (a bystander is not blamed)', () => {
    expect(later.payments.text).toMatch(/^payments looks healthy: .*\(next worst: checkout \d+%\)/);
  });

  it('check-database on orders-db (a red herring here) finds nothing wrong, with the connection numbers', () => {
    const inUse = at6.query('sum(pg_stat_activity_count{instance="orders-db:9187"})')[0]!.value;
    expect(later.database.text).toMatch(/^orders-db looks healthy\./);
    expect(later.database.text).toContain(`${Math.round(inUse)} of 200 connections in use`);
  });

  it('check-hosts finds the nodes healthy and names each', () => {
    expect(later.hosts.text).toMatch(/^The nodes look healthy: db-1 CPU .*; node-a CPU .*; node-b CPU/);
  });

  it('check-deploys names v2.4.0, its author and summary after the fault, and no recent deploy before it', () => {
    expect(before.deploys.text).toBe('No deploys in the last hour. The latest: checkout v2.3.0 deployed 2d ago by marco — "checkout: retry card declines once".');
    expect(during.deploys.text).toBe(
      'checkout v2.4.0 deployed 3m ago by dana — "checkout: new order total calculation" (previous: v2.3.0, 2d ago by marco). This is recent.',
    );
  });

  it('check-logs counts the error logs of the last 10 minutes and quotes checkout’s commonest error', () => {
    const total = at5.logs('log.level:error', 10 * MINUTE).total;
    expect(during.logs.text.startsWith(`${total} error logs in the last 10 minutes (checkout `)).toBe(true);
    expect(during.logs.text).toMatch(/Most common on checkout: ".*order total is null"/);
    expect(during.logs.queries).toEqual(['log.level:error', 'log.level:error and service.name:"checkout"']);
  });
});

describe('rollback by the operations lead', () => {
  it('runs the rollback operation: checkout goes back to v2.3.0 and the bad-deploy fault clears', () => {
    const sim = simulationOf('checkout-bad-deploy');
    const report = perform(probeAt(sim, 5 * MINUTE), 'rollback', 'checkout');
    expect(report.text).toMatch(/^Ran kubectl rollout undo deployment\/checkout -n shop: deployment\.apps\/checkout rolled back\. v2\.4\.0 → v2\.3\.0\./);
    expect(report.queries).toEqual(['kubectl rollout undo deployment/checkout -n shop']);
    expect(fault(sim, 'bad-deploy').state).toBe('active');
    runTo(sim, 7 * MINUTE);
    expect(fault(sim, 'bad-deploy').state).toBe('cleared');
    expect(new Set(sim.world.services.get('checkout')!.instances.map((i) => i.version))).toEqual(new Set(['v2.3.0']));
    // Once the 5m window holds only the good version, a check finds checkout healthy again.
    expect(perform(probeAt(sim, 13 * MINUTE), 'check-service', 'checkout').text).toMatch(/^checkout looks healthy/);
  });

  it('without a target rolls back the service with the worst error ratio', () => {
    const sim = simulationOf('checkout-bad-deploy');
    const report = perform(probeAt(sim, 5 * MINUTE), 'rollback');
    expect(report.text).toMatch(/^checkout had the worst 5xx ratio \(\d+%\), so I picked it\. Ran kubectl rollout undo/);
    expect(sim.world.services.get('checkout')!.rollout?.toVersion).toBe('v2.3.0');
  });

  it('restarts a deployment with the restart operation (same version, new pods)', () => {
    const sim = simulationOf('checkout-bad-deploy');
    const report = perform(probeAt(sim, MINUTE), 'restart', 'payments');
    expect(report.text).toMatch(/^Ran kubectl rollout restart deployment\/payments -n shop: deployment\.apps\/payments restarted\. Rolling 2 pods to v5\.1\.2/);
  });
});

describe('search on sale day: the CPU-hungry release, not the traffic spike', () => {
  it('finds search unhealthy and its v3.8.0 release by omar', () => {
    const sim = simulationOf('sale-day-search');
    const probe = probeAt(sim, 8 * MINUTE);
    expect(perform(probe, 'check-service').text).toMatch(/^The worst service is search\. search is unhealthy/);
    expect(perform(probe, 'check-deploys').text).toMatch(/search v3\.8\.0 deployed \dm ago by omar/);
  });

  it('checks the sessions cache through redis_exporter', () => {
    const sim = simulationOf('sale-day-search');
    const report = perform(probeAt(sim, 3 * MINUTE), 'check-database', 'sessions');
    expect(report.text).toMatch(/^sessions looks healthy: hit ratio 9\d(\.\d)?% over the last 5m, \d+ clients connected\.$/);
  });
});

describe('post-update drafts an update from the incident for both channels', () => {
  it('carries severity, status and impact, the team’s recent findings, and the cadence as the next update', () => {
    const sim = simulationOf('checkout-bad-deploy');
    const probe = probeAt(sim, 6 * MINUTE);
    const incident = freshIncident({
      declared: true,
      severity: 'SEV2',
      status: 'identified',
      impact: 'A third of checkouts fail',
      messages: [
        { id: 'm3', channel: 'incident', at: (5 * MINUTE) as never, author: { kind: 'teammate', id: 'marco', name: 'Marco Díaz' }, text: 'checkout is unhealthy: 5xx ratio 30%. More detail.', kind: 'finding' },
      ],
    });
    const report = perform(probe, 'post-update', undefined, incident, 20 * MINUTE);
    expect(report.channels).toEqual(['incident', 'stakeholders']);
    expect(report.update).toMatchObject({ kind: 'initial', severity: 'SEV2', status: 'identified', impact: 'A third of checkouts fail', nextUpdateIn: '20m' });
    expect(report.update!.actions).toBe('We have identified the cause and are working on a fix. Findings so far — Marco Díaz: checkout is unhealthy: 5xx ratio 30%.');
    expect(report.text).toBe('Posted the initial report to the incident and stakeholder channels (next update in 20m).');
  });

  it('is a follow-up update once one was posted', () => {
    const sim = simulationOf('checkout-bad-deploy');
    const report = perform(probeAt(sim, MINUTE), 'post-update', undefined, freshIncident({ declared: true, severity: 'SEV1', lastUpdateAt: 0 as never }), 10 * MINUTE);
    expect(report.update).toMatchObject({ kind: 'update', severity: 'SEV1', nextUpdateIn: '10m' });
  });
});

describe('restarting a database', () => {
  it('restarts the Postgres primary through the restart-db operation: it goes down, then comes back', () => {
    const sim = simulationOf('checkout-bad-deploy');
    const report = perform(probeAt(sim, MINUTE), 'restart', 'orders-db');
    expect(report.queries).toEqual(['ssh db-1 sudo systemctl restart postgresql']);
    expect(report.text).toMatch(/^Ran ssh db-1 sudo systemctl restart postgresql: waiting for server to shut down\.\.\.\. done; server stopped; .*\. Queries to orders-db fail until it is back up\.$/);
    expect(sim.world.datastores.get('orders-db')!.up).toBe(false);
    runTo(sim, 3 * MINUTE);
    expect(sim.world.datastores.get('orders-db')!.up).toBe(true);
  });
});
