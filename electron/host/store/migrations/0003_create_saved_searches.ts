/**
 * Searches a learner saved in Discover (Kibana's saved searches): the KQL query, the chosen columns and,
 * optionally, the time range. Kept per learner and name, across scenarios — a query such as
 * `log.level:error and service.name:checkout` is useful in any drill.
 */
export const createSavedSearches = {
  id: '0003_create_saved_searches',
  sql: `
    CREATE TABLE saved_searches (
      learner_id INTEGER NOT NULL REFERENCES learners(id),
      name TEXT NOT NULL,
      query TEXT NOT NULL,
      columns TEXT NOT NULL,
      time_from TEXT,
      time_to TEXT,
      saved_at TEXT NOT NULL,
      PRIMARY KEY (learner_id, name)
    );
  `,
};
