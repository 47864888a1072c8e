import { isInstructorEvent } from '../../engine/drill/actions';
import type { DrillEvent } from '../../engine/drill/actions';
import { clockTime } from '../../engine/scoring/clock';
import type { AttemptSession } from '../drill/session';
import type { InstructorView, ProjectorState } from '../../contract/requests';
import type { Store } from '../store';
import { idealNext } from './next-step';

/**
 * What the instructor console shows: the learner's view plus the hidden truth (each fault's state, red herrings
 * marked), the message library and hints the instructor can send, and the interventions so far.
 */
export function instructorView(
  session: AttemptSession,
  speed: number,
  projection: ProjectorState,
  dashboards: InstructorView['dashboards'],
  /** Where the scenario's expert script is read from, for the ideal path's next step. */
  store?: Store,
): InstructorView {
  const drill = session.drill;
  const doc = drill.scenario.doc;
  const room = drill.incident.snapshot();
  const events = session.events();
  return {
    learner: drill.view(),
    speed,
    resumeSpeed: resumeSpeed(events),
    faults: drill.sim.faults.faults.map((f) => ({
      id: f.spec.id,
      kind: f.spec.kind,
      target: f.spec.target,
      redHerring: f.spec.red_herring,
      state: f.state,
      ...(f.startedAt === undefined ? {} : { startedAt: f.startedAt }),
      ...(f.clearedAt === undefined ? {} : { clearedAt: f.clearedAt }),
    })),
    nextStep: doc.debrief?.mitigation ?? null,
    library: doc.incident.script.map((e) => ({ id: e.id, from: e.from, text: e.text, question: e.question })),
    hints: { revealed: room.hints, left: room.hintsLeft },
    interventions: events.filter(isInstructorEvent).map((e) => ({ seq: e.seq, t: e.t, label: interventionLabel(e, drill.sim.world.startUnixMs) })),
    faultLibrary: faultLibrary(session),
    projection,
    dashboards,
    idealNext: store ? idealNext(store, session, events) : { status: 'unavailable', reason: 'no scenario store to read the expert script from' },
  };
}

/** The scenario's library faults (trigger `injected`): each one's state, `injected` once sent but not yet started. */
export function faultLibrary(session: AttemptSession): InstructorView['faultLibrary'] {
  return session.drill.sim.faults.faults
    .filter((f) => 'injected' in f.spec.trigger)
    .map((f) => ({
      id: f.spec.id,
      title: f.spec.title ?? `${f.spec.kind} on ${f.spec.target}`,
      kind: f.spec.kind,
      target: f.spec.target,
      state: f.state === 'waiting' && f.triggeredAt !== undefined ? 'injected' : f.state,
    }));
}

/** The last non-zero clock speed logged (by the learner or the instructor), or 1. */
export function resumeSpeed(events: readonly DrillEvent[]): 1 | 10 | 60 {
  const speeds = events.filter((e) => e.type === 'drill.clock').map((e) => (e.payload as { speed?: unknown }).speed);
  const last = speeds.filter((s): s is 1 | 10 | 60 => s === 1 || s === 10 || s === 60).at(-1);
  return last ?? 1;
}

/** One line per intervention, for the console's log ("10:04:10 UTC paused"). */
export function interventionLabel(event: DrillEvent, startUnixMs: number): string {
  const payload = (event.payload ?? {}) as Record<string, unknown>;
  const at = clockTime(startUnixMs, event.t);
  switch (event.type) {
    case 'drill.clock':
      return payload.speed === 0 ? `${at} paused` : `${at} clock at ×${String(payload.speed)}`;
    case 'drill.end':
      return `${at} ended the drill`;
    case 'instructor.inject':
      return `${at} sent message "${String(payload.message)}"`;
    case 'instructor.hint':
      return `${at} revealed a hint`;
    case 'instructor.injectFault':
      return `${at} injected fault "${String(payload.fault)}"`;
    default:
      return `${at} ${event.type}`;
  }
}
