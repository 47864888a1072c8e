import { describe, expect, it } from 'vitest';
import { instantQuery } from '../../promql/engine';
import { parseExpr } from '../../promql/parser';
import type { Labels } from '../../tsdb';
import type { EvaluatorDeps, EvaluatorLike } from './run';
import { runTestGroup } from './run';
import { parseTestFile } from './test-file';

/**
 * A stand-in rule group: records `sum by (job) (up)` as job:up:sum and fires `Down` (no `for`) for every `up == 0`,
 * so these tests cover the runner (loading, evaluation grid, comparison, messages) and not the rules engine.
 */
function fakeEvaluator(evals: number[]) {
  return (_group: string, deps: EvaluatorDeps): EvaluatorLike => {
    let firing: { labels: Labels; annotations: Labels; state: string }[] = [];
    return {
      eval(t) {
        evals.push(t);
        const sum = instantQuery(deps.queryable, parseExpr('sum by (job) (up)'), t, deps.engineOptions);
        if (sum.type === 'vector') for (const s of sum.samples) deps.append({ ...s.metric, __name__: 'job:up:sum' }, t, s.v);
        const down = instantQuery(deps.queryable, parseExpr('up == 0'), t, deps.engineOptions);
        firing =
          down.type === 'vector'
            ? down.samples.map((s) => {
                const { __name__: _, ...labels } = s.metric;
                return { labels: { ...labels, alertname: 'Down' }, annotations: { summary: `${labels.instance} down` }, state: 'firing' };
              })
            : [];
      },
      alerts: () => firing,
    };
  };
}

function run(text: string, evals: number[] = []) {
  const r = parseTestFile(text, 't.yml');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.testFile.tests.map((tg) =>
    runTestGroup(tg, {
      groups: ['g'],
      groupName: (g) => g,
      evaluator: fakeEvaluator(evals),
      evaluationIntervalMs: r.testFile.evaluationIntervalMs,
      groupEvalOrder: r.testFile.groupEvalOrder,
    }),
  );
}

const INPUT = `tests:
  - interval: 1m
    input_series:
      - series: 'up{job="a",instance="i1"}'
        values: '1 1 0 0 0'
      - series: 'up{job="a",instance="i2"}'
        values: '0 _ 0 0 0'
`;

describe('runTestGroup', () => {
  it('evaluates every evaluation_interval from 0 to the last eval_time and passes matching expectations', () => {
    const evals: number[] = [];
    const errs = run(
      `${INPUT}    alert_rule_test:
      - eval_time: 2m59s
        alertname: Down
        exp_alerts:
          - exp_labels: { instance: i2, job: a }
            exp_annotations: { summary: i2 down }
          - exp_labels: { instance: i1, job: a }
            exp_annotations: { summary: i1 down }
    promql_expr_test:
      - expr: job:up:sum
        eval_time: 1m
        exp_samples:
          - labels: 'job:up:sum{job="a"}'
            value: 1
      - expr: 1 + 1
        eval_time: 4m
        exp_samples:
          - labels: '{}'
            value: 2
`,
      evals,
    );
    expect(errs).toEqual([[]]);
    expect(evals).toEqual([0, 60_000, 120_000, 180_000, 240_000]);
  });

  it("reports failures in promtool's wording", () => {
    const errs = run(`${INPUT}    alert_rule_test:
      - eval_time: 2m
        alertname: Down
        exp_alerts: []
    promql_expr_test:
      - expr: job:up:sum
        eval_time: 0s
        exp_samples:
          - labels: 'job:up:sum{job="a"}'
            value: 2
      - expr: nope(
        eval_time: 0s
`);
    expect(errs[0]![0]).toBe(
      [
        '    alertname: Down, time: 2m, ',
        '        exp:[], ',
        '        got:[',
        '            0:',
        '              Labels:{alertname="Down", instance="i1", job="a"}',
        '              Annotations:{summary="i1 down"},',
        '            1:',
        '              Labels:{alertname="Down", instance="i2", job="a"}',
        '              Annotations:{summary="i2 down"}',
        '            ]',
      ].join('\n'),
    );
    expect(errs[0]![1]).toBe('    expr: "job:up:sum", time: 0s,\n        exp: {__name__="job:up:sum", job="a"} 2E+00\n        got: {__name__="job:up:sum", job="a"} 1E+00');
    expect(errs[0]![2]).toMatch(/^ {4}expr: "nope\(", time: 0s, err: /);
  });

  it('rejects an alert test without alertname and a bad input series', () => {
    expect(run(`${INPUT}    alert_rule_test:\n      - eval_time: 1m\n`)[0]).toEqual(['an item under alert_rule_test misses required attribute alertname at eval_time 1m']);
    expect(run(`tests:\n  - input_series:\n      - series: up\n        values: '1 x'\n`)[0]![0]).toMatch(/input series at line 3: invalid value "x"/);
  });
});
