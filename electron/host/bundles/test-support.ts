import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../backend';
import type { Backend } from '../backend';
import { parseActionsFile } from '../drill/actions-file';
import { playDrill } from '../drill/play';
import { eventHash, GENESIS_HASH } from '../store';
import type { Bundle } from './format';

export const SCENARIOS_DIR = fileURLToPath(new URL('../../../scenarios', import.meta.url));

/** A back end over an in-memory database with the named bundled scenarios installed (none: a bare grader). */
export function backendWith(scenarios: readonly string[], learner?: string): Backend {
  return createBackend({ dbPath: ':memory:', scenarioFolders: scenarios.map((id) => join(SCENARIOS_DIR, id)), live: false, learner });
}

/** Plays a bundled scenario's script to its end in `backend`; returns the attempt id and the score it filed. */
export async function playScript(backend: Backend, scenario: string, script = 'expert', seed?: number) {
  const parsed = parseActionsFile(readFileSync(join(SCENARIOS_DIR, scenario, 'scripts', `${script}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const result = await playDrill(backend, { scenario: basename(scenario), seed, actions: parsed.actions });
  if (!result.ok) throw new Error(result.message);
  return { attempt: backend.context.session!.attemptId, score: result.score };
}

/** Recomputes every prevHash/hash and the head, as a student who knows the scheme would after an edit. */
export function rechain(bundle: Bundle): Bundle {
  let prev = GENESIS_HASH;
  const events = bundle.events.map((e) => {
    const hash = eventHash(prev, e.seq, e.t, e.type, JSON.stringify(e.payload ?? {}));
    const linked = { ...e, prevHash: prev, hash };
    prev = hash;
    return linked;
  });
  return { ...bundle, events, chainHead: prev };
}
