import type { AnchorSpec, Criterion } from '../scenario/rubric-schema';
import { injectionOnlyFaults } from '../sim/faults/library';
import { parseDuration } from '../sim/duration';
import { clockTime } from './clock';
import type { ScoringContext } from './context';
import type { Bound } from './window';
import { describeAnchor, extraToIncident, resolveAnchor } from './window';

/**
 * Why nothing the learner does from sim time `now` on can meet a criterion, because its window has closed: "its
 * window closed 5m after alert.fired, at 10:08:15 UTC". Undefined when it may still be met, or when that is not
 * certain. It says nothing of whether the criterion is met already (the scorer's business): only that new actions
 * cannot change that, so a criterion unmet at `now` stays unmet.
 *
 * Conservative: an `after` anchor that has not happened may still happen, so it closes nothing; a `before` anchor
 * that happened, or `within` run out from an `after` that happened, closes the window. A communication check has
 * no window in the rubric and is never closed while the drill runs.
 */
export function windowClosed(criterion: Criterion, context: ScoringContext, now: number): string | undefined {
  const when = criterion.when;
  if ('check' in when) return undefined;
  const closes: { at: number; reason: string }[] = [];
  const at = (t: number) => clockTime(context.startUnixMs, t);

  const before = when.before === undefined ? undefined : settledAnchor(when.before, context);
  if (when.before !== undefined && before !== undefined && beforeHasPassed(before, 'promql' in when, now)) {
    closes.push({ at: before.at, reason: `its window closed at ${describeAnchor(when.before)}, at ${at(before.at)}` });
  }

  // A world condition has no `within`; for the others it counts from `after` (the schema refuses it without one).
  const within = 'promql' in when ? undefined : when.within;
  if (within !== undefined && when.after !== undefined) {
    const from = settledAnchor(when.after, context);
    const end = from === undefined ? undefined : from.at + parseDuration(within)!;
    // An action at `end` itself is still in time (within is inclusive), so only a later `now` closes it.
    if (end !== undefined && now > end) closes.push({ at: end, reason: `its window closed ${within} after ${describeAnchor(when.after)}, at ${at(end)}` });
  }

  return closes.sort((a, b) => a.at - b.at)[0]?.reason;
}

/**
 * Whether the moment a window ends by has passed for whatever the learner does next. A learner's own action bounds
 * by log order, and any new action is logged after it. A drill moment bounds by time: a new action comes at `now`
 * or later, so one at `now` is already too late for a moment at `now`. A world condition looks at the world at each
 * step up to the moment, inclusive, so only a moment before `now` leaves every step it looks at in the past.
 */
function beforeHasPassed(before: Bound, world: boolean, now: number): boolean {
  if (world) return before.at < now;
  return before.seq !== undefined || before.at <= now;
}

/**
 * An anchor's bound once it can no longer move. The first of a kind never moves once it happened; `fault.cleared`
 * (when the last incident fault cleared) can while an incident fault is still to start, so it counts only once
 * every incident fault of the scenario has cleared.
 */
function settledAnchor(spec: AnchorSpec, context: ScoringContext): Bound | undefined {
  if (spec === 'fault.cleared' && !everyIncidentFaultCleared(context)) return undefined;
  return resolveAnchor(spec, context);
}

/** Whether every fault that belongs to the incident (not a red herring, not one only the instructor's injection starts) has cleared. */
function everyIncidentFaultCleared(context: ScoringContext): boolean {
  const faults = context.scenario.doc.faults;
  const extra = injectionOnlyFaults(faults);
  return faults
    .filter((f) => !f.red_herring && !extra.has(f.id))
    .every((f) => context.occurrences.some((o) => o.kind === 'fault.cleared' && o.name === f.id && !extraToIncident(o)));
}
