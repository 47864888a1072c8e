import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from './cli-testing';

const SCENARIO = fileURLToPath(new URL('../../../scenarios/checkout-bad-deploy', import.meta.url));
const EXPERT = join(SCENARIO, 'scripts', 'expert.json');
const PROMTOOL = '/usr/bin/promtool';
const tmp = mkdtempSync(join(tmpdir(), 'firedrill-export-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Generated = { rule_files: string[]; tests: { input_series: { series: string; values: string }[]; alert_rule_test: { eval_time: string; alertname: string; exp_alerts: unknown[] }[] }[] };

async function generate(name: string, ...extra: string[]): Promise<{ file: string; doc: Generated }> {
  return generateFor(SCENARIO, name, ...extra);
}

async function generateFor(scenario: string, name: string, ...extra: string[]): Promise<{ file: string; doc: Generated }> {
  const file = join(tmp, `${name}.test.yml`);
  const { code, err } = await runCli('rules', 'export-test', scenario, '--out', file, ...extra);
  expect(err.join('\n')).toContain(`wrote ${file}`);
  expect(code).toBe(0);
  return { file, doc: parse(readFileSync(file, 'utf8')) as Generated };
}

function firingTimes(doc: Generated, alertname: string): string[] {
  return doc.tests[0]!.alert_rule_test.filter((t) => t.alertname === alertname && t.exp_alerts.length > 0).map((t) => t.eval_time);
}

describe('firedrill rules export-test', () => {
  it('writes the raw series the rules read, on a 1 s grid, and the alert timeline of the drill', async () => {
    const { doc } = await generate('idle', '--prometheus-2');
    const series = doc.tests[0]!.input_series.map((s) => s.series);
    expect(series.some((s) => s.includes('__name__="http_requests_total"'))).toBe(true);
    expect(series.some((s) => s.includes('__name__="http_request_duration_seconds_bucket"'))).toBe(true);
    // Recorded series are the rules' output, never input.
    expect(series.some((s) => s.includes('service:http_requests:rate5m'))).toBe(false);
    // Without a rollback the error-rate alert fires and keeps firing to the end (window starts 10m early).
    const times = firingTimes(doc, 'CheckoutHighErrorRate');
    expect(times.length).toBeGreaterThan(5);
    expect(times.at(-1)).toBe('25m0s');
  });

  it('shows the alert resolving after the expert rolls back', async () => {
    const { doc } = await generate('expert', '--prometheus-2', '--actions', EXPERT);
    const times = firingTimes(doc, 'CheckoutHighErrorRate');
    expect(times.length).toBeGreaterThan(0);
    expect(times.at(-1)).not.toBe('25m0s');
  });

  it('refuses a bad --every', async () => {
    const { code, err } = await runCli('rules', 'export-test', SCENARIO, '--every', '7s', '--out', join(tmp, 'x.yml'));
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('--every: must be a positive multiple of the scrape interval (15s)');
  });
});

const missing = !existsSync(PROMTOOL);
describe.skipIf(missing)(`the real promtool agrees${missing ? ` (skipped: ${PROMTOOL} is not installed)` : ''}`, () => {
  const promtool = (file: string) => spawnSync(PROMTOOL, ['test', 'rules', file], { encoding: 'utf8' });

  it.each([['without actions', []], ['after the expert play', ['--actions', EXPERT]]])('on the drill %s', async (name, extra) => {
    const { file } = await generate(`promtool-${name.replace(/\W+/g, '-')}`, '--prometheus-2', ...(extra as string[]));
    const run = promtool(file);
    expect(run.stdout + run.stderr).toContain('SUCCESS');
    expect(run.status).toBe(0);
  });

  it('on sale-day-search, whose rules use subqueries, histograms and predict_linear', async () => {
    const { file } = await generateFor(join(SCENARIO, '..', 'sale-day-search'), 'promtool-sale-day', '--prometheus-2');
    const run = promtool(file);
    expect(run.stdout + run.stderr).toContain('SUCCESS');
  });

  it('and would catch a difference: a tampered expectation fails', async () => {
    const { file } = await generate('tampered', '--prometheus-2');
    const text = readFileSync(file, 'utf8').replace(/(\d+(?:\.\d+)?)% of checkout requests are failing/, (_m, n: string) => `${Number(n) + 1}% of checkout requests are failing`);
    writeFileSync(file, text);
    expect(promtool(file).status).toBe(1);
  });
});
