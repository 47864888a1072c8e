/**
 * Turns the alerts a rule group holds after each evaluation into pending/firing spans: one timeline per
 * alert (rule plus label set), a new span whenever its state changes, closed when it stops.
 */
import { labelsKey } from '../../tsdb';
import type { GroupEvaluator, RuleState } from '../rules';
import type { AlertSpan, AlertTimeline, RuleSummary } from '../timeline';

type Tracked = { group: number; rule: number; key: string; timeline: AlertTimeline; open?: AlertSpan };

/** Records spans from successive evaluations of the same groups; `timelines()` gives them in rule order. */
export class TimelineBuilder {
  private readonly tracked = new Map<string, Tracked>();

  /**
   * Notes the alerts of `evaluator` (the group at `groupIndex`) as of its evaluation at `tMs`. Alert times
   * follow the evaluator's own clock (the evaluation time less the group's query offset).
   */
  observe(groupIndex: number, evaluator: GroupEvaluator, tMs: number): void {
    const t = tMs - (evaluator.group.queryOffsetMs ?? 0);
    const ruleOrder = new Map<string, number>();
    evaluator.group.rules.forEach((r, i) => {
      if (!ruleOrder.has(r.name)) ruleOrder.set(r.name, i);
    });
    const seen = new Set<string>();
    for (const alert of evaluator.alerts()) {
      if (alert.state === 'inactive') continue;
      const { alertname = '', ...labels } = alert.labels;
      const key = `${groupIndex}\u0000${alertname}\u0000${labelsKey(labels)}`;
      seen.add(key);
      let tr = this.tracked.get(key);
      if (!tr) {
        tr = { group: groupIndex, rule: ruleOrder.get(alertname) ?? 0, key, timeline: { rule: alertname, labels, spans: [] } };
        this.tracked.set(key, tr);
      }
      if (tr.open?.state === alert.state) continue;
      const from = alert.state === 'firing' ? (alert.firedAt ?? t) : alert.activeAt;
      if (tr.open) tr.open.toMs = from;
      tr.open = { state: alert.state, fromMs: from };
      tr.timeline.spans.push(tr.open);
    }
    for (const tr of this.tracked.values()) {
      if (tr.group !== groupIndex || seen.has(tr.key) || !tr.open) continue;
      tr.open.toMs = t;
      delete tr.open;
    }
  }

  /** Every alert that was ever pending or firing, in group and rule order, then by labels; open spans have no `toMs`. */
  timelines(): AlertTimeline[] {
    return [...this.tracked.values()]
      .sort((a, b) => a.group - b.group || a.rule - b.rule || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((tr) => ({ rule: tr.timeline.rule, labels: { ...tr.timeline.labels }, spans: tr.timeline.spans.map((s) => ({ ...s })) }));
  }
}

/**
 * Rule health over a whole run, rather than only at its last evaluation: a rule that failed at any
 * evaluation is reported as `err` with its first error, since a rule that breaks now and then will
 * break in production too.
 */
export class HealthTracker {
  private readonly byRule = new Map<string, RuleSummary>();

  observe(groupIndex: number, states: readonly RuleState[]): void {
    states.forEach((s, i) => {
      const key = `${groupIndex}/${i}`;
      let sum = this.byRule.get(key);
      if (!sum) {
        sum = { name: s.name, kind: s.kind, health: s.health };
        this.byRule.set(key, sum);
      }
      if (sum.health === 'err') return;
      sum.health = s.health;
      if (s.lastError !== undefined) sum.lastError = s.lastError;
    });
  }

  /** One summary per rule, in the order first observed (group order, then rule order). */
  summaries(): RuleSummary[] {
    return [...this.byRule.values()].map((s) => ({ ...s }));
  }
}
