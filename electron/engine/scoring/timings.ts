import type { DrillEvent } from '../drill';
import type { ScoringContext } from './context';
import { allClearedAt, anchorTime } from './window';

export type Timings = { mtta_ms: number | null; mttd_ms: number | null; mttm_ms: number | null; mttr_ms: number | null };

/** Event types that show a learner working the incident (clock changes and reads alone do not). */
const WORK_EVENTS = new Set(['terminal.exec', 'operation.run', 'alert.acknowledge', 'page.acknowledge', 'incident.resolve']);

/**
 * The incident's clock, from the drill's history: time to acknowledge (from the first alert), to detect (the
 * first work after the fault), to mitigate (until every incident fault cleared) and to resolve (the first
 * `incident.resolve` after the fault). Null when the moment never came.
 */
export function computeTimings(context: Pick<ScoringContext, 'events' | 'occurrences'>): Timings {
  const { events, occurrences } = context;
  const faultStart = anchorTime('fault.started', occurrences);
  const fired = anchorTime('alert.fired', occurrences);
  const firstAfter = (from: number | undefined, test: (e: DrillEvent) => boolean): number | null => {
    if (from === undefined) return null;
    const event = events.find((e) => e.t >= from && test(e));
    return event === undefined ? null : event.t - from;
  };
  const cleared = allClearedAt(occurrences);
  return {
    mtta_ms: firstAfter(fired, (e) => e.type === 'alert.acknowledge' || e.type === 'page.acknowledge'),
    mttd_ms: firstAfter(faultStart, (e) => WORK_EVENTS.has(e.type)),
    mttm_ms: faultStart === undefined || cleared === null ? null : cleared - faultStart,
    mttr_ms: firstAfter(faultStart, (e) => e.type === 'incident.resolve'),
  };
}
