/** The first schema: scenarios, learners, attempts, their append-only event log, scores and settings. */
export const createCoreTables = {
  id: '0001_create_core_tables',
  sql: `
    CREATE TABLE scenarios (
      id TEXT NOT NULL,
      version TEXT NOT NULL,
      title TEXT NOT NULL,
      files_json TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      import_order INTEGER NOT NULL,
      PRIMARY KEY (id, version)
    );
    CREATE TABLE learners (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL
    );
    CREATE TABLE attempts (
      id INTEGER PRIMARY KEY,
      learner_id INTEGER NOT NULL REFERENCES learners(id),
      scenario_id TEXT NOT NULL,
      scenario_version TEXT NOT NULL,
      seed INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('running', 'ended')),
      started_at TEXT NOT NULL,
      ended_at TEXT,
      FOREIGN KEY (scenario_id, scenario_version) REFERENCES scenarios(id, version)
    );
    CREATE TABLE events (
      attempt_id INTEGER NOT NULL REFERENCES attempts(id),
      seq INTEGER NOT NULL,
      sim_ms INTEGER NOT NULL,
      wall_time TEXT NOT NULL,
      type TEXT NOT NULL,
      payload_json TEXT NOT NULL,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL,
      PRIMARY KEY (attempt_id, seq)
    );
    CREATE TRIGGER events_no_update BEFORE UPDATE ON events
      BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
    CREATE TRIGGER events_no_delete BEFORE DELETE ON events
      BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
    CREATE TABLE scores (
      attempt_id INTEGER PRIMARY KEY REFERENCES attempts(id),
      total INTEGER NOT NULL,
      max INTEGER NOT NULL,
      report_json TEXT NOT NULL,
      scored_at TEXT NOT NULL
    );
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value_json TEXT NOT NULL
    );
  `,
};
