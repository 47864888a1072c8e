import type { Severity, StructuredUpdate } from '../../drill/incident/types';
import { parseDuration } from '../../sim/duration';
import type { ScoringContext } from '../context';
import { clockTime } from '../clock';
import { spoken } from './phrasing';
import { severityAt } from './facts';
import type { CheckParams } from './params';
import type { CheckResult } from './result';
import { evidenceOf } from './result';
import type { PostedUpdate } from './updates';
import { byWhom, nextUpdateProblem, postedUpdates } from './updates';

const DEFAULT_GRACE = '1m';

/** The longest gap allowed after an update, and how a detail line states it ("SEV2 updates are due every 5m"). */
type Limit = { ms: number; text: string };

/**
 * PagerDuty: while an incident is open, updates come at least at the cadence of its severity, and each says what
 * changed or what is being done and when the next one comes. The gaps judged run from each update to the next
 * (the resolution closes the last one) or, for an incident left open, to the drill's end; the wait before the
 * first update is the initial report's business.
 */
export function updateCadence(params: CheckParams<'update-cadence'>, context: ScoringContext): CheckResult {
  const closedAt = context.incident.resolvedAt ?? context.endAt;
  const updates = postedUpdates(context).filter((u) => u.at <= closedAt);
  if (updates.length === 0) return { met: false, evidence: [], details: ['no update was posted while the incident was open'] };

  const grace = params.grace ?? DEFAULT_GRACE;
  const graceMs = parseDuration(grace)!;
  const problems: string[] = [];
  let longest: { ms: number; limit: Limit | undefined } = { ms: 0, limit: undefined };

  updates.forEach((current, i) => {
    const previous = updates[i - 1];
    const incomplete = missingParts(current.update, previous?.update);
    if (incomplete.length > 0) problems.push(`the update${byWhom(current)} at ${clockTime(context.startUnixMs, current.at)} had ${incomplete.join(' and ')}`);
    if (current.update.kind === 'resolution') return;
    const next = updates[i + 1];
    const until = next?.at ?? closedAt;
    const gap = until - current.at;
    const limit = limitAfter(params, context, current);
    if (gap > longest.ms) longest = { ms: gap, limit };
    if (limit === undefined || gap <= limit.ms + graceMs) return;
    problems.push(
      next !== undefined
        ? `the update${byWhom(next)} at ${clockTime(context.startUnixMs, next.at)} came ${spoken(gap)} after the one at ${clockTime(context.startUnixMs, current.at)}; ${limit.text}`
        : `no update after the one at ${clockTime(context.startUnixMs, current.at)}: ${spoken(gap)} until ${context.incident.resolvedAt !== undefined ? 'the resolution' : 'the drill ended'}; ${limit.text}`,
    );
  });

  const allowed = longest.limit === undefined ? 'no cadence applies' : `${longest.limit.text}, ${grace} grace`;
  const span = updates.length === 1 ? `1 update, at ${clockTime(context.startUnixMs, updates[0]!.at)}` : `${updates.length} updates from ${clockTime(context.startUnixMs, updates[0]!.at)} to ${clockTime(context.startUnixMs, updates.at(-1)!.at)}`;
  const summary = `${span}; longest gap ${spoken(longest.ms)} (${allowed})`;
  return { met: problems.length === 0, evidence: evidenceOf(updates.flatMap((u) => u.evidence)), details: [summary, ...problems] };
}

/** The cadence after an update: the param, else the scenario's for the severity in force (declared, else the update's own). */
function limitAfter(params: CheckParams<'update-cadence'>, context: ScoringContext, update: PostedUpdate): Limit | undefined {
  if (params.every !== undefined) return { ms: parseDuration(params.every)!, text: `updates are due every ${params.every}` };
  const severity: Severity | undefined = severityAt(context.events, update.at) ?? update.update.severity;
  if (severity === undefined) return undefined;
  const cadence = context.scenario.doc.incident.cadence[severity];
  return cadence === null ? undefined : { ms: parseDuration(cadence)!, text: `${severity} updates are due every ${cadence}` };
}

/**
 * What an update left out: what changed or what is being done (its actions, or a new status or impact since the
 * previous update), and when the next comes. A resolution promises no next update.
 */
function missingParts(update: StructuredUpdate, previous: StructuredUpdate | undefined): string[] {
  const missing: string[] = [];
  const impact = (update.impact ?? '').trim();
  const changed = previous === undefined ? impact !== '' : update.status !== previous.status || (impact !== '' && impact !== (previous.impact ?? '').trim());
  if ((update.actions ?? '').trim() === '' && !changed) missing.push('nothing on what changed or what is being done');
  if (update.kind !== 'resolution') {
    const next = nextUpdateProblem(update);
    if (next !== undefined) missing.push(next);
  }
  return missing;
}
