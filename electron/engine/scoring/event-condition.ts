import type { EventCondition } from '../scenario/rubric-schema';
import { clockTime } from './clock';
import type { ScoringContext } from './context';
import type { ConditionOutcome } from './outcome';
import { unmet } from './outcome';
import { describeWindow, eventTypes, inWindow, matchesEvent, resolveWindow } from './window';

/**
 * Learner actions of the named types, matching `match`, inside the window; met once `count` of them are logged.
 * A reward cites the events it counted (the first `count`); a penalty cites every matching event.
 */
export function evaluateEventCondition(when: EventCondition, penalty: boolean, context: ScoringContext): ConditionOutcome {
  const resolved = resolveWindow(when, context);
  if (!resolved.ok) return unmet(resolved.reason);
  const types = eventTypes(when.event);
  const matches = context.events.filter((e) => matchesEvent(e, types, when.match) && inWindow(e, resolved.window));
  const met = matches.length >= when.count;
  const what = `${types.join(' or ')}${when.match === undefined ? '' : ` matching /${when.match}/`}`;
  if (!met) {
    const found = matches.length === 0 ? 'none' : `only ${matches.length}`;
    return unmet(when.count === 1 ? `no ${what}${describeWindow(when)}` : `needed ${when.count} × ${what}${describeWindow(when)}; found ${found}`);
  }
  const cited = penalty ? matches : matches.slice(0, when.count);
  const details = when.count > 1 ? [`${cited.length} × ${what}, the ${ordinal(when.count)} at ${clockTime(context.startUnixMs, matches[when.count - 1]!.t)}`] : [];
  return { met, evidence: cited.map((e) => e.seq), details };
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
