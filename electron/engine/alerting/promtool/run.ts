/**
 * Runs one test group of a promtool test file the way `promtool test rules` (2.42, cmd/promtool/unittest.go) does:
 * input series loaded lazily (sample i at i × interval from t = 0, each available from its own time on), every rule
 * group evaluated at t = 0, evaluation_interval, … up to the largest eval_time; an alert test compares the firing
 * alerts of its alertname after the last evaluation at or before its eval_time; a PromQL test runs an instant query
 * at its eval_time once everything has been evaluated. Failures are promtool's error texts.
 */
import type { EngineOptions } from '../../promql/engine';
import { instantQuery } from '../../promql/engine';
import { parseExpr } from '../../promql/parser';
import { formatDuration, parseSeriesDescription } from '../../promql/promqltest/notation';
import type { Labels, Queryable } from '../../tsdb';
import { SeriesStore, storeQueryable } from '../../tsdb';
import type { ComparedAlert, ComparedSample } from './format';
import { alertsEqual, alertsString, goQuote, indentLines, samplesEqual, samplesString, sortAlerts, sortSamples, toPairs } from './format';
import type { TestGroup } from './test-file';

/** What a rule group's evaluator must offer (the rules engine's GroupEvaluator). */
export type EvaluatorLike = {
  eval(tMs: number): void;
  alerts(): readonly { labels: Labels; annotations: Labels; state: string }[];
  /** Each rule's name and the error of its last evaluation, if it failed. */
  ruleStates?(): readonly { name: string; lastError?: string }[];
};

export type EvaluatorDeps = {
  queryable: Queryable;
  append(labels: Labels, tMs: number, value: number): void;
  externalLabels: Record<string, string>;
  externalUrl: string;
  engineOptions: EngineOptions;
};

export type RunOptions<G> = {
  /** Every group of every rule file, in file order. */
  groups: readonly G[];
  groupName(group: G): string;
  evaluator(group: G, deps: EvaluatorDeps): EvaluatorLike;
  evaluationIntervalMs: number;
  groupEvalOrder: readonly string[];
};

/** Go's time.Duration.String for whole milliseconds: `0s`, `1m0s`, `1h2m3.5s`. */
export function goDuration(ms: number): string {
  if (ms === 0) return '0s';
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(ms);
  if (rest < 1000) return `${sign}${rest}ms`;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = (rest / 1000).toString();
  if (h > 0) return `${sign}${h}h${m}m${s}s`;
  if (m > 0) return `${sign}${m}m${s}s`;
  return `${sign}${s}s`;
}

/** The engine settings of promtool's test loader: lookback 5m, at most 10,000 samples, subqueries at the evaluation interval. */
export function promtoolEngineOptions(evaluationIntervalMs: number): EngineOptions {
  return { lookbackDeltaMs: 300_000, maxSamples: 10_000, subqueryStepMs: evaluationIntervalMs };
}

/** The largest Int32 store time: tests must stay within about 24 days of t = 0. */
const MAX_TIME_MS = 2 ** 31 - 1;

/** Runs one test group; returns promtool's error texts (empty when it passes). */
export function runTestGroup<G>(tg: TestGroup, options: RunOptions<G>): string[] {
  const errs: string[] = [];
  const interval = options.evaluationIntervalMs;

  // Input series, appended lazily as evaluation time passes them.
  const store = new SeriesStore();
  const pending = new Map<string, { ref: number; samples: { t: number; v: number }[]; next: number }>();
  for (const input of tg.inputSeries) {
    let parsed;
    try {
      parsed = parseSeriesDescription(`${input.series} ${input.values}`);
    } catch (error) {
      return [`    input series at line ${input.line}: ${error instanceof Error ? error.message : String(error)}`];
    }
    const samples: { t: number; v: number }[] = [];
    for (const [i, step] of parsed.values.entries()) {
      if (step.kind === 'histogram') return [`    input series at line ${input.line}: native histograms are not supported`];
      if (step.kind === 'float') samples.push({ t: i * tg.intervalMs, v: step.value });
    }
    if (samples.length > 0 && samples[samples.length - 1]!.t > MAX_TIME_MS) {
      return [`    input series at line ${input.line}: samples past ${formatDuration(MAX_TIME_MS)} are not supported`];
    }
    // A series listed twice: the last listing wins, as in promtool's loader.
    pending.set(JSON.stringify(toPairs(parsed.labels)), { ref: store.ref(parsed.labels), samples, next: 0 });
  }
  const appendTill = (t: number) => {
    for (const p of pending.values()) {
      while (p.next < p.samples.length && p.samples[p.next]!.t <= t) {
        store.append(p.ref, p.samples[p.next]!.t, p.samples[p.next]!.v);
        p.next++;
      }
    }
  };

  const queryable = storeQueryable(store, 0);
  const engineOptions = promtoolEngineOptions(interval);
  const append = (labels: Labels, tMs: number, value: number) => {
    const ref = store.ref(labels);
    const s = store.get(ref);
    // The TSDB refuses out-of-order and duplicate samples.
    if (s.length > 0 && s.times[s.length - 1]! >= tMs) return;
    store.append(ref, tMs, value);
  };
  const order = new Map(options.groupEvalOrder.map((name, i) => [name, i]));
  const groups = options.groups
    .map((g) => ({ name: options.groupName(g), evaluator: options.evaluator(g, { queryable, append, externalLabels: tg.externalLabels, externalUrl: tg.externalUrl, engineOptions }) }))
    // Groups not named in group_eval_order count as 0, as promtool's orderedGroups does.
    .sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));

  for (const t of tg.alertRuleTests) {
    if (t.alertname === '') {
      const where = tg.name === '' ? '' : ` (in TestGroup ${tg.name})`;
      return [`an item under alert_rule_test misses required attribute alertname at eval_time ${formatDuration(t.evalTimeMs)}${where}`];
    }
  }
  const maxt = Math.max(0, ...tg.alertRuleTests.map((t) => t.evalTimeMs), ...tg.promqlExprTests.map((t) => t.evalTimeMs));
  if (maxt > MAX_TIME_MS) return [`    eval_time ${formatDuration(maxt)}: times past ${formatDuration(MAX_TIME_MS)} are not supported`];
  const alertTests = [...tg.alertRuleTests].sort((a, b) => a.evalTimeMs - b.evalTimeMs);
  let curr = 0;

  for (let ts = 0; ts <= maxt; ts += interval) {
    appendTill(ts);
    const evalErrs: string[] = [];
    for (const g of groups) {
      try {
        g.evaluator.eval(ts);
      } catch (error) {
        evalErrs.push(`    group: ${g.name}, time: ${goDuration(ts)}, err: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      for (const r of g.evaluator.ruleStates?.() ?? []) {
        if (r.lastError !== undefined) evalErrs.push(`    rule: ${r.name}, time: ${goDuration(ts)}, err: ${r.lastError}`);
      }
    }
    // A rule that fails to evaluate ends the test group, as in promtool.
    if (evalErrs.length > 0) return [...errs, ...evalErrs];

    // Alert tests whose eval_time falls in [ts, ts + interval) compare against this evaluation.
    while (curr < alertTests.length && ts <= alertTests[curr]!.evalTimeMs && alertTests[curr]!.evalTimeMs < ts + interval) {
      const test = alertTests[curr]!;
      const got: ComparedAlert[] = [];
      for (const g of groups) {
        for (const a of g.evaluator.alerts()) {
          if (a.state === 'firing' && a.labels.alertname === test.alertname) got.push({ labels: toPairs(a.labels), annotations: toPairs(a.annotations) });
        }
      }
      // The user gives only the rule's labels; promtool adds alertname.
      const exp: ComparedAlert[] = test.expAlerts.map((a) => ({
        labels: toPairs({ ...a.labels, alertname: test.alertname }),
        annotations: toPairs(a.annotations),
      }));
      sortAlerts(got);
      sortAlerts(exp);
      if (!alertsEqual(exp, got)) {
        errs.push(
          `    alertname: ${test.alertname}, time: ${formatDuration(test.evalTimeMs)}, \n` +
            `        exp:${indentLines(alertsString(exp), '            ')}, \n` +
            `        got:${indentLines(alertsString(got), '            ')}`,
        );
      }
      curr++;
    }
  }

  for (const test of tg.promqlExprTests) {
    const head = `    expr: ${goQuote(test.expr)}, time: ${formatDuration(test.evalTimeMs)}`;
    let got: ComparedSample[];
    try {
      const value = instantQuery(queryable, parseExpr(test.expr), test.evalTimeMs, engineOptions);
      if (value.type === 'vector') got = value.samples.map((s) => ({ labels: toPairs(s.metric), value: s.v }));
      else if (value.type === 'scalar') got = [{ labels: [], value: value.v }];
      else throw new Error('rule result is not a vector or scalar');
    } catch (error) {
      errs.push(`${head}, err: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const exp: ComparedSample[] = [];
    let bad: string | undefined;
    for (const s of test.expSamples) {
      try {
        exp.push({ labels: toPairs(parseSeriesDescription(s.labels).labels), value: s.value });
      } catch (error) {
        bad = `labels ${goQuote(s.labels)}: ${error instanceof Error ? error.message : String(error)}`;
        break;
      }
    }
    if (bad !== undefined) {
      errs.push(`${head}, err: ${bad}`);
      continue;
    }
    sortSamples(exp);
    sortSamples(got);
    if (!samplesEqual(exp, got)) errs.push(`${head},\n        exp: ${samplesString(exp)}\n        got: ${samplesString(got)}`);
  }
  return errs;
}
