/**
 * Which attempt bundles a grader imported: one row per bundle chain head (so a re-import is recognised), the
 * attempt it became, the score the bundle claimed and the flags verification raised. Deleting the attempt (with
 * its learner) takes its row along.
 */
export const createGradedImports = {
  id: '0004_graded_imports',
  sql: `
    CREATE TABLE graded_imports (
      chain_head TEXT PRIMARY KEY,
      attempt_id INTEGER NOT NULL UNIQUE REFERENCES attempts(id) ON DELETE CASCADE,
      file_name TEXT NOT NULL,
      claimed_total INTEGER,
      flags_json TEXT NOT NULL,
      imported_at TEXT NOT NULL
    );
  `,
};
