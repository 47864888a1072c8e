import type { Db } from './database';

/** A Discover search a learner saved; `time` is Grafana/Kibana time text (`now-15m`), present when saved with the search. */
export type StoredSearch = { name: string; query: string; columns: string[]; time?: { from: string; to: string }; savedAt: string };

/** The learner's saved searches, per (learner, name). */
export function createSavedSearchesRepo(db: Db, wallTime: () => string) {
  const upsert = db.prepare(
    `INSERT INTO saved_searches (learner_id, name, query, columns, time_from, time_to, saved_at)
     VALUES (@learner, @name, @query, @columns, @from, @to, @at)
     ON CONFLICT (learner_id, name) DO UPDATE SET query = excluded.query, columns = excluded.columns,
       time_from = excluded.time_from, time_to = excluded.time_to, saved_at = excluded.saved_at`,
  );
  const list = db.prepare('SELECT name, query, columns, time_from, time_to, saved_at FROM saved_searches WHERE learner_id = ? ORDER BY name COLLATE NOCASE, name');
  const remove = db.prepare('DELETE FROM saved_searches WHERE learner_id = ? AND name = ?');
  type Row = { name: string; query: string; columns: string; time_from: string | null; time_to: string | null; saved_at: string };
  const toStored = (row: Row): StoredSearch => {
    const search: StoredSearch = { name: row.name, query: row.query, columns: JSON.parse(row.columns) as string[], savedAt: row.saved_at };
    if (row.time_from !== null && row.time_to !== null) search.time = { from: row.time_from, to: row.time_to };
    return search;
  };
  return {
    /** Stores the search, replacing one of the same name; returns it as stored. */
    save(learnerId: number, search: Omit<StoredSearch, 'savedAt'>): StoredSearch {
      const at = wallTime();
      upsert.run({ learner: learnerId, name: search.name, query: search.query, columns: JSON.stringify(search.columns), from: search.time?.from ?? null, to: search.time?.to ?? null, at });
      return { ...search, savedAt: at };
    },
    /** The learner's searches by name (case-insensitive order). */
    list(learnerId: number): StoredSearch[] {
      return (list.all(learnerId) as Row[]).map(toStored);
    },
    /** Drops a search; returns whether there was one. */
    remove(learnerId: number, name: string): boolean {
      return remove.run(learnerId, name).changes > 0;
    },
  };
}
