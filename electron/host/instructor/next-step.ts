import type { IdealNext } from '../../contract/requests';
import { actionText } from '../../engine/drill';
import type { DrillEvent } from '../../engine/drill';
import type { Criterion } from '../../engine/scenario/rubric-schema';
import { scoreAttempt, scoringContext } from '../../engine/scoring';
import type { ScoreReport } from '../../engine/scoring';
import { EXPERT_SCRIPT } from '../debrief/ideal-path';
import type { IdealKey } from '../debrief/ideal-path';
import { playScript } from '../debrief/play-script';
import { parseActionsFile } from '../drill/actions-file';
import type { AttemptSession } from '../drill/session';
import type { Store, StoredScenario } from '../store';

/** One criterion the expert earned: the first action that earned it (its evidence) and when. */
export type ExpertStep = { criterion: string; category: string; points: number; seq: number; t: number; actionType: string; action: string };

/** The expert's run reduced to its steps in the order it earned them, or why there is none to follow. */
export type ExpertRun = { steps: ExpertStep[] } | { problem: string };

/** Expert runs by (scenario, version, seed, level): built or being built. A handful is plenty, as for the debrief. */
const CACHE_SIZE = 16;
const runs = new Map<string, ExpertRun | Promise<ExpertRun>>();

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

/** The cached expert run, or undefined while it is built (the first call starts the build on the next turn). */
function expertRunNow(store: Store, key: IdealKey): ExpertRun | undefined {
  const cached = runs.get(cacheId(key));
  if (cached && !(cached instanceof Promise)) return cached;
  if (!cached) void expertRun(store, key);
  return undefined;
}

/**
 * The expert's run for a key, built once: the scenario version is read now (the store may be gone by the time the
 * play runs), the play itself on a later turn so the request that asked is answered first.
 */
export function expertRun(store: Store, key: IdealKey): Promise<ExpertRun> {
  const id = cacheId(key);
  const cached = runs.get(id);
  if (cached) return Promise.resolve(cached);
  const stored = store.scenarios.find(key.scenario, key.version);
  const building = new Promise<ExpertRun>((resolve) => {
    setTimeout(() => {
      const built = buildExpertRun(stored, key);
      runs.set(id, built);
      resolve(built);
    }, 0);
  });
  runs.set(id, building);
  if (runs.size > CACHE_SIZE) runs.delete(runs.keys().next().value!);
  return building;
}

/** Forgets every expert run (tests measure a cold start). */
export function clearExpertRuns(): void {
  runs.clear();
}

function keyOf(session: AttemptSession): IdealKey {
  const drill = session.drill;
  return { scenario: drill.scenario.id, version: drill.scenario.version, seed: session.seed, difficulty: drill.difficulty.id };
}

function cacheId(key: IdealKey): string {
  return JSON.stringify([key.scenario, key.version, key.seed, key.difficulty]);
}

function buildExpertRun(stored: StoredScenario | undefined, key: IdealKey): ExpertRun {
  const script = stored?.files[EXPERT_SCRIPT];
  if (!stored || script === undefined) return { problem: `the scenario has no expert script (${EXPERT_SCRIPT})` };
  const parsed = parseActionsFile(script);
  if (!parsed.ok) return { problem: `${EXPERT_SCRIPT}: ${parsed.problems.join('; ')}` };
  try {
    const run = playScript(stored, { seed: key.seed, difficulty: key.difficulty, actions: parsed.actions });
    if ('error' in run) return { problem: `the expert script does not play: ${run.error}` };
    return { steps: expertSteps(scoreAttempt(scoringContext(run.drill, run.events)), run.events) };
  } catch (error) {
    return { problem: `the expert script does not play: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * The criteria the expert earned (positive points) with evidence, each with its first evidence event, in the order
 * the expert earned them. A criterion earned without a logged action (none here today) has no step to show.
 */
export function expertSteps(report: ScoreReport, events: readonly DrillEvent[]): ExpertStep[] {
  const bySeq = new Map(events.map((e) => [e.seq, e]));
  const steps: ExpertStep[] = [];
  for (const c of report.criteria) {
    if (c.points <= 0 || c.evidence.length === 0) continue;
    const event = bySeq.get(Math.min(...c.evidence));
    if (!event) continue;
    steps.push({ criterion: c.id, category: c.category, points: c.points, seq: event.seq, t: event.t, actionType: event.type, action: actionText(event) });
  }
  return steps.sort((a, b) => a.seq - b.seq);
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
