import type { DrillEvent, Occurrence } from '../drill';
import { freshIncident } from '../drill/incident/chat-test-support';
import type { Criterion } from '../scenario';
import { simMillis } from '../sim/clock';
import { testScenario } from '../testing/scenarios';
import type { ScoringContext } from './context';

export const feedback = { met: 'met', missed: 'missed' };

/** 10:00:00 UTC on the test scenario's day: sim time 0. */
export const START_UNIX_MS = Date.UTC(2026, 2, 13, 10, 0, 0);

/** A history with the fault at 2m, its alert at 3m15s and the fault cleared at 5m. */
export const HISTORY: Occurrence[] = [
  { kind: 'drill.start', name: 'drill', at: simMillis(0) },
  { kind: 'fault.started', name: 'bad', at: simMillis(120_000) },
  { kind: 'alert.fired', name: 'HighErrors', at: simMillis(195_000) },
  { kind: 'fault.cleared', name: 'bad', at: simMillis(300_000) },
];

/** The synthetic drill's fault (its history is HISTORY's); rubric validation needs one for fault anchors. */
const FAULT = { id: 'bad', kind: 'bad-deploy', target: 'api', trigger: { at: '2m' }, params: { version: 'v2', error_ratio: 0.3 } };

/** Builds logged events with increasing seqs. */
export function eventLog(...entries: [t: number, type: string, payload?: object][]): DrillEvent[] {
  return entries.map(([t, type, payload], i) => ({ seq: i + 1, t, type, payload: payload ?? {} }));
}

/**
 * A scoring context over a synthetic drill: a test scenario with this rubric, the given log and history, and a
 * world that answers no query unless the test gives one.
 */
export function syntheticContext(
  rubric: unknown[],
  events: DrillEvent[],
  options: { occurrences?: Occurrence[]; endAt?: number; query?: ScoringContext['query'] } = {},
): ScoringContext {
  return {
    scenario: testScenario({ rubric, faults: [FAULT] }, 'demo', 'v1'),
    seed: 1,
    events,
    occurrences: options.occurrences ?? HISTORY,
    incident: freshIncident(),
    endAt: simMillis(options.endAt ?? 600_000),
    startUnixMs: START_UNIX_MS,
    query: options.query ?? (() => []),
  };
}

/** A criterion around a condition, for tables that vary only the condition. */
export function criterionWith(when: unknown, points = 10, id = 'c'): Criterion {
  return { id, category: 'diagnose', points, when, feedback } as Criterion;
}
