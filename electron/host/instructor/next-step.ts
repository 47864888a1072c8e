import type { IdealNext } from '../../contract/requests';
import type { DrillEvent } from '../../engine/drill';
import type { Criterion } from '../../engine/scenario/rubric-schema';
import { scoreAttempt, scoringContext } from '../../engine/scoring';
import type { ScoreReport } from '../../engine/scoring';
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
const learnerScores = new WeakMap<AttemptSession, { key: string; report: ScoreReport }>();

/**
 * What the console shows as the ideal path's next step for this drill. The expert's run takes a second or more to
 * play, too long for a request the console polls: the first ask starts it after this request has been answered
 * and says `building`; later asks read the cached run. The learner's own progress is scored again after each of
 * their actions and as the sim clock moves on (see learnerScore).
 */
export function idealNext(store: Store, session: AttemptSession, events: readonly DrillEvent[]): IdealNext {
  const run = expertRunNow(store, keyOf(session));
  if (run === undefined) return { status: 'building' };
  if ('problem' in run) return { status: 'unavailable', reason: run.problem };
  return nextOnIdealPath(run.steps, learnerScore(session, events), session.drill.scenario.doc.rubric);
}

function learnerScore(session: AttemptSession, events: readonly DrillEvent[]): ScoreReport {
  const key = `${events.length}:${events.at(-1)?.seq ?? 0}:${Math.floor(session.drill.now / LEARNER_RESCORE_MS)}`;
  const cached = learnerScores.get(session);
  if (cached?.key === key) return cached.report;
  const report = scoreAttempt(scoringContext(session.drill, events));
  learnerScores.set(session, { key, report });
  return report;
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

/** The first expert step whose criterion the learner has not earned yet, or `caught-up` when there is none. */
export function nextOnIdealPath(steps: readonly ExpertStep[], learner: ScoreReport, rubric: readonly Criterion[]): IdealNext {
  const earned = new Set(learner.criteria.filter((c) => c.points > 0).map((c) => c.id));
  const left = steps.filter((s) => !earned.has(s.criterion));
  const next = left[0];
  if (!next) return { status: 'caught-up', steps: steps.length };
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
  };
}
