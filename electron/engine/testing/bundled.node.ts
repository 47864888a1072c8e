/** Loads a bundled scenario folder from disk for engine tests (Node only: tests may read test data). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../scenario/load';
import type { Scenario } from '../scenario/load';

export const SCENARIOS_DIR = fileURLToPath(new URL('../../../scenarios', import.meta.url));

/** The scenario in `scenarios/<id>`, validated as the app would; throws with its problems if it is invalid. */
export function bundledScenario(id: string): Scenario {
  const folder = join(SCENARIOS_DIR, id);
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(folder, full).split('\\').join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(folder);
  const loaded = loadScenario(id, 'v-test', files);
  if (!loaded.ok) throw new Error(`${id}: ${JSON.stringify(loaded.problems)}`);
  return loaded.scenario;
}
