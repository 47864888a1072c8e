import type { Result } from '../../contract';
import { err, ok } from '../../contract';
import type { Drill, DrillEvent } from '../../engine/drill';
import { replayDrill } from '../../engine/drill';
import type { Scenario } from '../../engine/scenario';
import type { ScoreReport } from '../../engine/scoring';
import { scoreAttempt, scoringContext } from '../../engine/scoring';
import type { HostContext } from '../handlers/context';
import { noDrill } from '../handlers/drill-handlers';

/** The attempt a debrief describes: its scenario version and seed, the drill at its end, its log and its score. */
export type DebriefedAttempt = { scenario: Scenario; seed: number; drill: Drill; events: DrillEvent[]; score: ScoreReport };

/**
 * Which attempt the debrief is about: the one being replayed when a replay is open (all of it, wherever the
 * scrubber is), otherwise the session's drill once it has ended.
 */
export function debriefedAttempt(context: HostContext): Result<DebriefedAttempt> {
  const replay = context.replay?.session;
  if (replay) {
    // The replay session sits at the scrubber's moment; the debrief needs the whole attempt, re-derived to its end.
    const events = context.store.events.list(replay.attemptId).map(({ seq, t, type, payload }) => ({ seq, t, type, payload }));
    const drill = replayDrill(replay.scenario, replay.seed, events, replay.endsAt);
    return ok({ scenario: replay.scenario, seed: replay.seed, drill, events, score: scoreAttempt(scoringContext(drill, events)) });
  }
  const session = context.session;
  if (!session) return noDrill();
  if (!session.drill.ended) return err('conflict', 'the debrief is ready when the drill ends');
  return ok({ scenario: session.scenario, seed: session.seed, drill: session.drill, events: session.events(), score: session.score() });
}
