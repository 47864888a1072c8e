import { SEVERITIES } from '../../drill/incident/types';
import { parseDuration } from '../../sim/duration';
import type { ScoringContext } from '../context';
import { clockTime } from '../clock';
import { spoken } from './phrasing';
import { incidentStart } from './facts';
import type { CheckParams } from './params';
import type { CheckResult } from './result';
import { evidenceOf, tick } from './result';
import { byWhom, namesScope, nextUpdateProblem, postedUpdates } from './updates';

/**
 * PagerDuty: the first message goes out within minutes of the incident starting, and the first full report says
 * who is affected and how (impact), what is affected (scope), how bad it is (severity) and when the next update
 * comes. The report judged is the first update marked initial, else the first update of any kind.
 */
export function initialReport(params: CheckParams<'initial-report'>, context: ScoringContext): CheckResult {
  const windowText = params.within ?? context.scenario.doc.incident.initial_report_within;
  const window = parseDuration(windowText)!;
  const start = incidentStart(context);
  const updates = postedUpdates(context);
  const report = updates.find((u) => u.update.kind === 'initial') ?? updates[0];

  if (report === undefined) {
    const due = start === undefined
      ? 'no alert fired and the incident was never declared'
      : `it was due by ${clockTime(context.startUnixMs, start.at + window)} (${windowText} after ${start.label} at ${clockTime(context.startUnixMs, start.at)})`;
    return { met: false, evidence: [], details: [`no initial report was posted: ${due}`] };
  }

  const { update } = report;
  const nextProblem = nextUpdateProblem(update);
  const parts = [
    tick('impact', (update.impact ?? '').trim() !== ''),
    tick('scope', namesScope(context, update)),
    tick('severity', (SEVERITIES as readonly string[]).includes(update.severity)),
    tick('next update', nextProblem === undefined, nextProblem === 'no next-update time' ? 'next update missing' : `next update "${update.nextUpdateIn.trim()}" is not a duration`),
  ];
  const delay = start === undefined ? 0 : report.at - start.at;
  const onTime = delay <= window;
  const when = start === undefined
    ? 'with no alert fired'
    : delay < 0
      ? `${spoken(-delay)} before ${start.label}`
      : `${spoken(delay)} after ${start.label}${onTime ? '' : `, later than the ${windowText} window`}`;
  const complete = parts.every((p) => p.endsWith('✓'));
  return {
    met: onTime && complete,
    evidence: evidenceOf(report.evidence),
    details: [`initial report${byWhom(report)} at ${clockTime(context.startUnixMs, report.at)}, ${when}: ${parts.join(', ')}`],
  };
}
