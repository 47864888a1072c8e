import { describe, expect, it } from 'vitest';
import { bundledScenario } from '../../testing/bundled.node';
import { testScenario, testScenarioDocument } from '../../testing/scenarios';
import type { LabReport } from '../timeline';
import { GOOD_CHECKOUT_RULE, NOISY_CHECKOUT_RULE } from './example-rules';
import { runRuleLab } from './lab';
import { baselineDocument } from './replay';

const scenario = bundledScenario('checkout-bad-deploy');
const SEED = scenario.doc.seed;
const WITHIN = 5 * 60_000;


const ok = (r: LabReport): Extract<LabReport, { ok: true }> => {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
};
const summary = (r: Extract<LabReport, { ok: true }>) => Object.fromEntries(r.checks.map((c) => [c.id, c.passed]));

describe('runRuleLab on checkout-bad-deploy', () => {
  const good = ok(runRuleLab(scenario, SEED, GOOD_CHECKOUT_RULE, { withinMs: WITHIN }));

  it('gives a good rule full marks: it fires within the window after the bad deploy and never in the baseline', () => {
    expect(summary(good)).toEqual({ recall: true, 'no-false-positives': true, 'for-duration': true, annotations: true });
    expect([good.score, good.max]).toEqual([100, 100]);
    expect(good.onsetMs).toBe(good.startUnixMs + 2 * 60_000);
    expect(good.baseline).toEqual([]);
    const spans = good.fault.find((tl) => tl.rule === 'CheckoutErrors')!.spans;
    expect(spans.map((s) => s.state)).toEqual(['pending', 'firing']);
    expect(spans[1]!.fromMs - spans[0]!.fromMs).toBe(60_000);
    expect(good.checks[0]!.detail).toMatch(/^CheckoutErrors fired \d+m(\d+s)? after the fault started \(limit 5m\)\.$/);
    expect(good.rules).toEqual([{ name: 'CheckoutErrors', kind: 'alert', health: 'ok' }]);
  });

  it('scores a noisy rule without for or annotations lower, and says why', () => {
    const bad = ok(runRuleLab(scenario, SEED, NOISY_CHECKOUT_RULE, { withinMs: WITHIN }));
    expect(summary(bad)).toEqual({ recall: false, 'no-false-positives': false, 'for-duration': false, annotations: false });
    expect(bad.score).toBeLessThan(good.score);
    expect(bad.baseline.length).toBeGreaterThan(0);
    expect(bad.checks.find((c) => c.id === 'no-false-positives')!.detail).toMatch(/^Fired (once|twice|\d+ times) in the fault-free baseline, (first )?at 10:\d\d:\d\d \(CheckoutErrors\)\./);
    expect(bad.checks.find((c) => c.id === 'for-duration')!.detail).toMatch(/^CheckoutErrors \(for: 0s\) waits less than 1m/);
  });

  it('is deterministic: the same inputs give the same report', () => {
    expect(JSON.stringify(runRuleLab(scenario, SEED, GOOD_CHECKOUT_RULE, { withinMs: WITHIN }))).toBe(JSON.stringify(good));
  });

  it('refuses a file without alerting rules, and reports a broken file by line', () => {
    const recordingOnly = runRuleLab(scenario, SEED, 'groups:\n  - name: g\n    rules:\n      - record: x:y\n        expr: up\n', { withinMs: WITHIN, file: 'mine.yml' });
    expect(recordingOnly).toEqual({ ok: false, problems: [{ file: 'mine.yml', reason: expect.stringMatching(/^no alerting rules/) }] });
    const broken = runRuleLab(scenario, SEED, 'groups:\n  - name: g\n    rules:\n      - alert: X\n        expr: up ==\n', { withinMs: WITHIN, file: 'mine.yml' });
    expect(!broken.ok && broken.problems.map((p) => [p.file, p.line])).toEqual([['mine.yml', 5]]);
  });
});

describe('red herrings', () => {
  const faults = [
    { id: 'launch', kind: 'traffic-spike', target: 'api', trigger: { at: '1m' }, params: { factor: 3, ramp: '30s' }, red_herring: true },
    { id: 'incident', kind: 'bad-deploy', target: 'api', trigger: { at: '5m' }, params: { version: 'v2', error_ratio: 0.5 } },
  ];

  it('stay in the baseline; only the incident faults go', () => {
    const doc = testScenarioDocument({ faults });
    expect(baselineDocument(doc).faults.map((f) => f.id)).toEqual(['launch']);
    expect(doc.faults.map((f) => f.id)).toEqual(['launch', 'incident']);
  });

  it('do not mark the onset, and a rule that pages on one fires in the baseline too', () => {
    const traffic = `groups:
  - name: g
    rules:
      - alert: TrafficHigh
        expr: sum by (service) (rate(http_requests_total{service="api"}[1m])) > 45
        for: 1m
        annotations: { summary: busy, runbook_url: https://r.invalid/traffic }
`;
    const r = ok(runRuleLab(testScenario({ faults }), 7, traffic, { withinMs: WITHIN }));
    expect(r.onsetMs).toBe(r.startUnixMs + 5 * 60_000);
    expect(r.baseline.map((tl) => tl.rule)).toEqual(['TrafficHigh']);
    expect(summary(r)).toMatchObject({ recall: false, 'no-false-positives': false });
  });
});
