import { fileURLToPath } from 'node:url';
import type { Result } from '../../contract';
import { createBackend } from '../backend';
import type { Backend } from '../backend';

/** A bundled scenario's folder. */
export function bundledFolder(scenario: string): string {
  return fileURLToPath(new URL(`../../../scenarios/${scenario}`, import.meta.url));
}

/** A back end (in-memory database, clock left to the test) with a drill of a bundled scenario started. */
export async function startedBackend(scenario = 'checkout-bad-deploy', learner?: string): Promise<Backend> {
  const backend = createBackend({ dbPath: ':memory:', scenarioFolders: [bundledFolder(scenario)], live: false });
  valueOf(await backend.invoke('drill.start', { scenario, ...(learner === undefined ? {} : { learner }) }));
  return backend;
}

/** A request's value; a refused request fails the test with its message. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
