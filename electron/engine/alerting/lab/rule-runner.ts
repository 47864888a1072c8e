/**
 * Rule groups evaluated on a shared clock, as the drill evaluates them: each group at the times on its
 * interval's grid (counted from the drill's start), groups due at the same time in file order, so a
 * recording rule is visible to the groups after it. Records every alert's spans and every rule's health.
 */
import type { GroupContext, RuleGroup } from '../rules';
import { GroupEvaluator } from '../rules';
import type { AlertTimeline, RuleSummary } from '../timeline';
import { HealthTracker, TimelineBuilder } from './timeline-builder';

type Scheduled = { intervalMs: number; evaluator: GroupEvaluator };

const mod = (a: number, n: number): number => ((a % n) + n) % n;

export class RuleRunner {
  private readonly scheduled: Scheduled[];
  private readonly builder = new TimelineBuilder();
  private readonly health = new HealthTracker();

  /** `epochMs` anchors the grids (the drill's start); a group without an `interval` runs every `intervalMs`. */
  constructor(
    groups: readonly RuleGroup[],
    ctx: GroupContext,
    private readonly epochMs: number,
    intervalMs: number,
  ) {
    this.scheduled = groups.map((group) => ({ intervalMs: group.intervalMs || intervalMs, evaluator: new GroupEvaluator(group, ctx) }));
    this.scheduled.forEach(({ evaluator }, i) => this.health.observe(i, evaluator.ruleStates()));
  }

  /** Every time in [fromMs, toMs] at which some group is due, ascending. */
  dueTimes(fromMs: number, toMs: number): number[] {
    const times = new Set<number>();
    for (const { intervalMs } of this.scheduled) {
      const first = fromMs + mod(this.epochMs - fromMs, intervalMs);
      for (let t = first; t <= toMs; t += intervalMs) times.add(t);
    }
    return [...times].sort((a, b) => a - b);
  }

  /** How many evaluations the busiest group would run in [fromMs, toMs]. */
  maxEvaluations(fromMs: number, toMs: number): { group: string; count: number } {
    let worst = { group: '', count: 0 };
    for (const { intervalMs, evaluator } of this.scheduled) {
      const count = toMs < fromMs ? 0 : Math.floor((toMs - fromMs) / intervalMs) + 1;
      if (count > worst.count) worst = { group: evaluator.group.name, count };
    }
    return worst;
  }

  /** Evaluates, in file order, every group whose grid has `tMs` on it (unix ms). */
  evalDue(tMs: number): void {
    this.scheduled.forEach(({ intervalMs, evaluator }, i) => {
      if (mod(tMs - this.epochMs, intervalMs) !== 0) return;
      evaluator.eval(tMs);
      this.builder.observe(i, evaluator, tMs);
      this.health.observe(i, evaluator.ruleStates());
    });
  }

  timelines(): AlertTimeline[] {
    return this.builder.timelines();
  }

  rules(): RuleSummary[] {
    return this.health.summaries();
  }
}
