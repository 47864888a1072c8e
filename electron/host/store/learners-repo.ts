import type { Db } from './database';

export function createLearnersRepo(db: Db, wallTime: () => string) {
  const find = db.prepare('SELECT id FROM learners WHERE name = ?');
  const insert = db.prepare('INSERT INTO learners (name, created_at) VALUES (?, ?)');
  return {
    /** The learner's row id, creating the learner on first use. */
    ensure(name: string): number {
      const row = find.get(name) as { id: number } | undefined;
      return row ? row.id : Number(insert.run(name, wallTime()).lastInsertRowid);
    },
  };
}
export type LearnersRepo = ReturnType<typeof createLearnersRepo>;
