/**
 * The alert-rule lab: a learner's rule file replayed against a scenario twice with the same seed — with
 * the incident, and as a fault-free baseline (red herrings kept) — and scored on whether its alerts fire
 * for the incident, stay quiet without it, wait out noise and carry what a responder needs.
 */
import type { Scenario } from '../../scenario';
import { parseRuleFile } from '../rules';
import type { AlertingRule, RuleProblem } from '../rules';
import type { LabReport, RuleSummary } from '../timeline';
import { labChecks } from './checks';
import { baselineDocument, replayWithRules } from './replay';

export type LabOptions = {
  /** How soon after the fault starts an alert must fire to count. */
  withinMs: number;
  /** Names the learner's file in problems. */
  file?: string;
};

const problem = (file: string, reason: string): LabReport => ({ ok: false, problems: [{ file, reason }] });

/** A rule's health over both runs: an error in either counts. */
function mergeHealth(fault: RuleSummary[], baseline: RuleSummary[]): RuleSummary[] {
  return fault.map((r, i) => (r.health !== 'err' && baseline[i]?.health === 'err' ? { ...baseline[i] } : r));
}

/** Scores the rule file `text` against `scenario` played with `seed`; same inputs, same report. */
export function runRuleLab(scenario: Scenario, seed: number, text: string, opts: LabOptions): LabReport {
  const file = opts.file ?? 'rules.yml';
  const parsed = parseRuleFile(text, file);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const alerting = parsed.groups.flatMap((g) => g.rules).filter((r): r is AlertingRule => r.kind === 'alert');
  if (alerting.length === 0) return problem(file, 'no alerting rules: the lab scores alerts, so add at least one rule with `alert:` (recording rules may feed it)');
  if (!(opts.withinMs > 0)) return problem(file, `the recall window must be positive, got ${opts.withinMs}ms`);
  const scenarioGroups = scenario.ruleGroups ?? [];
  const fault = replayWithRules(scenario.doc, seed, scenarioGroups, parsed.groups);
  const onset = fault.faultStarts.find((f) => !f.redHerring);
  if (onset === undefined) {
    const noIncident: RuleProblem = { file: 'scenario.yaml', reason: `scenario ${scenario.id} has no fault that starts by itself within its ${scenario.doc.duration} (red herrings aside): there is no incident to detect` };
    return { ok: false, problems: [noIncident] };
  }
  const baseline = replayWithRules(baselineDocument(scenario.doc), seed, scenarioGroups, parsed.groups);
  const onsetMs = fault.startUnixMs + onset.at;
  const checks = labChecks({ rules: alerting, fault: fault.timelines, baseline: baseline.timelines, onsetMs, withinMs: opts.withinMs });
  return {
    ok: true,
    scenario: scenario.id,
    seed,
    startUnixMs: fault.startUnixMs,
    endUnixMs: fault.startUnixMs + fault.endsAt,
    onsetMs,
    withinMs: opts.withinMs,
    rules: mergeHealth(fault.rules, baseline.rules),
    fault: fault.timelines,
    baseline: baseline.timelines,
    checks,
    score: checks.reduce((n, c) => n + c.points, 0),
    max: checks.reduce((n, c) => n + c.max, 0),
  };
}
