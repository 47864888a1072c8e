// The alerting pipeline's cost on the bundled checkout drill: each rule group's evaluation (rules.yml and
// log-rules.yml), the whole pipeline per drill second, the rule editor's last-hour preview and a lab run.
// Figures only; nothing here fails on a time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runRuleLab, previewRules } from '../electron/engine/alerting/lab';
import { GOOD_CHECKOUT_RULE } from '../electron/engine/alerting/lab/example-rules';
import { LogRuleGroupEvaluator } from '../electron/engine/alerting/logrules';
import { GroupEvaluator } from '../electron/engine/alerting/rules';
import { Drill } from '../electron/engine/drill';
import type { Scenario } from '../electron/engine/scenario';
import { storeQueryable } from '../electron/engine/tsdb';

type Report = (name: string, figure: string) => void;

function mean(runs: number, fn: () => void): number {
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - start) / runs;
}

export function alertingBench(scenario: Scenario, folder: string, report: Report): void {
  const drill = new Drill(scenario, 42);
  drill.advanceTo(10 * 60_000);
  const sim = drill.sim;
  const epoch = sim.world.startUnixMs;
  const now = epoch + drill.now;
  // A private append keeps the drill's store as it was: only the query work is measured.
  const context = { queryable: storeQueryable(sim.store, epoch), append: () => undefined };
  for (const group of scenario.ruleGroups ?? []) {
    const evaluator = new GroupEvaluator(group, context);
    report(`rules.yml group ${group.name} (${group.rules.length} rules)`, `${mean(50, () => evaluator.eval(now)).toFixed(2)} ms per evaluation`);
  }
  for (const group of scenario.logRuleGroups ?? []) {
    const evaluator = new LogRuleGroupEvaluator(group, { ...context, logs: () => sim.logs });
    report(`log-rules.yml group ${group.name} (${group.rules.length} rules)`, `${mean(50, () => evaluator.eval(now)).toFixed(2)} ms per evaluation (${sim.logs.size} events held)`);
  }

  const withAlerting = new Drill(scenario, 43);
  const perSecond = mean(1, () => withAlerting.advanceTo(withAlerting.endsAt)) / (withAlerting.endsAt / 1000);
  report('drill second incl. rules, dispatcher, receivers', `${(perSecond * 1000).toFixed(0)} µs per sim second (${Math.round(1000 / perSecond)}× real time)`);

  const rulesText = readFileSync(join(folder, 'rules.yml'), 'utf8');
  const preview = mean(3, () => previewRules(rulesText, { store: sim.store, epochMs: epoch, fromMs: now - 3_600_000, toMs: now, intervalMs: sim.intervalMs }));
  report('rule preview: rules.yml over the last hour', `${preview.toFixed(0)} ms`);
  const lab = mean(2, () => runRuleLab(scenario, scenario.doc.seed, GOOD_CHECKOUT_RULE, { withinMs: 300_000 }));
  report('alert-rule lab (two 15 min replays)', `${lab.toFixed(0)} ms`);
}
