/**
 * Writes a drill's alert timeline as a promtool unit-test file, so the real promtool can check it: the raw
 * series the rules read (exactly as scraped, on a 1 s grid), and at every `everyMs` the firing alerts our
 * rule evaluator computes over those same series. `promtool test rules` passing on the file shows the two
 * engines agree on this scenario's data.
 */
import { stringify } from 'yaml';
import type { Expr, VectorSelector } from '../../promql/parser';
import { isStaleNaN, labelsKey, SeriesStore } from '../../tsdb';
import type { Labels, StoredSeries } from '../../tsdb';
import { storeQueryable } from '../../tsdb/queryable';
import { GroupEvaluator } from '../rules';
import type { RuleGroup } from '../rules';
import { labelsString, toPairs } from './format';
import { goDuration, promtoolEngineOptions } from './run';

export type ExportTestOptions = {
  /** The drill's series (times relative to the drill start). */
  store: SeriesStore;
  groups: readonly RuleGroup[];
  /** What the test file's `rule_files` entry says. */
  ruleFile: string;
  /** The window in drill time; promtool's time 0 is `fromMs`. Both whole seconds. */
  fromMs: number;
  toMs: number;
  evaluationIntervalMs: number;
  /** How often to check the alerts (a multiple of the evaluation interval). */
  everyMs: number;
  /** Compute the expected alerts with Prometheus 2.x semantics, for promtool builds before 3.0 (Debian's 2.42). */
  prometheus2?: boolean;
  /** A comment placed at the top of the file. */
  header?: string;
};

const GRID_MS = 1000;

/** The metric names the rules read and do not produce themselves, with the selectors that read them. */
function inputSelectors(groups: readonly RuleGroup[]): VectorSelector[] {
  const produced = new Set(['ALERTS', 'ALERTS_FOR_STATE', ...groups.flatMap((g) => g.rules.filter((r) => r.kind === 'record').map((r) => r.name))]);
  const out: VectorSelector[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    if ((node as Expr).type === 'VectorSelector') {
      const vs = node as VectorSelector;
      const name = vs.name ?? vs.matchers.find((m) => m.name === '__name__' && m.type === '=')?.value;
      if (name === undefined || !produced.has(name)) out.push(vs);
      return;
    }
    for (const value of Object.values(node)) visit(value);
  };
  for (const group of groups) for (const rule of group.rules) visit(rule.expr);
  return out;
}

/** A series' samples in the window as promtool's expanding notation on the 1 s grid: `v _x14 v … stale`. */
function valuesNotation(series: StoredSeries, fromMs: number, toMs: number): string {
  const tokens: string[] = [];
  let nextSlot = 0;
  for (let i = 0; i < series.length; i++) {
    const t = series.times[i]!;
    if (t < fromMs || t > toMs) continue;
    if ((t - fromMs) % GRID_MS !== 0) throw new Error(`sample at ${t} ms is not on the ${GRID_MS} ms grid`);
    const slot = (t - fromMs) / GRID_MS;
    const gap = slot - nextSlot;
    if (gap === 1) tokens.push('_');
    else if (gap > 1) tokens.push(`_x${gap}`);
    const v = series.values[i]!;
    tokens.push(isStaleNaN(v) ? 'stale' : Number.isNaN(v) ? 'NaN' : v === Infinity ? 'Inf' : v === -Infinity ? '-Inf' : String(v));
    nextSlot = slot + 1;
  }
  return tokens.join(' ');
}

/** The promtool test file (YAML text) for the window. */
export function exportRuleTest(options: ExportTestOptions): string {
  const { store, groups, fromMs, toMs, evaluationIntervalMs: interval, everyMs } = options;
  const inputs = new Map<string, StoredSeries>();
  for (const selector of inputSelectors(groups)) {
    for (const s of store.select(selector.matchers)) inputs.set(labelsKey(s.labels), s);
  }
  const sorted = [...inputs.values()].sort((a, b) => (labelsString(toPairs(a.labels)) < labelsString(toPairs(b.labels)) ? -1 : 1));
  const inputSeries = sorted
    .map((s) => ({ series: labelsString(toPairs(s.labels)), values: valuesNotation(s, fromMs, toMs) }))
    .filter((s) => s.values !== '');

  // Our side: the same samples in a fresh store with promtool's time axis, rules evaluated as promtool does.
  const fresh = new SeriesStore();
  for (const s of sorted) {
    const ref = fresh.ref(s.labels);
    for (let i = 0; i < s.length; i++) if (s.times[i]! >= fromMs && s.times[i]! <= toMs) fresh.append(ref, s.times[i]! - fromMs, s.values[i]!);
  }
  const append = (labels: Labels, tMs: number, value: number) => {
    const ref = fresh.ref(labels);
    const s = fresh.get(ref);
    if (s.length > 0 && s.times[s.length - 1]! >= tMs) return;
    fresh.append(ref, tMs, value);
  };
  const engineOptions = { ...promtoolEngineOptions(interval), prometheus2: options.prometheus2 ?? false };
  const context = { queryable: storeQueryable(fresh, 0), append, engineOptions };
  const evaluators = groups.map((g) => new GroupEvaluator(g, context));
  const alertNames = groups.flatMap((g) => g.rules.filter((r) => r.kind === 'alert').map((r) => r.name));
  const alertTests: unknown[] = [];
  const span = toMs - fromMs;
  for (let ts = 0; ts <= span; ts += interval) {
    for (const e of evaluators) e.eval(ts);
    if (ts % everyMs !== 0) continue;
    const firing = evaluators.flatMap((e) => e.alerts()).filter((a) => a.state === 'firing');
    for (const name of alertNames) {
      const expAlerts = firing
        .filter((a) => a.labels.alertname === name)
        .map((a) => {
          const { alertname: _, ...labels } = a.labels;
          return { exp_labels: labels, exp_annotations: a.annotations };
        });
      alertTests.push({ eval_time: goDuration(ts), alertname: name, exp_alerts: expAlerts });
    }
  }
  const doc = {
    rule_files: [options.ruleFile],
    evaluation_interval: goDuration(interval),
    group_eval_order: groups.map((g) => g.name),
    tests: [{ interval: goDuration(GRID_MS), input_series: inputSeries, alert_rule_test: alertTests }],
  };
  const header = options.header === undefined ? '' : `${options.header.split('\n').map((l) => `# ${l}`.trimEnd()).join('\n')}\n`;
  return header + stringify(doc, { lineWidth: 0 });
}
