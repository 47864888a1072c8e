import type { DrillEvent } from '../../engine/drill';
import { replayDrill } from '../../engine/drill';
import type { Scenario } from '../../engine/scenario';
import type { ScoreReport } from '../../engine/scoring';
import { scoreAttempt, scoringContext } from '../../engine/scoring';

export const NOT_RESCORED = 'scenario version not installed: not re-scored';

/** Whether a flag says the attempt went unscored (its scenario was missing, or its events could not be played). */
export function isNotRescoredFlag(flag: string): boolean {
  return flag === NOT_RESCORED || flag.endsWith(': not re-scored');
}

/**
 * Re-plays an attempt from its own events, in seq order, and scores it. An ended attempt runs to its end (its
 * drill.end or the scenario's length); an unfinished one only to its last event. Nothing stored is trusted.
 */
export function rescoreEvents(
  scenario: Scenario,
  seed: number,
  logged: readonly Pick<DrillEvent, 'seq' | 't' | 'type' | 'payload'>[],
  ended: boolean,
): { score: ScoreReport } | { problem: string } {
  const events: DrillEvent[] = [...logged].sort((a, b) => a.seq - b.seq).map(({ seq, t, type, payload }) => ({ seq, t, type, payload }));
  const until = ended ? Number.POSITIVE_INFINITY : Math.max(0, ...events.map((e) => e.t));
  try {
    const drill = replayDrill(scenario, seed, events, until);
    return { score: scoreAttempt(scoringContext(drill, events)) };
  } catch (error) {
    return { problem: `cannot re-play the events (${error instanceof Error ? error.message : String(error)}): not re-scored` };
  }
}

/** The flags a re-score raises: a replay problem, or a claimed total the events do not earn. */
export function rescoreFlags(result: { score: ScoreReport } | { problem: string }, claimedTotal: number | null): string[] {
  if ('problem' in result) return [result.problem];
  return claimedTotal !== null && claimedTotal !== result.score.total ? [`claimed ${claimedTotal}, events earn ${result.score.total}`] : [];
}
