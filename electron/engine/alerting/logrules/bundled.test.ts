import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scenarioSchema } from '../../scenario';
import { Simulation } from '../../sim/simulation';
import type { SimMillis } from '../../sim/clock';
import { storeQueryable } from '../../tsdb';
import { parseLogRuleFile } from './log-rule-file';
import { LogRuleGroupEvaluator } from './log-rule-group';

const DIR = new URL('../../../../scenarios/checkout-bad-deploy/', import.meta.url);
const MIN = 60_000;
/** The scenario's bad deploy starts at 2m (scenario.yaml, fault `bad-deploy`). */
const ONSET = 2 * MIN;

describe('scenarios/checkout-bad-deploy/log-rules.yml', () => {
  const parsed = parseLogRuleFile(readFileSync(new URL('log-rules.yml', DIR), 'utf8'), 'log-rules.yml');

  it('parses', () => {
    expect(parsed).toMatchObject({ ok: true, groups: [{ name: 'checkout-logs', rules: [{ name: 'CheckoutErrorLogBurst' }] }] });
  });

  it('is silent before the bad deploy and fires within 5 minutes of it, on the real simulation', () => {
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const doc = scenarioSchema.parse(parse(readFileSync(new URL('scenario.yaml', DIR), 'utf8')));
    const sim = new Simulation(doc, doc.seed);
    const epoch = sim.world.startUnixMs;
    const group = new LogRuleGroupEvaluator(parsed.groups[0]!, {
      logs: () => sim.logs,
      queryable: storeQueryable(sim.store, epoch),
      append: (labels, tMs, value) => sim.store.append(sim.store.ref(labels), tMs - epoch, value),
    });
    const interval = parsed.groups[0]!.intervalMs ?? sim.intervalMs;
    let firedAt: number | undefined;
    let pendingAt: number | undefined;
    for (let t = 0; t <= ONSET + 5 * MIN && firedAt === undefined; t += 1000) {
      sim.tick(t as SimMillis);
      if (t % interval !== 0) continue;
      group.eval(epoch + t);
      const alerts = group.alerts();
      if (t < ONSET) expect(alerts, `at ${t / 1000}s`).toEqual([]);
      if (pendingAt === undefined && alerts.some((a) => a.state === 'pending')) pendingAt = t;
      const firing = alerts.find((a) => a.state === 'firing');
      if (firing) {
        firedAt = t;
        expect(firing.labels).toEqual({ alertname: 'CheckoutErrorLogBurst', service: 'checkout', service_name: 'checkout', severity: 'ticket', team: 'checkout' });
        expect(firing.value).toBeGreaterThan(100);
        expect(firing.annotations.summary).toBe(`${firing.value} error log lines from checkout in the last minute`);
      }
    }
    expect(firedAt).toBeDefined();
    // Pending once the minute's count passes 100 after the deploy, firing exactly `for: 1m` later.
    expect(pendingAt).toBeGreaterThanOrEqual(ONSET);
    expect(firedAt! - pendingAt!).toBe(MIN);
  });
});
