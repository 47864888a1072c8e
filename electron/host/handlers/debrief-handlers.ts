import { ok } from '../../contract';
import { buildDebrief } from '../../engine/debrief';
import { debriefedAttempt, idealPath } from '../debrief';
import type { HandlerMap } from './context';

export const debriefHandlers: HandlerMap = {
  /**
   * The debrief of the ended drill (or of the attempt a replay has open): its path and score beside the expert
   * script's path on the same seed and difficulty, played once in a back end of its own and then cached.
   */
  'debrief.get': (context) => {
    const attempt = debriefedAttempt(context);
    if (!attempt.ok) return attempt;
    const { scenario, seed, drill, events, score } = attempt.value;
    const ideal = idealPath(context.store, { scenario: scenario.id, version: scenario.version, seed, difficulty: drill.difficulty.id });
    return ok(buildDebrief({ drill, events, score, ideal: ideal.path }));
  },
};
