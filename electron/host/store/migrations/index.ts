import { createCoreTables } from './0001_create_core_tables';
import { createSavedDashboards } from './0002_create_saved_dashboards';
import { createSavedSearches } from './0003_create_saved_searches';
import { createGradedImports } from './0004_graded_imports';
import { learnerProfiles } from './0005_learner_profiles';

/** A schema change: an ordered id (`NNNN_snake_case_description`) and the SQL that makes it. */
export type Migration = { id: string; sql: string };

/** Every migration, in the order they apply. Append only: never edit or reorder a released one. */
export const MIGRATIONS: readonly Migration[] = [createCoreTables, createSavedDashboards, createSavedSearches, createGradedImports, learnerProfiles];
