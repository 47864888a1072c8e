import type { DrillEvent, Occurrence } from '../drill';
import { actionText } from '../drill';
import type { Anchor, AnchorSpec, EventAnchor } from '../scenario/rubric-schema';
import { ACTION_TYPES } from '../scenario/rubric-schema';
import { parseDuration } from '../sim/duration';
import type { ScoringContext } from './context';

/**
 * One end of a window. A drill moment bounds by time; a learner's own action bounds by log order (`seq`), so
 * "after the first kubectl get" excludes that very command and anything logged before it in the same millisecond.
 */
export type Bound = { at: number; seq?: number };

/** Where a condition looks: from `from` (inclusive) up to `to` (exclusive), `within` measured from `from`. */
export type Window = { from?: Bound; to?: Bound; withinMs?: number };

const LEARNER_ACTIONS: ReadonlySet<string> = new Set(ACTION_TYPES);

/** The learner's actions in the log (clock changes and interrupts are not ones a rubric reads). */
export function learnerActions(events: readonly DrillEvent[]): DrillEvent[] {
  return events.filter((e) => LEARNER_ACTIONS.has(e.type));
}

export function eventTypes(spec: string | readonly string[]): readonly string[] {
  return typeof spec === 'string' ? [spec] : spec;
}

/** Whether an event is of one of the types and its action text matches the pattern (when there is one). */
export function matchesEvent(event: DrillEvent, types: readonly string[], match: string | undefined): boolean {
  return types.includes(event.type) && (match === undefined || pattern(match).test(actionText(event)));
}

const patterns = new Map<string, RegExp>();

/** Rubric patterns compiled once (a criterion tests its pattern against every event in the log). */
function pattern(source: string): RegExp {
  let compiled = patterns.get(source);
  if (compiled === undefined) {
    compiled = new RegExp(source);
    patterns.set(source, compiled);
  }
  return compiled;
}

/**
 * Whether an occurrence is history but not the incident's: a red herring, or a fault the instructor injected from
 * the library (the learner is not scored on an extra fault the instructor chose to add; the console shows it).
 */
export function extraToIncident(o: Occurrence): boolean {
  return o.redHerring === true || o.injected === true;
}

/**
 * When a named anchor happened: the first time for most; for `fault.cleared`, the moment the last of the
 * incident's faults cleared (undefined while one is still active). Red herrings and injected faults never count
 * as the incident's.
 */
export function anchorTime(anchor: Anchor, occurrences: readonly Occurrence[]): number | undefined {
  if (anchor === 'fault.cleared') return allClearedAt(occurrences) ?? undefined;
  return occurrences.find((o) => o.kind === anchor && !extraToIncident(o))?.at;
}

/** The moment every incident fault that started had been cleared (null if one never was, or none started). */
export function allClearedAt(occurrences: readonly Occurrence[]): number | null {
  const incident = occurrences.filter((o) => !extraToIncident(o));
  const started = new Set(incident.filter((o) => o.kind === 'fault.started').map((o) => o.name));
  const cleared = incident.filter((o) => o.kind === 'fault.cleared');
  if (started.size === 0 || [...started].some((name) => !cleared.some((o) => o.name === name))) return null;
  return Math.max(...cleared.map((o) => o.at));
}

/** A bound from an anchor, or undefined when it never happened in this drill. */
export function resolveAnchor(spec: AnchorSpec, context: ScoringContext): Bound | undefined {
  if (typeof spec === 'string') {
    const at = anchorTime(spec, context.occurrences);
    return at === undefined ? undefined : { at };
  }
  const first = context.events.find((e) => matchesEvent(e, eventTypes(spec.event), spec.match));
  return first === undefined ? undefined : { at: first.t, seq: first.seq };
}

/** How an anchor reads in a detail line: `fault.cleared`, or `the first terminal.exec matching /^kubectl get/`. */
export function describeAnchor(spec: AnchorSpec): string {
  if (typeof spec === 'string') return spec;
  return describeEventAnchor(spec);
}

function describeEventAnchor(spec: EventAnchor): string {
  const types = eventTypes(spec.event).join(' or ');
  return `the first ${types}${spec.match === undefined ? '' : ` matching /${spec.match}/`}`;
}

/**
 * The window of a condition with `after`/`before`/`within`, or the reason it never opened (its `after` anchor
 * never happened). A `before` that never happened leaves the window open to the drill's end: the moment it
 * bounds never came, so everything the learner did came before it.
 */
export function resolveWindow(
  when: { after?: AnchorSpec; before?: AnchorSpec; within?: string },
  context: ScoringContext,
): { ok: true; window: Window } | { ok: false; reason: string } {
  const window: Window = {};
  if (when.after !== undefined) {
    const from = resolveAnchor(when.after, context);
    if (from === undefined) return { ok: false, reason: `${describeAnchor(when.after)} never happened, so there was nothing to measure from` };
    window.from = from;
  }
  if (when.before !== undefined) window.to = resolveAnchor(when.before, context);
  if (when.within !== undefined) window.withinMs = parseDuration(when.within)!;
  return { ok: true, window };
}

/** Whether a logged event lies inside a window. */
export function inWindow(event: DrillEvent, window: Window): boolean {
  const { from, to, withinMs } = window;
  if (from !== undefined && !(from.seq !== undefined ? event.seq > from.seq : event.t >= from.at)) return false;
  if (to !== undefined && !(to.seq !== undefined ? event.seq < to.seq : event.t < to.at)) return false;
  return withinMs === undefined || from === undefined || event.t - from.at <= withinMs;
}

/** Where a condition looked, for detail lines: "", " after alert.fired within 5m", " before fault.cleared". */
export function describeWindow(when: { after?: AnchorSpec; before?: AnchorSpec; within?: string }): string {
  const parts = [
    when.after === undefined ? '' : ` after ${describeAnchor(when.after)}`,
    when.within === undefined ? '' : ` within ${when.within}`,
    when.before === undefined ? '' : ` before ${describeAnchor(when.before)}`,
  ];
  return parts.join('');
}
