import type { Db } from './database';

export type StoredScenario = { id: string; version: string; title: string; files: Record<string, string> };

/** Scenario versions, keyed by (folder id, content hash); the newest import of an id is its current version. */
export function createScenariosRepo(db: Db, wallTime: () => string) {
  const insert = db.prepare(
    `INSERT INTO scenarios (id, version, title, files_json, imported_at, import_order)
     VALUES (@id, @version, @title, @files, @at, (SELECT COALESCE(MAX(import_order), 0) + 1 FROM scenarios))
     ON CONFLICT (id, version) DO UPDATE SET title = excluded.title, files_json = excluded.files_json, imported_at = excluded.imported_at, import_order = excluded.import_order WHERE scenarios.files_json = '{}'`,
  );
  const newest = db.prepare('SELECT id, version, title, files_json FROM scenarios WHERE id = ? ORDER BY import_order DESC LIMIT 1');
  const exact = db.prepare('SELECT id, version, title, files_json FROM scenarios WHERE id = ? AND version = ?');
  const latestAll = db.prepare(
    `SELECT s.id, s.version, s.title, s.files_json FROM scenarios s
     WHERE s.import_order = (SELECT MAX(import_order) FROM scenarios t WHERE t.id = s.id) ORDER BY s.id`,
  );
  type Row = { id: string; version: string; title: string; files_json: string };
  const toStored = (row: Row | undefined): StoredScenario | undefined =>
    row && { id: row.id, version: row.version, title: row.title, files: JSON.parse(row.files_json) as Record<string, string> };
  return {
    /** Records a version unless it is already stored; returns whether it was new. */
    save(scenario: StoredScenario): boolean {
      const files = JSON.stringify(scenario.files);
      return insert.run({ id: scenario.id, version: scenario.version, title: scenario.title, files, at: wallTime() }).changes > 0;
    },
    find(id: string, version?: string): StoredScenario | undefined {
      return toStored((version === undefined ? newest.get(id) : exact.get(id, version)) as Row | undefined);
    },
    listNewest(): StoredScenario[] {
      return (latestAll.all() as Row[]).map((row) => toStored(row)!);
    },
  };
}
export type ScenariosRepo = ReturnType<typeof createScenariosRepo>;
