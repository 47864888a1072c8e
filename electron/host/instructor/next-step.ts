import type { IdealNext, PassedStep } from '../../contract/requests';
import type { DrillEvent } from '../../engine/drill';
import type { Criterion } from '../../engine/scenario/rubric-schema';
import { scoreAttempt, scoringContext } from '../../engine/scoring';
import type { ScoreReport, ScoringContext } from '../../engine/scoring';
import { windowClosed } from '../../engine/scoring/window-closed';
import { cachedIdealPath, EXPERT_SCRIPT, idealKeyId, prepareIdealPath } from '../debrief/ideal-path';
import type { ExpertStep, IdealKey, IdealPath } from '../debrief/ideal-path';
import type { AttemptSession } from '../drill/session';
import type { Store } from '../store';

/** The expert's run reduced to its steps in the order it earned them, or why there is none to follow. */
export type ExpertRun = { steps: ExpertStep[] } | { problem: string };

/** Ideal paths being built for the console (by the key's cache id), so a poll while one builds does not start another. */
const building = new Map<string, Promise<ExpertRun>>();

/**
 * The learner's score as last worked out per session, with what it was worked out from: the console asks on every
 * clock tick, and scoring takes tens of milliseconds. It is worked out again after every logged action, and
 * otherwise once per LEARNER_RESCORE_MS of sim time (criteria that watch the world, such as a recovery, move with it).
 */
const LEARNER_RESCORE_MS = 30_000;
type LearnerScore = { report: ScoreReport; context: ScoringContext };
const learnerScores = new WeakMap<AttemptSession, LearnerScore & { key: string }>();

/**
 * What the console shows as the ideal path's next step for this drill. The expert's run takes a second or more to
 * play, too long for a request the console polls: the first ask starts it after this request has been answered
 * and says `building`; later asks read the cached run. The learner's own progress is scored again after each of
 * their actions and as the sim clock moves on (see learnerScore); expert steps whose window had closed by then
 * (windowClosed) are passed over and listed as missed for good.
 */
export function idealNext(store: Store, session: AttemptSession, events: readonly DrillEvent[]): IdealNext {
  const run = expertRunNow(store, keyOf(session));
  if (run === undefined) return { status: 'building' };
  if ('problem' in run) return { status: 'unavailable', reason: run.problem };
  const { report, context } = learnerScore(session, events);
  // Closed as of the moment the score was worked out: the score covers every step a world condition looked at up to
  // then, and a window closed then stays closed.
  return nextOnIdealPath(run.steps, report, session.drill.scenario.doc.rubric, (criterion) => windowClosed(criterion, context, context.endAt));
}

function learnerScore(session: AttemptSession, events: readonly DrillEvent[]): LearnerScore {
  const key = `${events.length}:${events.at(-1)?.seq ?? 0}:${Math.floor(session.drill.now / LEARNER_RESCORE_MS)}`;
  const cached = learnerScores.get(session);
  if (cached?.key === key) return cached;
  const context = scoringContext(session.drill, events);
  const scored = { key, report: scoreAttempt(context), context };
  learnerScores.set(session, scored);
  return scored;
}

/**
 * The expert's steps from the ideal path the debrief also uses (one play serves both), or undefined while it is
 * built: the first call starts the build on the next turn, so the request that asked is answered first.
 */
function expertRunNow(store: Store, key: IdealKey): ExpertRun | undefined {
  const cached = cachedIdealPath(key);
  if (cached) return asRun(cached);
  void expertRun(store, key);
  return undefined;
}

/**
 * The expert's run for a key, built once (on a later turn) into the shared ideal-path cache. The scenario is read from
 * the store now; the play on the later turn uses no store, which may be closed by then.
 */
export function expertRun(store: Store, key: IdealKey): Promise<ExpertRun> {
  const cached = cachedIdealPath(key);
  if (cached) return Promise.resolve(asRun(cached));
  const id = idealKeyId(key);
  const pending = building.get(id);
  if (pending) return pending;
  const play = prepareIdealPath(store, key);
  const run = new Promise<ExpertRun>((resolve) => {
    setTimeout(() => {
      building.delete(id);
      resolve(asRun(play()));
    }, 0);
  });
  building.set(id, run);
  return run;
}

function asRun(ideal: IdealPath): ExpertRun {
  if (ideal.path) return { steps: ideal.steps };
  return { problem: ideal.problem ? `the expert script does not play: ${ideal.problem}` : `the scenario has no expert script (${EXPERT_SCRIPT})` };
}

function keyOf(session: AttemptSession): IdealKey {
  const drill = session.drill;
  return { scenario: drill.scenario.id, version: drill.scenario.version, seed: session.seed, difficulty: drill.difficulty.id };
}

/**
 * The first expert step whose criterion the learner has not earned yet and still can, or `caught-up` when there is
 * none. Steps the learner missed for good (`closed` says why, or undefined while a criterion can still be earned)
 * are listed as passed, so the instructor is not sent after points nothing can bring back.
 */
export function nextOnIdealPath(
  steps: readonly ExpertStep[],
  learner: ScoreReport,
  rubric: readonly Criterion[],
  closed: (criterion: Criterion) => string | undefined,
): IdealNext {
  const earned = new Set(learner.criteria.filter((c) => c.points > 0).map((c) => c.id));
  const left: ExpertStep[] = [];
  const passed: PassedStep[] = [];
  for (const step of steps.filter((s) => !earned.has(s.criterion))) {
    const criterion = rubric.find((c) => c.id === step.criterion);
    const reason = criterion === undefined ? undefined : closed(criterion);
    if (reason === undefined) left.push(step);
    else passed.push({ criterion: step.criterion, points: step.points, reason });
  }
  const next = left[0];
  if (!next) return { status: 'caught-up', steps: steps.length, passed };
  const advice = rubric.find((c) => c.id === next.criterion)?.feedback.missed ?? '';
  return {
    status: 'next',
    criterion: next.criterion,
    category: next.category,
    points: next.points,
    advice,
    actionType: next.actionType,
    action: next.action,
    t: next.t,
    remaining: left.length,
    passed,
  };
}
