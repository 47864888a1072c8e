import type { Db } from './database';

export type LearnerRow = { id: number; name: string; studentId: string | null; createdAt: string; attempts: number };

/** What deleting a learner removed. */
export type LearnerRemoval = { attempts: number; events: number; savedDashboards: number; savedSearches: number };

export function createLearnersRepo(db: Db, wallTime: () => string) {
  const find = db.prepare('SELECT id FROM learners WHERE name = ?');
  const insert = db.prepare('INSERT INTO learners (name, student_id, created_at) VALUES (?, ?, ?)');
  const all = db.prepare(
    `SELECT l.id, l.name, l.student_id AS studentId, l.created_at AS createdAt, COUNT(a.id) AS attempts
     FROM learners l LEFT JOIN attempts a ON a.learner_id = l.id GROUP BY l.id ORDER BY l.name COLLATE NOCASE, l.id`,
  );
  const attemptsOf = db.prepare('SELECT id FROM attempts WHERE learner_id = ?');
  const markRemoval = db.prepare('INSERT INTO attempt_removals (attempt_id) VALUES (?)');
  const unmarkRemoval = db.prepare('DELETE FROM attempt_removals WHERE attempt_id = ?');
  const deleteEvents = db.prepare('DELETE FROM events WHERE attempt_id = ?');
  const deleteScore = db.prepare('DELETE FROM scores WHERE attempt_id = ?');
  const deleteAttempt = db.prepare('DELETE FROM attempts WHERE id = ?');
  const deleteDashboards = db.prepare('DELETE FROM saved_dashboards WHERE learner_id = ?');
  const deleteSearches = db.prepare('DELETE FROM saved_searches WHERE learner_id = ?');
  const deleteLearner = db.prepare('DELETE FROM learners WHERE id = ?');

  /**
   * One transaction: each attempt is listed in attempt_removals (the only way past the events' no-delete
   * trigger), its events, score and row go, and the listing is cleared again. Any failure rolls all of it back.
   */
  const remove = db.transaction((learnerId: number): LearnerRemoval => {
    const removed: LearnerRemoval = { attempts: 0, events: 0, savedDashboards: 0, savedSearches: 0 };
    for (const { id } of attemptsOf.all(learnerId) as { id: number }[]) {
      markRemoval.run(id);
      removed.events += deleteEvents.run(id).changes;
      unmarkRemoval.run(id);
      deleteScore.run(id);
      removed.attempts += deleteAttempt.run(id).changes;
    }
    removed.savedDashboards = deleteDashboards.run(learnerId).changes;
    removed.savedSearches = deleteSearches.run(learnerId).changes;
    deleteLearner.run(learnerId);
    return removed;
  });

  return {
    /** The learner's row id, creating the learner on first use. */
    ensure(name: string): number {
      const row = find.get(name) as { id: number } | undefined;
      return row ? row.id : Number(insert.run(name, null, wallTime()).lastInsertRowid);
    },
    /** Whether a learner of that exact name exists. */
    exists(name: string): boolean {
      return find.get(name) !== undefined;
    },
    /** A new learner; the caller has checked the name is free (the UNIQUE constraint backs that up). */
    create(name: string, studentId: string | null): void {
      insert.run(name, studentId, wallTime());
    },
    /** Every learner by name, with how many attempts they have. */
    list(): LearnerRow[] {
      return all.all() as LearnerRow[];
    },
    /** Deletes the learner and everything that is theirs; undefined when there is no such learner. */
    remove(name: string): LearnerRemoval | undefined {
      const row = find.get(name) as { id: number } | undefined;
      return row && remove(row.id);
    },
  };
}
export type LearnersRepo = ReturnType<typeof createLearnersRepo>;
