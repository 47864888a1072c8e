import { createAttemptsRepo } from './attempts-repo';
import { createDashboardsRepo } from './dashboards-repo';
import { openDatabase } from './database';
import type { Db } from './database';
import { createEventsRepo } from './events-repo';
import { createGradedImportsRepo } from './graded-imports-repo';
import { createLearnersRepo } from './learners-repo';
import { createScenariosRepo } from './scenarios-repo';
import { createSavedSearchesRepo } from './saved-searches-repo';
import { createScoresRepo } from './scores-repo';
import { createSettingsRepo } from './settings-repo';

/** Every repository over one open database. No SQL lives outside this folder. */
export type Store = {
  db: Db;
  scenarios: ReturnType<typeof createScenariosRepo>;
  learners: ReturnType<typeof createLearnersRepo>;
  attempts: ReturnType<typeof createAttemptsRepo>;
  events: ReturnType<typeof createEventsRepo>;
  scores: ReturnType<typeof createScoresRepo>;
  settings: ReturnType<typeof createSettingsRepo>;
  dashboards: ReturnType<typeof createDashboardsRepo>;
  savedSearches: ReturnType<typeof createSavedSearchesRepo>;
  gradedImports: ReturnType<typeof createGradedImportsRepo>;
  close(): void;
};

export function openStore(file: string, wallTime: () => string = () => new Date().toISOString()): Store {
  const { db } = openDatabase(file, { wallTime });
  return {
    db,
    scenarios: createScenariosRepo(db, wallTime),
    learners: createLearnersRepo(db, wallTime),
    attempts: createAttemptsRepo(db, wallTime),
    events: createEventsRepo(db, wallTime),
    scores: createScoresRepo(db, wallTime),
    settings: createSettingsRepo(db),
    dashboards: createDashboardsRepo(db, wallTime),
    savedSearches: createSavedSearchesRepo(db, wallTime),
    gradedImports: createGradedImportsRepo(db, wallTime),
    close: () => db.close(),
  };
}

export { openDatabase } from './database';
export { migrate, MigrationError } from './migrate';
export { MIGRATIONS } from './migrations';
export type { Migration } from './migrations';
export type { StoredScenario } from './scenarios-repo';
export type { StoredEvent } from './events-repo';
export type { SavedDashboard } from './dashboards-repo';
export { GENESIS_HASH, eventHash } from './events-repo';
export type { Db } from './database';
