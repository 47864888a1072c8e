import { isInstructorEvent } from '../../engine/drill/actions';
import type { DrillEvent } from '../../engine/drill/actions';
import type { ScoreReport } from '../../engine/scoring';
import { clockTime } from '../../engine/scoring/clock';

/** The first instructor intervention in an attempt's log, if any. */
export function firstIntervention(events: readonly DrillEvent[]): DrillEvent | undefined {
  return events.find(isInstructorEvent);
}

/**
 * The score with each criterion whose points were earned after the first instructor intervention marked by a
 * details line (its first evidence was logged after the intervention). Points and totals are unchanged: the
 * marker tells the reader, it does not judge. Without an intervention the report comes back as it was.
 */
export function markInterventions(report: ScoreReport, events: readonly DrillEvent[], startUnixMs: number): ScoreReport {
  const first = firstIntervention(events);
  if (!first) return report;
  const line = `earned after an instructor intervention at ${clockTime(startUnixMs, first.t)}`;
  const criteria = report.criteria.map((c) => {
    const earnedAfter = c.points > 0 && c.evidence.length > 0 && Math.min(...c.evidence) > first.seq;
    return earnedAfter ? { ...c, details: [...(c.details ?? []), line] } : c;
  });
  return { ...report, criteria };
}
