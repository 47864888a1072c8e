import type { Result } from '../../contract';
import { err, ok } from '../../contract';
import type { SpeedSetter } from '../../contract/events';
import type { AttemptResumed } from '../../contract/requests';
import type { DrillEvent } from '../../engine/drill';
import type { HostContext } from '../handlers/context';
import { closeReplay } from '../replay/replay-control';
import { findScenario } from '../scenarios/catalog';
import { ClockDriver } from './clock-driver';
import { DrillSession } from './session';

/**
 * The clock speed last chosen in the log and who chose it (1×, the learner's, if nobody changed it): a resumed
 * clock runs at it, and a headless drill (no clock driver) reports it.
 */
export function loggedClock(events: readonly DrillEvent[]): { speed: number; by: SpeedSetter } {
  const last = events.filter((e) => e.type === 'drill.clock').at(-1)?.payload as { speed?: unknown; by?: unknown } | undefined;
  return { speed: typeof last?.speed === 'number' ? last.speed : 1, by: last?.by === 'instructor' ? 'instructor' : 'learner' };
}

/** `attempt.resume`: makes a running attempt's continuation the live drill (its clock running in a live app). */
export function resumeAttempt(context: HostContext, attemptId: number): Result<AttemptResumed> {
  const { store } = context;
  const row = store.attempts.listing(attemptId);
  if (!row) return err('not_found', `no attempt ${attemptId}`, 'attempt');
  if (row.status !== 'running') return err('conflict', `attempt ${attemptId} has ended: open it as a replay instead`, 'attempt');
  if (context.session?.attemptId === attemptId && !context.replay) {
    return err('conflict', `attempt ${attemptId} is the drill being played now`, 'attempt');
  }
  const scenario = findScenario(store, row.scenarioId, row.scenarioVersion);
  if (!scenario) {
    return err('not_found', `scenario "${row.scenarioId}" version ${row.scenarioVersion} is no longer installed, so attempt ${attemptId} cannot be resumed`, 'attempt');
  }
  const events: DrillEvent[] = store.events.list(attemptId).map(({ seq, t, type, payload }) => ({ seq, t, type, payload }));
  let session: DrillSession;
  try {
    session = new DrillSession(store, scenario, row.seed, attemptId, context.emit, row.learner, { log: events });
  } catch (error) {
    return err('bad_input', `attempt ${attemptId} cannot be re-derived from its log: ${error instanceof Error ? error.message : String(error)}`, 'attempt');
  }
  // Resuming is the learner moving on, as starting a drill is: a replay closes, the drill that was live is left as it is.
  if (context.replay) closeReplay(context);
  context.driver?.stop();
  context.session = session;
  context.driver = undefined;
  const clock = loggedClock(events);
  if (context.live && !session.drill.ended) {
    context.driver = new ClockDriver(session, context.emit);
    context.driver.start();
    context.driver.setSpeed(clock.speed, clock.by);
  }
  return ok({
    attempt: attemptId,
    resumedAt: session.drill.now,
    speed: clock.speed,
    speedBy: clock.by,
    scenario: scenario.id,
    version: scenario.version,
    seed: row.seed,
    title: scenario.doc.title,
    difficulty: session.drill.difficulty.id,
  });
}
