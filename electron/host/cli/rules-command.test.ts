import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './cli-testing';

const BUNDLED_TEST = fileURLToPath(new URL('../../../scenarios/checkout-bad-deploy/rules.test.yml', import.meta.url));
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
