import type { Scenario } from '../scenario';
import type { DrillAction, DrillEvent } from './actions';
import { Drill } from './drill';
import { INSTRUCTOR_ACTION_TYPES } from './actions';
import { INCIDENT_ACTION_TYPES } from './incident/actions';
import type { Participant } from '../team/types';

const ACTION_TYPES = new Set<string>(['terminal.exec', 'terminal.interrupt', 'operation.run', 'alert.acknowledge', 'page.acknowledge', 'silence.create', 'silence.expire', 'rules.add', 'incident.resolve', 'drill.clock', 'drill.end', 'team.switch', ...INCIDENT_ACTION_TYPES, ...INSTRUCTOR_ACTION_TYPES]);

/** Rebuilds an action from its logged event (the payload is the action without its type). */
export function eventToAction(event: DrillEvent): DrillAction | undefined {
  if (!ACTION_TYPES.has(event.type)) return undefined;
  return { ...(event.payload as object), type: event.type } as DrillAction;
}

/** The difficulty level a drill was started at, as its drill.start event recorded it (older logs: none, the default). */
export function loggedDifficulty(events: readonly DrillEvent[]): string | undefined {
  const start = events.find((e) => e.type === 'drill.start')?.payload as { difficulty?: unknown } | undefined;
  return typeof start?.difficulty === 'string' ? start.difficulty : undefined;
}

/** The team of a team drill, as its drill.start event recorded it (none for a drill played alone). */
export function loggedTeam(events: readonly DrillEvent[]): Participant[] | undefined {
  const start = events.find((e) => e.type === 'drill.start')?.payload as { team?: unknown } | undefined;
  return Array.isArray(start?.team) ? (start.team as Participant[]) : undefined;
}

/**
 * Re-derives a drill from its event log: the same scenario, seed, difficulty and timed actions reproduce every
 * sample, log line and alert. The drill is then advanced to `until` (its end time, for a finished one).
 */
export function replayDrill(scenario: Scenario, seed: number, events: readonly DrillEvent[], until: number): Drill {
  const drill = new Drill(scenario, seed, loggedDifficulty(events), loggedTeam(events));
  for (const event of events) {
    const action = eventToAction(event);
    if (action === undefined) continue;
    drill.advanceTo(event.t);
    drill.apply(action);
  }
  drill.advanceTo(until);
  return drill;
}
