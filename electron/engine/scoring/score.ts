import type { DrillEvent, Occurrence } from '../drill';
import { actionText } from '../drill';
import type { Anchor, Criterion, Scenario } from '../scenario';
import { parseDuration } from '../sim/duration';

export type CriterionResult = {
  id: string;
  category: string;
  points: number;
  max: number;
  evidence: number[];
  feedback: string;
};

/** The score report; its key order is part of the stable JSON that `drill play` prints. */
export type ScoreReport = {
  scenario: string;
  version: string;
  seed: number;
  total: number;
  max: number;
  categories: Record<string, { points: number; max: number }>;
  criteria: CriterionResult[];
  timings: { mtta_ms: number | null; mttd_ms: number | null; mttm_ms: number | null; mttr_ms: number | null };
};

/** Event types that show a learner working the incident (clock changes do not). */
const WORK_EVENTS = new Set(['terminal.exec', 'operation.run', 'alert.acknowledge', 'page.acknowledge', 'incident.resolve']);

/**
 * Scores an attempt from its event log and the re-derived occurrences of its drill. Pure: the same
 * scenario, seed, events and occurrences always give the same report.
 */
export function scoreAttempt(scenario: Scenario, seed: number, events: readonly DrillEvent[], occurrences: readonly Occurrence[]): ScoreReport {
  const criteria = scenario.doc.rubric.map((criterion) => scoreCriterion(criterion, events, occurrences));
  const categories: ScoreReport['categories'] = {};
  for (const result of criteria) {
    const category = (categories[result.category] ??= { points: 0, max: 0 });
    category.points += result.points;
    category.max += result.max;
  }
  return {
    scenario: scenario.id,
    version: scenario.version,
    seed,
    total: criteria.reduce((sum, c) => sum + c.points, 0),
    max: criteria.reduce((sum, c) => sum + c.max, 0),
    categories: Object.fromEntries(Object.entries(categories).sort(([a], [b]) => (a < b ? -1 : 1))),
    criteria,
    timings: computeTimings(events, occurrences),
  };
}

/**
 * When an anchor happened: the first time for most; for `fault.cleared`, the moment the last of the incident's
 * faults cleared (undefined while one is still active). Red herrings never count as the incident's faults.
 */
function anchorTime(anchor: Anchor, occurrences: readonly Occurrence[]): number | undefined {
  if (anchor === 'fault.cleared') return allClearedAt(occurrences) ?? undefined;
  return occurrences.find((o) => o.kind === anchor && !o.redHerring)?.at;
}

function scoreCriterion(criterion: Criterion, events: readonly DrillEvent[], occurrences: readonly Occurrence[]): CriterionResult {
  const { when } = criterion;
  const pattern = when.match === undefined ? undefined : new RegExp(when.match);
  const after = when.after === undefined ? undefined : anchorTime(when.after, occurrences);
  const before = when.before === undefined ? undefined : anchorTime(when.before, occurrences);
  const within = when.within === undefined ? undefined : parseDuration(when.within)!;
  const types: readonly string[] = typeof when.event === 'string' ? [when.event] : when.event;
  const anchorMissing = when.after !== undefined && after === undefined;
  const matches = anchorMissing
    ? []
    : events.filter(
        (e) =>
          types.includes(e.type) &&
          (pattern === undefined || pattern.test(actionText(e))) &&
          (after === undefined || e.t >= after) &&
          (within === undefined || e.t - after! <= within) &&
          (before === undefined || e.t < before),
      );
  const penalty = criterion.points < 0;
  const met = matches.length > 0;
  // A reward cites the first event that earned it; a penalty cites every event that incurred it.
  const evidence = (penalty ? matches : matches.slice(0, 1)).map((e) => e.seq);
  return {
    id: criterion.id,
    category: criterion.category,
    points: met ? criterion.points : 0,
    max: penalty ? 0 : criterion.points,
    evidence,
    feedback: met ? criterion.feedback.met : criterion.feedback.missed,
  };
}

function computeTimings(events: readonly DrillEvent[], occurrences: readonly Occurrence[]): ScoreReport['timings'] {
  const faultStart = anchorTime('fault.started', occurrences);
  const fired = anchorTime('alert.fired', occurrences);
  const firstAfter = (from: number | undefined, test: (e: DrillEvent) => boolean): number | null => {
    if (from === undefined) return null;
    const event = events.find((e) => e.t >= from && test(e));
    return event === undefined ? null : event.t - from;
  };
  return {
    mtta_ms: firstAfter(fired, (e) => e.type === 'alert.acknowledge' || e.type === 'page.acknowledge'),
    mttd_ms: firstAfter(faultStart, (e) => WORK_EVENTS.has(e.type)),
    mttm_ms: faultStart === undefined ? null : elapsedSince(allClearedAt(occurrences), faultStart),
    mttr_ms: firstAfter(faultStart, (e) => e.type === 'incident.resolve'),
  };
}

/** The moment every incident fault that started had been cleared (null if one never was, or none started). */
function allClearedAt(occurrences: readonly Occurrence[]): number | null {
  const incident = occurrences.filter((o) => !o.redHerring);
  const started = new Set(incident.filter((o) => o.kind === 'fault.started').map((o) => o.name));
  const cleared = incident.filter((o) => o.kind === 'fault.cleared');
  if (started.size === 0 || [...started].some((name) => !cleared.some((o) => o.name === name))) return null;
  return Math.max(...cleared.map((o) => o.at));
}

function elapsedSince(at: number | null, from: number): number | null {
  return at === null ? null : at - from;
}
