import { performance } from 'node:perf_hooks';
import { drillPath } from '../../engine/debrief';
import type { DebriefPath } from '../../engine/debrief';
import { parseActionsFile } from '../drill/actions-file';
import type { Store } from '../store';
import { playScript } from './play-script';

/** Where a scenario keeps its expert's actions (every scenario version is stored with all its folder's files). */
export const EXPERT_SCRIPT = 'scripts/expert.json';

/** The ideal path of one (scenario, version, seed, difficulty), and what it cost to build. */
export type IdealPath = {
  /** Null when the scenario has no expert script (or it cannot be played: see `problem`). */
  path: DebriefPath | null;
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
  const id = JSON.stringify([key.scenario, key.version, key.seed, key.difficulty]);
  const cached = cache.get(id);
  if (cached) return cached;
  const built = buildIdealPath(store, key);
  cache.set(id, built);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return built;
}

/** Forgets every cached ideal path (tests measure a cold build). */
export function clearIdealPaths(): void {
  cache.clear();
}

function buildIdealPath(store: Store, key: IdealKey): IdealPath {
  const stored = store.scenarios.find(key.scenario, key.version);
  const script = stored?.files[EXPERT_SCRIPT];
  if (!stored || script === undefined) return { path: null, buildMs: 0, warnings: [] };
  const parsed = parseActionsFile(script);
  if (!parsed.ok) return { path: null, buildMs: 0, problem: `${EXPERT_SCRIPT}: ${parsed.problems.join('; ')}`, warnings: [] };
  const began = performance.now();
  const run = playScript(stored, { seed: key.seed, difficulty: key.difficulty, actions: parsed.actions });
  if ('error' in run) return { path: null, buildMs: performance.now() - began, problem: run.error, warnings: [] };
  const path = drillPath(run.drill, run.events);
  return { path, buildMs: performance.now() - began, warnings: run.warnings };
}
