import type { DrillEvent } from '../drill';
import { actionText } from '../drill';
import type { TextCondition } from '../scenario/rubric-schema';
import { clockTime } from './clock';
import type { ScoringContext } from './context';
import type { ConditionOutcome } from './outcome';
import { unmet } from './outcome';
import type { TextVerdict } from './text-match';
import { judgeText } from './text-match';
import { describeWindow, eventTypes, inWindow, resolveWindow } from './window';

/**
 * The words of the learner's messages. A reward is met by the first event in the window whose text matches a
 * phrase of every `require` group and none of `forbid`. A penalty is incurred by every event whose text matches
 * every `require` group and, when `forbid` is given, contains a forbidden phrase ("jargon to executives").
 */
export function evaluateTextCondition(when: TextCondition, penalty: boolean, context: ScoringContext): ConditionOutcome {
  const resolved = resolveWindow(when, context);
  if (!resolved.ok) return unmet(resolved.reason);
  const spec = when.text;
  const require = spec.require ?? [];
  const forbid = spec.forbid ?? [];
  const types = eventTypes(spec.event);
  const judged = context.events
    .filter((e) => types.includes(e.type) && inWindow(e, resolved.window))
    .map((event) => ({ event, verdict: judgeText(textOf(event, spec.field), require, forbid) }));
  const label = ({ event }: { event: DrillEvent }) => `the ${event.type} at ${clockTime(context.startUnixMs, event.t)}`;
  const where = spec.field === undefined ? types.join(' or ') : `${types.join(' or ')} (${spec.field})`;
  if (judged.length === 0) return unmet(`no ${where}${describeWindow(when)}`);
  const hasAll = (v: TextVerdict) => v.groups.every((g) => g !== undefined);
  if (penalty) {
    const incurred = judged.filter(({ verdict }) => hasAll(verdict) && (forbid.length === 0 || verdict.forbidden.length > 0));
    const details = incurred.map((j) => `${label(j)} said ${quoteAll(forbid.length > 0 ? j.verdict.forbidden : said(j.verdict))}`);
    return { met: incurred.length > 0, evidence: incurred.map(({ event }) => event.seq), details };
  }
  const first = judged.find(({ verdict }) => hasAll(verdict) && verdict.forbidden.length === 0);
  if (first) {
    const mentioned = said(first.verdict);
    return { met: true, evidence: [first.event.seq], details: mentioned.length === 0 ? [] : [`${label(first)} mentioned ${quoteAll(mentioned)}`] };
  }
  // The closest miss: the candidate that met the most groups (the first of those), and what it lacked.
  const closest = judged.reduce((best, j) => (score(j.verdict) > score(best.verdict) ? j : best));
  const lacking = require.filter((_, i) => closest.verdict.groups[i] === undefined).map((group) => `mentioned none of ${quoteAll(group)}`);
  const problems = [...lacking, ...(closest.verdict.forbidden.length > 0 ? [`said ${quoteAll(closest.verdict.forbidden)}`] : [])];
  return unmet(`${label(closest)} ${problems.join(' and ')}`);
}

/** The text a condition reads: a payload field (a dotted path) or the action's whole text. */
function textOf(event: DrillEvent, field: string | undefined): string {
  if (field === undefined) return actionText(event);
  let value: unknown = event.payload;
  for (const key of field.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function said(verdict: TextVerdict): string[] {
  return verdict.groups.filter((g): g is string => g !== undefined);
}

function score(verdict: TextVerdict): number {
  return said(verdict).length - verdict.forbidden.length;
}

function quoteAll(phrases: readonly string[]): string {
  return phrases.map((p) => `"${p}"`).join(', ');
}
