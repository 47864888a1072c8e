/**
 * One log rule group evaluated on the sim clock. Each evaluation counts, per rule, the events of the window
 * (t − window, t] that match its query — per distinct group_by value set — and writes the counts as the
 * series `firedrill_log_rule_matches{rule="<alert>", …}`. The alert states come from an ordinary Prometheus
 * rule group over that series (`sum without (rule) (…) > threshold`), so pending → firing → resolved, `for`,
 * `keep_firing_for`, ALERTS / ALERTS_FOR_STATE and templates behave exactly as for rules.yml.
 */
import { fieldValue, fieldValues } from '../../logs/kql';
import { matchingEvents } from '../../logs/search';
import type { LogStore } from '../../logs/store';
import { parseExpr } from '../../promql/parser';
import type { EcsEvent } from '../../sim/outputs/ecs';
import { labelsKey } from '../../tsdb';
import { GroupEvaluator } from '../rules';
import type { Alert, AlertingRule, GroupContext, RuleGroup, RuleState } from '../rules';
import type { LogRule, LogRuleGroup } from './log-rule-file';
import { groupByLabel } from './log-rule-file';

/** The series each rule's counts are written to. */
export const LOG_RULE_METRIC = 'firedrill_log_rule_matches';

/** A rule group's context plus the drill's log store. */
export type LogRuleContext = GroupContext & { logs: () => LogStore };
/** What the drill shows of a log rule. */
export type LogRuleInfo = { name: string; query: string; forMs: number; labels: Record<string, string>; annotations: Record<string, string> };

type Runtime = {
  rule: LogRule;
  /** Every label set counted so far. Each is written at every evaluation, 0 when nothing matched, so a
   * group whose events stop resolves under `>` and fires under `<`. */
  seen: Map<string, Record<string, string>>;
};

export class LogRuleGroupEvaluator {
  private readonly runtimes: Runtime[];
  private readonly alerting: GroupEvaluator;

  constructor(
    readonly group: LogRuleGroup,
    private readonly ctx: LogRuleContext,
  ) {
    // Without group_by the rule has one count, written from the first evaluation on.
    this.runtimes = group.rules.map((rule) => ({ rule, seen: new Map(rule.groupBy.length === 0 ? [[labelsKey({}), {}]] : []) }));
    const inner: RuleGroup = { name: group.name, rules: group.rules.map(alertingRule) };
    if (group.intervalMs !== undefined) inner.intervalMs = group.intervalMs;
    this.alerting = new GroupEvaluator(inner, ctx);
  }

  /** Count every rule's window at `tMs` (absolute ms), write the counts, then evaluate the alerts. */
  eval(tMs: number): void {
    const store = this.ctx.logs();
    for (const rt of this.runtimes) {
      const counts = new Map<string, number>();
      // The window (t − window, t]: timestamps are whole milliseconds, so its first instant is t − window + 1.
      for (const event of matchingEvents(store, rt.rule.ast, tMs - rt.rule.windowMs + 1, tMs, tMs)) {
        for (const labels of labelSets(event, rt.rule.groupBy)) {
          const key = labelsKey(labels);
          if (!rt.seen.has(key)) rt.seen.set(key, labels);
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
      for (const [key, labels] of rt.seen) this.ctx.append({ ...labels, __name__: LOG_RULE_METRIC, rule: rt.rule.name }, tMs, counts.get(key) ?? 0);
    }
    this.alerting.eval(tMs);
  }

  /** Every alert the group holds — pending, firing, and resolved ones still within retention — in rule order. */
  alerts(): Alert[] {
    return this.alerting.alerts();
  }

  /** Health, last error and last evaluation of every rule, in rule order. */
  ruleStates(): RuleState[] {
    return this.alerting.ruleStates();
  }

  rules(): LogRuleInfo[] {
    return this.group.rules.map((r) => ({ name: r.name, query: r.query, forMs: r.forMs, labels: { ...r.labels }, annotations: { ...r.annotations } }));
  }
}

/** The Prometheus alerting rule over a log rule's counts; its value (`$value`) is the count. */
function alertingRule(rule: LogRule): AlertingRule {
  const exprText = `sum without (rule) (${LOG_RULE_METRIC}{rule=${JSON.stringify(rule.name)}}) ${rule.op} ${rule.threshold}`;
  return {
    kind: 'alert',
    name: rule.name,
    expr: parseExpr(exprText),
    exprText,
    forMs: rule.forMs,
    keepFiringForMs: rule.keepFiringForMs,
    labels: rule.labels,
    annotations: rule.annotations,
  };
}

/**
 * The label sets an event counts under: one per combination of its group_by values (an array field counts
 * under each of its values, as a terms aggregation does); none when a group_by field is missing.
 */
function labelSets(event: EcsEvent, groupBy: readonly string[]): Record<string, string>[] {
  let sets: Record<string, string>[] = [{}];
  for (const field of groupBy) {
    const values = fieldValues(fieldValue(event, field)).map(String);
    sets = sets.flatMap((s) => values.map((v) => ({ ...s, [groupByLabel(field)]: v })));
  }
  return sets;
}
