import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations';
import { migrate } from './migrate';
import type { MigrationReport } from './migrate';

export type Db = Database.Database;

/** Opens (creating if needed) the database file in WAL mode and migrates it. `:memory:` works for tests. */
export function openDatabase(
  file: string,
  options: { wallTime?: () => string; migrations?: readonly Migration[] } = {},
): { db: Db; migration: MigrationReport } {
  const db = new Database(file);
  try {
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    const migration = migrate(db, file === ':memory:' ? undefined : file, options.migrations ?? MIGRATIONS, options.wallTime ?? isoNow);
    return { db, migration };
  } catch (error) {
    db.close();
    throw error;
  }
}

function isoNow(): string {
  return new Date().toISOString();
}
