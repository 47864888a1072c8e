import type { AttemptSummary } from '../../contract/requests';
import { loggedDifficulty } from '../../engine/drill/replay';
import type { Scenario } from '../../engine/scenario';
import { defaultDifficulty } from '../../engine/scenario';
import { findScenario } from '../scenarios/catalog';
import type { Store } from '../store';
import type { AttemptListing } from '../store/attempts-repo';

/** Loads each scenario version once however many attempts played it (loading validates the whole folder). */
function scenarioLoader(store: Store): (id: string, version: string) => Scenario | undefined {
  const loaded = new Map<string, Scenario | undefined>();
  return (id, version) => {
    const key = `${id}\n${version}`;
    if (!loaded.has(key)) loaded.set(key, findScenario(store, id, version));
    return loaded.get(key);
  };
}

/**
 * One attempt for the history list. The difficulty is the one its drill.start event logged; a log from before
 * difficulty levels plays the scenario's default, and with the scenario gone there is nothing to name.
 */
export function attemptSummary(row: AttemptListing, scenario: Scenario | undefined): AttemptSummary {
  const start = row.startPayload === null ? [] : [{ seq: 1, t: 0, type: 'drill.start', payload: row.startPayload }];
  return {
    id: row.id,
    learner: row.learner,
    scenario: row.scenarioId,
    version: row.scenarioVersion,
    title: scenario?.doc.title ?? row.scenarioId,
    seed: row.seed,
    difficulty: loggedDifficulty(start) ?? (scenario ? defaultDifficulty(scenario.doc) : ''),
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    status: row.status,
    score: row.score,
    scenarioAvailable: scenario !== undefined,
  };
}

/** Every attempt on this machine, newest first. */
export function listAttempts(store: Store): AttemptSummary[] {
  const load = scenarioLoader(store);
  return store.attempts.list().map((row) => attemptSummary(row, load(row.scenarioId, row.scenarioVersion)));
}
