import { SEVERITIES } from '../../drill/incident/types';
import type { Severity } from '../../drill/incident/types';
import type { ScoringContext } from '../context';
import { clockTime } from '../clock';
import { payloadOf } from './facts';
import type { CheckParams } from './params';
import type { CheckResult } from './result';
import { evidenceOf } from './result';

/**
 * The severity the learner declared, and the one the incident ended with, against the scenario's truth. PagerDuty:
 * when unsure, treat the incident as the higher severity — so one level worse than the truth is acceptable (unless
 * the rubric asks for the exact level); a lower severity never is.
 */
export function severityMatches(params: CheckParams<'severity-matches'>, context: ScoringContext): CheckResult {
  const truth = params.severity ?? context.scenario.doc.incident.severity;
  if (truth === undefined) return { met: false, evidence: [], details: ['the scenario names no incident severity to compare with'] };
  const declare = context.events.find((e) => e.type === 'incident.declare' && e.t <= context.endAt);
  if (declare === undefined) return { met: false, evidence: [], details: [`the incident was never declared, so it had no severity (this one is ${truth})`] };

  const changes = context.events.filter((e) => e.type === 'incident.severity' && e.t >= declare.t && e.t <= context.endAt);
  const judged = [declare, ...changes.slice(-1)];
  const verdicts = judged.map((event) => {
    const severity = payloadOf(event).severity as Severity;
    const verdict = compare(severity, truth, params.exact === true);
    const what = event === declare ? 'declared' : changes.length === 1 ? 'changed to' : `changed ${changes.length} times, last to`;
    return { ok: verdict.ok, line: `${what} ${severity} at ${clockTime(context.startUnixMs, event.t)}: ${verdict.text}` };
  });
  return { met: verdicts.every((v) => v.ok), evidence: evidenceOf(judged.map((e) => e.seq)), details: verdicts.map((v) => v.line) };
}

function compare(severity: Severity, truth: Severity, exact: boolean): { ok: boolean; text: string } {
  // SEVERITIES runs from the worst (SEV1) down: a smaller index is a higher severity.
  const higherBy = SEVERITIES.indexOf(truth) - SEVERITIES.indexOf(severity);
  if (higherBy === 0) return { ok: true, text: `matches the incident's ${truth} ✓` };
  if (higherBy < 0) return { ok: false, text: `lower than the incident's ${truth}` };
  if (exact) return { ok: false, text: `higher than the incident's ${truth}; this rubric asks for the exact severity` };
  if (higherBy === 1) return { ok: true, text: `one level higher than the incident's ${truth}, acceptable when unsure ✓` };
  return { ok: false, text: `${higherBy} levels higher than the incident's ${truth} (one level higher is the most that is acceptable)` };
}
