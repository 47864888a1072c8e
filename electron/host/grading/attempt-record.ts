import type { DrillEvent, Occurrence } from '../../engine/drill';
import { replayDrill } from '../../engine/drill';
import { loggedDifficulty } from '../../engine/drill/replay';
import type { Scenario } from '../../engine/scenario';
import { defaultDifficulty } from '../../engine/scenario';
import type { ScoreReport } from '../../engine/scoring';
import { scoreAttempt, scoringContext } from '../../engine/scoring';
import { teamOf } from '../../engine/team/attribution';
import type { Participant } from '../../engine/team/types';
import { findScenario } from '../scenarios/catalog';
import type { Store } from '../store';
import type { AttemptListing } from '../store/attempts-repo';

/** Everything a report says about one attempt, re-derived from its log where its scenario version is installed. */
export type AttemptRecord = {
  attempt: number;
  learner: { name: string; studentId: string | null };
  scenario: { id: string; version: string; title: string; available: boolean; categories: string[] };
  difficulty: string;
  /** A team drill's participants as its drill.start recorded them; empty for a drill played alone. */
  team: Participant[];
  seed: number;
  startedAt: string;
  endedAt: string | null;
  status: 'running' | 'ended';
  /** Sim time the attempt ran for. */
  durationMs: number;
  /** Re-derived from the events; the stored score only when the scenario version is gone; null when never scored. */
  score: ScoreReport | null;
  /** What verifying its bundle found (attempts played here have none). */
  flags: string[];
  events: DrillEvent[];
  occurrences: readonly Occurrence[];
  startUnixMs: number;
};

/**
 * Loads each scenario version once however many attempts a report covers. Scenarios already loaded from disk
 * (the app's startup import) come first: a version stored only as an import placeholder is still found there.
 */
export function scenarioCache(store: Store, preloaded: readonly Scenario[] = []): (id: string, version: string) => Scenario | undefined {
  const loaded = new Map<string, Scenario | undefined>();
  return (id, version) => {
    const key = `${id}\n${version}`;
    if (!loaded.has(key)) loaded.set(key, preloaded.find((s) => s.id === id && s.version === version) ?? findScenario(store, id, version));
    return loaded.get(key);
  };
}

/** The rubric's categories in the order its criteria first name them. */
export function rubricCategories(scenario: Scenario): string[] {
  return [...new Set(scenario.doc.rubric.map((c) => c.category))];
}

export function attemptRecord(store: Store, row: AttemptListing, load: ReturnType<typeof scenarioCache>): AttemptRecord {
  const scenario = load(row.scenarioId, row.scenarioVersion);
  const events: DrillEvent[] = store.events.list(row.id).map(({ seq, t, type, payload }) => ({ seq, t, type, payload }));
  const lastT = Math.max(0, ...events.map((e) => e.t));
  let derived: { score: ScoreReport; durationMs: number; occurrences: readonly Occurrence[]; startUnixMs: number } | undefined;
  if (scenario) {
    try {
      const drill = replayDrill(scenario, row.seed, events, row.status === 'ended' ? Number.POSITIVE_INFINITY : lastT);
      derived = { score: scoreAttempt(scoringContext(drill, events)), durationMs: drill.now, occurrences: drill.occurrences(), startUnixMs: drill.sim.world.startUnixMs };
    } catch {
      // A log this scenario version cannot play: the report falls back to the stored score.
    }
  }
  return {
    attempt: row.id,
    learner: { name: row.learner, studentId: store.gradedImports.studentId(row.learnerId) },
    scenario: { id: row.scenarioId, version: row.scenarioVersion, title: scenario?.doc.title ?? row.scenarioId, available: scenario !== undefined, categories: scenario ? rubricCategories(scenario) : [] },
    difficulty: loggedDifficulty(events) ?? (scenario ? defaultDifficulty(scenario.doc) : ''),
    team: teamOf(events),
    seed: row.seed,
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    status: row.status,
    durationMs: derived?.durationMs ?? lastT,
    score: derived?.score ?? store.scores.get(row.id) ?? null,
    flags: store.gradedImports.findByAttempt(row.id)?.flags ?? [],
    events,
    occurrences: derived?.occurrences ?? [],
    startUnixMs: derived?.startUnixMs ?? 0,
  };
}

/**
 * The per-attempt JSON report: who, which scenario, the score with its timings (and a team attempt's breakdown in
 * `score.team`), and the flags. A team attempt also names its participants; a solo one's JSON is as it always was.
 */
export function attemptJson(record: AttemptRecord) {
  return {
    attempt: record.attempt,
    learner: record.learner,
    scenario: { id: record.scenario.id, version: record.scenario.version, title: record.scenario.title, installed: record.scenario.available },
    difficulty: record.difficulty,
    ...(record.team.length > 0 ? { participants: record.team } : {}),
    seed: record.seed,
    startedAt: record.startedAt,
    endedAt: record.endedAt,
    durationMs: record.durationMs,
    score: record.score,
    flags: record.flags,
  };
}
