import { performance } from 'node:perf_hooks';
import { drillPath } from '../../engine/debrief';
import type { DebriefPath } from '../../engine/debrief';
import { actionText } from '../../engine/drill';
import type { DrillEvent } from '../../engine/drill';
import { scoreAttempt, scoringContext } from '../../engine/scoring';
import type { ScoreReport } from '../../engine/scoring';
import { parseActionsFile } from '../drill/actions-file';
import type { Store, StoredScenario } from '../store';
import { playScript } from './play-script';

/** Where a scenario keeps its expert's actions (every scenario version is stored with all its folder's files). */
export const EXPERT_SCRIPT = 'scripts/expert.json';

/** One criterion the expert earned: the first action that earned it (its evidence) and when. */
export type ExpertStep = { criterion: string; category: string; points: number; seq: number; t: number; actionType: string; action: string };

/**
 * The ideal path of one (scenario, version, seed, difficulty), and what it cost to build: what the debrief draws and
 * the steps the instructor console follows, from one play of the expert script.
 */
export type IdealPath = {
  /** Null when the scenario has no expert script (or it cannot be played: see `problem`). */
  path: DebriefPath | null;
  /** The criteria the expert earned, in the order earned (empty when there is no path). */
  steps: ExpertStep[];
  /** Wall-clock milliseconds the headless play and sampling took (0 when there was nothing to play). */
  buildMs: number;
  problem?: string;
  warnings: string[];
};

export type IdealKey = { scenario: string; version: string; seed: number; difficulty: string };

/** Recent ideal paths; a handful is plenty (one per scenario a learner is practising), so the oldest goes first. */
const CACHE_SIZE = 16;
const cache = new Map<string, IdealPath>();

/**
 * The scenario's expert script played on the learner's seed and difficulty. A drill is a pure function of its
 * inputs, so the result is cached per (scenario, version, seed, difficulty) and never rebuilt.
 */
export function idealPath(store: Store, key: IdealKey): IdealPath {
  return cache.get(idealKeyId(key)) ?? prepareIdealPath(store, key)();
}

/**
 * Reads what the key's ideal path is played from now and returns the play, which caches what it builds. A caller
 * that plays it later (on another turn) needs no open store by then: the app may have closed it meanwhile.
 */
export function prepareIdealPath(store: Store, key: IdealKey): () => IdealPath {
  const id = idealKeyId(key);
  const stored = store.scenarios.find(key.scenario, key.version);
  return () => {
    const cached = cache.get(id);
    if (cached) return cached;
    const built = buildIdealPath(stored, key);
    cache.set(id, built);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return built;
  };
}

/** The ideal path if it has been built already, without building it. */
export function cachedIdealPath(key: IdealKey): IdealPath | undefined {
  return cache.get(idealKeyId(key));
}

/** The cache id of an ideal path's key. */
export function idealKeyId(key: IdealKey): string {
  return JSON.stringify([key.scenario, key.version, key.seed, key.difficulty]);
}

/** Forgets every cached ideal path (tests measure a cold build). */
export function clearIdealPaths(): void {
  cache.clear();
}

function buildIdealPath(stored: StoredScenario | undefined, key: IdealKey): IdealPath {
  const script = stored?.files[EXPERT_SCRIPT];
  if (!stored || script === undefined) return { path: null, steps: [], buildMs: 0, warnings: [] };
  const parsed = parseActionsFile(script);
  if (!parsed.ok) return { path: null, steps: [], buildMs: 0, problem: `${EXPERT_SCRIPT}: ${parsed.problems.join('; ')}`, warnings: [] };
  const began = performance.now();
  try {
    const run = playScript(stored, { seed: key.seed, difficulty: key.difficulty, actions: parsed.actions });
    if ('error' in run) return { path: null, steps: [], buildMs: performance.now() - began, problem: run.error, warnings: [] };
    const path = drillPath(run.drill, run.events);
    const steps = expertSteps(scoreAttempt(scoringContext(run.drill, run.events)), run.events);
    return { path, steps, buildMs: performance.now() - began, warnings: run.warnings };
  } catch (error) {
    return { path: null, steps: [], buildMs: performance.now() - began, problem: error instanceof Error ? error.message : String(error), warnings: [] };
  }
}

/**
 * The criteria the expert earned (positive points) with evidence, each with its first evidence event, in the order
 * the expert earned them. A criterion earned without a logged action (none today) has no step to show.
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
