import { describe, expect, it } from 'vitest';
import { parseRuleFile } from '../rules';
import type { AlertingRule } from '../rules';
import type { AlertTimeline } from '../timeline';
import { labChecks } from './checks';

const at = (hhmmss: string): number => Date.UTC(2026, 2, 13, ...(hhmmss.split(':').map(Number) as [number, number, number]));
const ONSET = at('10:02:00');
const WITHIN = 5 * 60_000;

function rules(yaml: string): AlertingRule[] {
  const parsed = parseRuleFile(`groups:\n  - name: g\n    rules:\n${yaml}`, 'x.yml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.groups[0]!.rules as AlertingRule[];
}

const GOOD = rules(`      - alert: CheckoutErrors
        expr: up == 0
        for: 1m
        annotations: { summary: down, runbook_url: 'https://r.invalid/x' }
`);

const firing = (rule: string, from: string, to?: string): AlertTimeline => ({
  rule,
  labels: {},
  spans: [{ state: 'firing', fromMs: at(from), ...(to ? { toMs: at(to) } : {}) }],
});

const detail = (checks: ReturnType<typeof labChecks>, id: string) => checks.find((c) => c.id === id)!;

describe('labChecks', () => {
  it('gives full marks to a rule that fires soon after onset and never otherwise', () => {
    const checks = labChecks({ rules: GOOD, fault: [firing('CheckoutErrors', '10:03:45')], baseline: [], onsetMs: ONSET, withinMs: WITHIN });
    expect(checks.map((c) => [c.id, c.points, c.max])).toEqual([
      ['recall', 40, 40],
      ['no-false-positives', 30, 30],
      ['for-duration', 15, 15],
      ['annotations', 15, 15],
    ]);
    expect(detail(checks, 'recall').detail).toBe('CheckoutErrors fired 1m45s after the fault started (limit 5m).');
  });

  it('fails recall when the first alert after onset comes too late, or none does', () => {
    const late = labChecks({ rules: GOOD, fault: [firing('CheckoutErrors', '10:08:30')], baseline: [], onsetMs: ONSET, withinMs: WITHIN });
    expect(detail(late, 'recall')).toMatchObject({ passed: false, points: 0, detail: 'CheckoutErrors fired 6m30s after the fault started, too late (limit 5m).' });
    const none = labChecks({ rules: GOOD, fault: [], baseline: [], onsetMs: ONSET, withinMs: WITHIN });
    expect(detail(none, 'recall').detail).toBe('No alert began firing after the fault started at 10:02:00 (limit 5m).');
    const already = labChecks({ rules: GOOD, fault: [firing('CheckoutErrors', '10:00:00')], baseline: [], onsetMs: ONSET, withinMs: WITHIN });
    expect(detail(already, 'recall').detail).toBe(
      'No alert began firing after the fault started at 10:02:00 (limit 5m); CheckoutErrors was already firing before it, so it told you nothing new.',
    );
  });

  it('counts firings in the baseline and before onset as false positives', () => {
    const baseline = [firing('CheckoutErrors', '10:04:30', '10:05:00'), { ...firing('CheckoutErrors', '10:06:00', '10:07:00'), labels: { pod: 'b' } }, firing('Other', '10:09:00')];
    const checks = labChecks({ rules: GOOD, fault: [firing('CheckoutErrors', '10:01:00', '10:01:30')], baseline, onsetMs: ONSET, withinMs: WITHIN });
    expect(detail(checks, 'no-false-positives')).toMatchObject({
      passed: false,
      points: 0,
      detail: 'Fired 3 times in the fault-free baseline, first at 10:04:30 (CheckoutErrors). Also fired once before the fault started, at 10:01:00 (CheckoutErrors).',
    });
  });

  it('names each rule whose for is under a minute or which lacks summary or runbook_url', () => {
    const bad = rules(`      - alert: Fast
        expr: up == 0
        for: 30s
        annotations: { summary: down }
      - alert: Bare
        expr: up == 0
      - alert: Fine
        expr: up == 0
        for: 2m
        annotations: { summary: ok, runbook_url: 'https://r.invalid' }
`);
    const checks = labChecks({ rules: bad, fault: [], baseline: [], onsetMs: ONSET, withinMs: WITHIN });
    expect(detail(checks, 'for-duration').detail).toBe('Fast (for: 30s) and Bare (for: 0s) wait less than 1m: use for: 1m or more so a single noisy scrape cannot page.');
    expect(detail(checks, 'annotations').detail).toBe(
      'Fast lacks runbook_url; Bare lacks summary and runbook_url: a page should say what is wrong (summary) and where to start (runbook_url).',
    );
  });
});
