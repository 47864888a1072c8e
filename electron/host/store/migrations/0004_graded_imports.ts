/**
 * Which attempt bundles a grader imported: one row per bundle (its chain head, learner and start time, so a
 * re-import is recognised while two learners' identical logs are not taken for one), the
 * attempt it became, the score the bundle claimed and the flags verification raised. Deleting the attempt (with
 * its learner) takes its row along.
 */
export const createGradedImports = {
  id: '0004_graded_imports',
  sql: `
    CREATE TABLE graded_imports (
      bundle_key TEXT PRIMARY KEY,
      chain_head TEXT NOT NULL,
      attempt_id INTEGER NOT NULL UNIQUE REFERENCES attempts(id) ON DELETE CASCADE,
      file_name TEXT NOT NULL,
      claimed_total INTEGER,
      flags_json TEXT NOT NULL,
      imported_at TEXT NOT NULL
    );
  `,
};
