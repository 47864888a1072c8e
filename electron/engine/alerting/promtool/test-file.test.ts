import { describe, expect, it } from 'vitest';
import { alertsString, formatFloatE, labelsString, toPairs } from './format';
import { goDuration } from './run';
import { parseTestFile } from './test-file';

const GOOD = `rule_files: [rules.yml, 'more/*.yml']
evaluation_interval: 30s
group_eval_order: [a, b]
tests:
  - interval: 1m
    name: bad deploy
    external_labels: { region: eu }
    external_url: http://prom.example
    input_series:
      - series: 'up{job="x"}'
        values: '1+0x10 _ stale'
    alert_rule_test:
      - eval_time: 5m
        alertname: Down
        exp_alerts:
          - exp_labels: { severity: page, code: 500 }
            exp_annotations: { summary: "x is down" }
    promql_expr_test:
      - expr: up
        eval_time: 1m
        exp_samples:
          - labels: 'up{job="x"}'
            value: 1e0
  - input_series: []
`;

describe('parseTestFile', () => {
  it('reads every field, with promtool defaults and scalars kept as written', () => {
    const r = parseTestFile(GOOD, 't.yml');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.testFile.ruleFiles).toEqual(['rules.yml', 'more/*.yml']);
    expect(r.testFile.evaluationIntervalMs).toBe(30_000);
    expect(r.testFile.groupEvalOrder).toEqual(['a', 'b']);
    const [t1, t2] = r.testFile.tests;
    expect(t1).toMatchObject({ line: 5, name: 'bad deploy', intervalMs: 60_000, externalLabels: { region: 'eu' }, externalUrl: 'http://prom.example' });
    expect(t1!.inputSeries).toEqual([{ line: 10, series: 'up{job="x"}', values: '1+0x10 _ stale' }]);
    expect(t1!.alertRuleTests[0]).toMatchObject({ evalTimeMs: 300_000, alertname: 'Down', expAlerts: [{ labels: { severity: 'page', code: '500' }, annotations: { summary: 'x is down' } }] });
    expect(t1!.promqlExprTests[0]).toMatchObject({ expr: 'up', evalTimeMs: 60_000, expSamples: [{ labels: 'up{job="x"}', value: 1 }] });
    // A test group without `interval` spaces its samples by the evaluation interval.
    expect(t2!.intervalMs).toBe(30_000);
  });

  it('defaults the evaluation interval to 1m', () => {
    const r = parseTestFile('tests: [{}]\n', 't.yml');
    expect(r.ok && r.testFile.evaluationIntervalMs).toBe(60_000);
    expect(r.ok && r.testFile.tests[0]!.intervalMs).toBe(60_000);
  });

  it.each([
    ['bad YAML', 'tests:\n  - interval: [1m\n', /^YAML syntax: /, 3],
    ['an unknown top-level field', 'rule_files: []\nevaluation_intervals: 1m\n', /^field evaluation_intervals not found in the test file$/, 2],
    ['an unknown test-group field', 'tests:\n  - interval: 1m\n    start_timestamp: 0\n', /^field start_timestamp not found in a test group$/, 3],
    ['an unknown sample field', 'tests:\n  - promql_expr_test:\n      - expr: up\n        exp_samples:\n          - labels: up\n            fuzzy_compare: true\n', /^field fuzzy_compare not found in an expected sample$/, 6],
    ['a bad duration', 'tests:\n  - alert_rule_test:\n      - eval_time: 5 minutes\n', /^eval_time: not a valid duration string: "5 minutes"$/, 3],
    ['a value that is not a number', "tests:\n  - promql_expr_test:\n      - exp_samples:\n          - value: 'one'\n", /^value must be a number$/, 4],
    ['tests that are not a list', 'tests: {a: 1}\n', /^tests must be a list$/, 1],
  ])('rejects %s with a reason and a line', (_what, text, reason, line) => {
    const r = parseTestFile(text, 'bad.yml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]!.file).toBe('bad.yml');
    expect(r.problems[0]!.reason).toMatch(reason);
    expect(r.problems[0]!.line).toBe(line);
  });

  it('rejects a group named twice in group_eval_order', () => {
    const r = parseTestFile('group_eval_order: [a, a]\n', 'bad.yml');
    expect(r.ok ? [] : r.problems.map((p) => p.reason)).toEqual(['group name repeated in evaluation order: a']);
  });
});

describe('promtool formatting', () => {
  it("formats floats as Go's FormatFloat(v, 'E', -1, 64)", () => {
    expect([1, 10, 0.1, 2.999999999999992e-3, 0, -1.5, 1e21, NaN, Infinity, -Infinity].map(formatFloatE)).toEqual([
      '1E+00',
      '1E+01',
      '1E-01',
      '2.999999999999992E-03',
      '0E+00',
      '-1.5E+00',
      '1E+21',
      'NaN',
      '+Inf',
      '-Inf',
    ]);
  });

  it('prints labels sorted by name bytes and alerts as promtool does', () => {
    expect(labelsString(toPairs({ b: 'x"y', __name__: 'm', A: '1' }))).toBe('{A="1", __name__="m", b="x\\"y"}');
    expect(alertsString([])).toBe('[]');
    expect(alertsString([{ labels: toPairs({ alertname: 'X' }), annotations: [] }])).toBe('[\n0:\n  Labels:{alertname="X"}\n  Annotations:{}\n]');
  });

  it("prints times as Go's time.Duration", () => {
    expect([0, 500, 1000, 60_000, 90_500, 3_600_000].map(goDuration)).toEqual(['0s', '500ms', '1s', '1m0s', '1m30.5s', '1h0m0s']);
  });
});
