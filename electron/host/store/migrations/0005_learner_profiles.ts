/**
 * Learner profiles get an optional student id, and a learner can be deleted with all their data.
 *
 * The event log stays append-only with one exception: an attempt being removed whole, as part of deleting its
 * learner. The repo lists the attempt in `attempt_removals` inside the deleting transaction, deletes its events,
 * then clears the row; the trigger lets a delete through only for a listed attempt, so a single event (or the tail
 * of a log) still cannot be dropped, and updates stay refused outright.
 */
export const learnerProfiles = {
  id: '0005_learner_profiles',
  sql: `
    ALTER TABLE learners ADD COLUMN student_id TEXT;
    CREATE TABLE attempt_removals (attempt_id INTEGER PRIMARY KEY);
    DROP TRIGGER events_no_delete;
    CREATE TRIGGER events_no_delete BEFORE DELETE ON events
      WHEN NOT EXISTS (SELECT 1 FROM attempt_removals WHERE attempt_id = OLD.attempt_id)
      BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
  `,
};
