import type { DebriefSpec } from '../scenario/postmortem-schema';
import type { ScoreReport } from '../scoring';
import type { Debrief } from './types';

/** What to practise when a scenario gives no advice of its own for a category. */
const GENERIC_ADVICE: Record<string, string> = {
  detect: 'Acknowledge the alert as soon as it fires and look at what it measures before anything else.',
  diagnose: 'Start from what changed: recent deploys, config and dependencies. Then confirm with a query or a log search before acting.',
  mitigate: 'Stop the bleeding first (roll back, fail over, shed load), then check that the error rate has actually recovered.',
  communicate: 'Declare early, post an initial report with impact, status and the time of the next update, and keep to that cadence.',
  postmortem: 'Write the postmortem blamelessly: the system and the process, five whys down to the root cause, and action items with owners.',
  process: 'Follow the incident process: take the commander role, hand out roles and tasks with a time to report back, and resolve explicitly.',
};

const FALLBACK_ADVICE = 'Replay the drill and compare your path with the ideal one on the chart above.';

/**
 * Every category that lost points (max − points > 0, penalties included), most points lost first, with the
 * scenario's advice for it (all its entries for that category, in order) or the generic line.
 */
export function practiseNext(score: ScoreReport, spec: DebriefSpec | undefined): Debrief['practise'] {
  const lost = Object.entries(score.categories)
    .map(([category, c]) => ({ category, lost: c.max - c.points }))
    .filter((c) => c.lost > 0);
  // Ties go alphabetically, so the same score always lists the same order.
  lost.sort((a, b) => b.lost - a.lost || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
  return lost.map(({ category, lost: points }) => {
    const own = (spec?.practise ?? []).filter((p) => p.category === category).map((p) => p.text.trim());
    const text = own.length > 0 ? own.join(' ') : (GENERIC_ADVICE[category] ?? FALLBACK_ADVICE);
    return { category, lost: points, text };
  });
}
