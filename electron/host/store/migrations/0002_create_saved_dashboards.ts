/**
 * Dashboards a learner saved. Keyed by learner and scenario id — not version — so an edit survives the
 * scenario being updated; the row holds the exported Grafana JSON as the learner last saved it.
 */
export const createSavedDashboards = {
  id: '0002_create_saved_dashboards',
  sql: `
    CREATE TABLE saved_dashboards (
      learner_id INTEGER NOT NULL REFERENCES learners(id),
      scenario_id TEXT NOT NULL,
      uid TEXT NOT NULL,
      title TEXT NOT NULL,
      json TEXT NOT NULL,
      saved_at TEXT NOT NULL,
      PRIMARY KEY (learner_id, scenario_id, uid)
    );
  `,
};
