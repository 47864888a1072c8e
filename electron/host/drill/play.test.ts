import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { replayDrill } from '../../engine/drill';
import { scoreAttempt, scoringContext } from '../../engine/scoring';
import { createBackend } from '../backend';
import { parseActionsFile } from './actions-file';
import type { TimedRequest } from './actions-file';
import { listScenarioDirs } from '../scenarios/read-folder';
import { playDrill } from './play';

const SCENARIOS_DIR = fileURLToPath(new URL('../../../scenarios', import.meta.url));
/** Every bundled scenario: each ships the four scripted learners. */
const BUNDLED = listScenarioDirs(SCENARIOS_DIR);
const SCRIPTS = ['expert', 'novice', 'harmful', 'idle'] as const;

function script(folder: string, name: string): TimedRequest[] {
  const parsed = parseActionsFile(readFileSync(`${folder}/scripts/${name}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.actions;
}

/** Plays a script in a fresh in-memory back end; returns the score and the finished session. */
async function play(folder: string, name: string, seed?: number) {
  const backend = createBackend({ dbPath: ':memory:', scenarioFolders: [folder], live: false });
  try {
    const result = await playDrill(backend, { scenario: basename(folder), seed, actions: script(folder, name) });
    if (!result.ok) throw new Error(result.message);
    const session = backend.context.session!;
    return { score: result.score, warnings: result.warnings, session, events: session.events(), view: session.drill.view() };
  } finally {
    backend.close();
  }
}

it('finds the bundled scenarios', () => {
  expect(BUNDLED.map((f) => basename(f))).toEqual(expect.arrayContaining(['checkout-bad-deploy', 'sale-day-search']));
});

describe.each(BUNDLED.map((folder) => [basename(folder), folder]))('playDrill on %s', (_id, folder) => {
  // Byte-identical replays, warnings and the scripted learners' order are checked per scenario in
  // electron/host/scenarios/scripted-learners.test.ts; here, what the event log and the seed re-derive.
  it.each(SCRIPTS)('re-derives the score of %s from its stored event log', async (name) => {
    const { score, session, events, view } = await play(folder, name);
    const replayed = replayDrill(session.scenario, session.seed, events, session.drill.now);
    expect(scoreAttempt(scoringContext(replayed, events))).toEqual(score);
    expect(replayed.view()).toEqual(view);
  });

  it('changes the metric samples with the seed, and only with the seed', async () => {
    // The services' error ratio (a recording of the simulated signals) over the whole play.
    const samples = ({ session }: Awaited<ReturnType<typeof play>>) =>
      session.drill.sim.store.byMetric('service:http_request_errors:ratio_rate1m').map((s) => Array.from(s.values.subarray(0, s.length)));
    const a = await play(folder, 'idle', 1);
    const b = await play(folder, 'idle', 2);
    const a2 = await play(folder, 'idle', 1);
    expect(a.score.seed).toBe(1);
    expect(samples(a).length).toBeGreaterThan(0);
    expect(samples(a2)).toEqual(samples(a));
    expect(samples(b)).not.toEqual(samples(a));
  });
});
