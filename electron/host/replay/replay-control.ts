import type { Result } from '../../contract';
import type { ReplayOpened } from '../../contract/requests';
import { err, ok } from '../../contract';
import type { DrillEvent } from '../../engine/drill';
import { replayDrill } from '../../engine/drill';
import type { Scenario } from '../../engine/scenario';
import type { ClockDriver } from '../drill/clock-driver';
import type { AttemptSession } from '../drill/session';
import type { HostContext } from '../handlers/context';
import { findScenario } from '../scenarios/catalog';
import { replayMarks } from './marks';
import { ReplaySession } from './replay-session';

/** An open replay, and the live drill (with its clock) put aside while it is open. */
export type ReplayState = {
  session: ReplaySession;
  live: AttemptSession | undefined;
  liveDriver: ClockDriver | undefined;
};

/**
 * The whole attempt re-derived to its end: an ended attempt to where it ended (its drill.end, or the scenario's
 * duration); one that never ended (the app closed mid-drill) to its last logged event, as far as anyone saw it.
 */
function wholeAttempt(scenario: Scenario, seed: number, events: readonly DrillEvent[], ended: boolean) {
  const until = ended ? Number.POSITIVE_INFINITY : Math.max(0, ...events.map((e) => e.t));
  return replayDrill(scenario, seed, events, until);
}

export function openReplay(context: HostContext, attemptId: number): Result<ReplayOpened> {
  const { store } = context;
  const row = store.attempts.listing(attemptId);
  if (!row) return err('not_found', `no attempt ${attemptId}`, 'attempt');
  const events: DrillEvent[] = store.events.list(attemptId).map(({ seq, t, type, payload }) => ({ seq, t, type, payload }));
  const base = { attempt: attemptId, scenario: row.scenarioId, version: row.scenarioVersion };
  const scenario = findScenario(store, row.scenarioId, row.scenarioVersion);
  if (!scenario) {
    const reason = `scenario "${row.scenarioId}" version ${row.scenarioVersion} is no longer installed, so this attempt cannot be re-derived; its stored events are listed as they were logged`;
    return ok({ ...base, available: false, reason, events });
  }
  let whole;
  try {
    whole = wholeAttempt(scenario, row.seed, events, row.status === 'ended');
  } catch (error) {
    // A log the installed scenario cannot play (a difficulty level it no longer has): show the events instead.
    const reason = `attempt ${attemptId} cannot be re-derived: ${error instanceof Error ? error.message : String(error)}; its stored events are listed as they were logged`;
    return ok({ ...base, available: false, reason, events });
  }
  const session = new ReplaySession({ scenario, seed: row.seed, attemptId, learner: row.learner, events, endsAt: whole.now });
  if (!context.replay) {
    // The live drill waits, clock stopped, until the replay closes.
    context.driver?.stop();
    context.replay = { session, live: context.session, liveDriver: context.driver };
    context.driver = undefined;
  } else {
    context.replay.session = session;
  }
  context.session = session;
  return ok({
    ...base,
    available: true,
    title: scenario.doc.title,
    endsAt: session.endsAt,
    startUnixMs: session.drill.sim.world.startUnixMs,
    marks: replayMarks(events, whole.occurrences()),
  });
}

/** Closes the replay: the live drill (if any) is back, its clock running again unless it had ended. Whether one was open. */
export function closeReplay(context: HostContext): boolean {
  const replay = context.replay;
  if (!replay) return false;
  context.replay = undefined;
  context.session = replay.live;
  context.driver = replay.liveDriver;
  if (context.driver && replay.live && !replay.live.drill.ended) context.driver.start();
  return true;
}

export function noReplay() {
  return err('conflict', 'no replay is open: open one with replay.open');
}
