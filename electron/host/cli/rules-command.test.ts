import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GOOD_CHECKOUT_RULE, NOISY_CHECKOUT_RULE } from '../../engine/alerting/lab/example-rules';
import { runCli } from './cli-testing';

const BUNDLED_TEST = fileURLToPath(new URL('../../../scenarios/checkout-bad-deploy/rules.test.yml', import.meta.url));
const BUNDLED_SCENARIO = fileURLToPath(new URL('../../../scenarios/checkout-bad-deploy', import.meta.url));
const PROMTOOL = '/usr/bin/promtool';

const cli = runCli;

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'firedrill-rules-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const RULES = `groups:
  - name: g
    rules:
      - record: job:up:sum
        expr: sum by (job) (up)
      - alert: Down
        expr: up == 0
        labels: { severity: page }
        annotations: { summary: '{{ $labels.instance }} down ({{ $value }})' }
`;

/** Passes its first test group and fails its second twice (an alert test and a PromQL test). */
const TESTS = `rule_files: [rules.yml]
tests:
  - interval: 1m
    input_series:
      - series: 'up{job="a",instance="i1"}'
        values: '1 1 0 0 0'
    alert_rule_test:
      - eval_time: 1m
        alertname: Down
        exp_alerts: []
      - eval_time: 2m
        alertname: Down
        exp_alerts:
          - exp_labels: { instance: i1, job: a, severity: page }
            exp_annotations: { summary: 'i1 down (0)' }
  - interval: 1m
    input_series:
      - series: 'up{job="a",instance="i1"}'
        values: '1 1 0 0 0'
      - series: 'up{job="a",instance="i2"}'
        values: '0 0 0 0 0'
    alert_rule_test:
      - eval_time: 2m
        alertname: Down
        exp_alerts:
          - exp_labels: { instance: i2, job: a, severity: page }
            exp_annotations: { summary: 'i2 down (0)' }
    promql_expr_test:
      - expr: job:up:sum
        eval_time: 1m
        exp_samples:
          - labels: 'job:up:sum{job="a"}'
            value: 2
`;

/** What promtool 2.42 prints for the second test group (checked against /usr/bin/promtool). */
const PROMTOOL_FAILURES = [
  '    alertname: Down, time: 2m, ',
  '        exp:[',
  '            0:',
  '              Labels:{alertname="Down", instance="i2", job="a", severity="page"}',
  '              Annotations:{summary="i2 down (0)"}',
  '            ], ',
  '        got:[',
  '            0:',
  '              Labels:{alertname="Down", instance="i1", job="a", severity="page"}',
  '              Annotations:{summary="i1 down (0)"},',
  '            1:',
  '              Labels:{alertname="Down", instance="i2", job="a", severity="page"}',
  '              Annotations:{summary="i2 down (0)"}',
  '            ]',
  '    expr: "job:up:sum", time: 1m,',
  '        exp: {__name__="job:up:sum", job="a"} 2E+00',
  '        got: {__name__="job:up:sum", job="a"} 1E+00',
];

function writeFiles(tests = TESTS, rules = RULES): string {
  writeFileSync(join(tmp, 'rules.yml'), rules);
  const file = join(tmp, 'rules.test.yml');
  writeFileSync(file, tests);
  return file;
}

describe('firedrill rules test', () => {
  it('passes the bundled checkout-bad-deploy rule tests', async () => {
    const { code, out } = await cli('rules', 'test', BUNDLED_TEST);
    expect(out).toEqual([`Unit Testing: ${BUNDLED_TEST}`, '  SUCCESS', '4 passed, 0 failed']);
    expect(code).toBe(0);
  });

  it("reports a failing test group in promtool's wording and exits 1", async () => {
    const file = writeFiles();
    const { code, out } = await cli('rules', 'test', file);
    expect(code).toBe(1);
    expect(out.join('\n')).toBe(
      [`Unit Testing: ${file}`, `  FAILED: test 2 at ${file}:16`, ...PROMTOOL_FAILURES, '', '1 passed, 1 failed'].join('\n'),
    );
  });

  it('reports an invalid test file and an invalid rule file with file and line', async () => {
    const bad = writeFiles(TESTS.replace('interval: 1m', 'intervall: 1m'));
    let r = await cli('rules', 'test', bad);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([`Unit Testing: ${bad}`, '  FAILED:', `    ${bad}:3: field intervall not found in a test group`, '0 passed, 0 failed']);

    writeFiles(TESTS, RULES.replace('expr: up == 0', 'expr: up ==== 0'));
    r = await cli('rules', 'test', bad);
    expect(r.code).toBe(1);
    expect(r.out[1]).toBe('  FAILED:');
    expect(r.out[2]).toMatch(new RegExp(`^ {4}${join(tmp, 'rules.yml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:7: `));

    r = await cli('rules', 'test', join(tmp, 'missing.yml'));
    expect(r.code).toBe(1);
    expect(r.out[2]).toMatch(/missing\.yml: ENOENT/);
  });

  it('needs at least one file', async () => {
    expect((await cli('rules', 'test')).code).toBe(2);
  });
});

/** Runs `firedrill rules lab <positionals…> <flags…>` through the CLI's entry point. */
const lab = (positionals: string[], ...flags: string[]) => cli('rules', 'lab', ...positionals, ...flags);


describe('firedrill rules lab', () => {
  const write = (name: string, text: string): string => {
    const file = join(tmp, name);
    writeFileSync(file, text);
    return file;
  };

  it('prints the checks, both runs\' timelines and the score of a good rule', async () => {
    const file = write('good.yml', GOOD_CHECKOUT_RULE);
    const { code, out, err } = await lab([BUNDLED_SCENARIO, file]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out[0]).toBe(`alert-rule lab: ${file} on checkout-bad-deploy (seed 20260313), 10:00:00–10:15:00`);
    expect(out[1]).toBe('the fault starts at 10:02:00; an alert should fire by 10:07:00');
    expect(out.slice(3, 7).map((l) => l.slice(0, 29))).toEqual([
      '✓ recall              40/40  ',
      '✓ no-false-positives  30/30  ',
      '✓ for-duration        15/15  ',
      '✓ annotations         15/15  ',
    ]);
    expect(out[3]).toMatch(/ {2}CheckoutErrors fired \d+m(\d+s)? after the fault started \(limit 5m\)\.$/);
    const fault = out.indexOf('with the fault:');
    expect(out[fault + 1]).toBe('  CheckoutErrors{service="checkout",severity="page"}');
    expect(out[fault + 2]).toMatch(/^ {4}10:0\d:\d\d–10:0\d:\d\d pending$/);
    expect(out[fault + 3]).toMatch(/^ {4}10:0\d:\d\d–10:15:00 firing \(until the end\)$/);
    expect(out.slice(fault + 4)).toEqual(['fault-free baseline:', '  (no alert was pending or firing)', '', 'score: 100/100']);
  });

  it('scores a noisy rule without for or annotations lower (--json prints the LabReport)', async () => {
    const file = write('bad.yml', NOISY_CHECKOUT_RULE);
    const { code, out } = await lab([BUNDLED_SCENARIO, file], '--seed', '20260313', '--within', '5m', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out.join('\n'));
    expect(report).toMatchObject({ ok: true, scenario: 'checkout-bad-deploy', seed: 20260313, withinMs: 300_000, max: 100 });
    expect(report.score).toBeLessThan(100);
    expect(report.checks.map((c: { id: string; passed: boolean }) => [c.id, c.passed])).toEqual([
      ['recall', false],
      ['no-false-positives', false],
      ['for-duration', false],
      ['annotations', false],
    ]);
    expect(report.baseline.length).toBeGreaterThan(0);
  });

  it('reports a broken rule file by line, and a file without alerts, with exit 1', async () => {
    const broken = write('broken.yml', 'groups:\n  - name: g\n    rules:\n      - alert: X\n        expr: rate(errors[5m]\n');
    let r = await lab([BUNDLED_SCENARIO, broken]);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err[0]).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5: group g, rule X: could not parse expression`));

    const recordingOnly = write('record.yml', 'groups:\n  - name: g\n    rules:\n      - record: x:y\n        expr: up\n');
    r = await lab([BUNDLED_SCENARIO, recordingOnly]);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([`${recordingOnly}: no alerting rules: the lab scores alerts, so add at least one rule with \`alert:\` (recording rules may feed it)`]);

    r = await lab([BUNDLED_SCENARIO, join(tmp, 'missing.yml')]);
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/missing\.yml: ENOENT/);

    r = await lab([join(tmp, 'no-such-scenario'), broken]);
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/no-such-scenario:\(folder\): not a folder$/);
  });

  it('exits 2 on usage errors', async () => {
    const file = write('good.yml', GOOD_CHECKOUT_RULE);
    expect((await lab([BUNDLED_SCENARIO])).code).toBe(2);
    expect((await lab([BUNDLED_SCENARIO, file, 'extra'])).code).toBe(2);
    const r = await lab([BUNDLED_SCENARIO, file], '--within', 'soon');
    expect(r).toMatchObject({ code: 2, err: ['--within: expected a duration such as 5m or 2m30s, got "soon"'] });
  });
});

const promtoolMissing = !existsSync(PROMTOOL);
describe.skipIf(promtoolMissing)(`real promtool${promtoolMissing ? ` (skipped: ${PROMTOOL} is not installed)` : ''}`, () => {
  it('passes the bundled rule tests too, so the two engines agree', () => {
    const r = spawnSync(PROMTOOL, ['test', 'rules', BUNDLED_TEST], { encoding: 'utf8' });
    expect(r.stdout).toContain('SUCCESS');
    expect(r.status).toBe(0);
  });

  it('prints the same failures for the failing file', () => {
    const file = writeFiles();
    const r = spawnSync(PROMTOOL, ['test', 'rules', file], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(PROMTOOL_FAILURES.join('\n'));
  });

  it('accepts the bundled rule file', () => {
    const r = spawnSync(PROMTOOL, ['check', 'rules', join(BUNDLED_TEST, '..', 'rules.yml')], { encoding: 'utf8' });
    expect(r.stdout).toContain('SUCCESS: 5 rules found');
    expect(r.status).toBe(0);
  });
});
