import { existsSync } from 'node:fs';
import { openStore } from '../store';
import type { Store } from '../store';
import type { CliIo } from './io';

/**
 * Opens the database a grading command works on, or says why not: no --db, a missing file (unless the command
 * may create one, as an import into a new grader database does) or a file that is not a Firedrill database.
 */
export function openGradingStore(db: string | undefined, io: CliIo, options: { create: boolean }): Store | undefined {
  if (db === undefined) {
    io.err('--db PATH is required');
    return undefined;
  }
  if (!options.create && !existsSync(db)) {
    io.err(`${db}: no such database`);
    return undefined;
  }
  try {
    return openStore(db);
  } catch (error) {
    io.err(`${db}: not a Firedrill database (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}
