import { copyFileSync, existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { Migration } from './migrations';

/** Raised when a database was migrated by a build this one does not know (newer, or with other migrations). */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

export type MigrationReport = { applied: string[]; backup?: string };

const ID_RE = /^\d{4}_[a-z0-9_]+$/;

/**
 * Brings the schema up to date. Applied migrations must be a prefix of the known list; anything else
 * (unknown ids, a different order) is refused rather than guessed at. Before changing a database that
 * already holds a schema, a copy is kept beside it.
 */
export function migrate(db: Database.Database, file: string | undefined, migrations: readonly Migration[], wallTime: () => string): MigrationReport {
  checkMigrationList(migrations);
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = (db.prepare('SELECT id FROM schema_migrations ORDER BY rowid').all() as { id: string }[]).map((r) => r.id);
  applied.forEach((id, i) => {
    if (migrations[i]?.id !== id) {
      throw new MigrationError(
        `database schema is out of sync: applied migration #${i + 1} is "${id}" but this build expects "${migrations[i]?.id ?? '(none)'}"; ` +
          'it was probably written by a newer Firedrill',
      );
    }
  });
  const pending = migrations.slice(applied.length);
  if (pending.length === 0) return { applied: [] };
  let backup: string | undefined;
  if (applied.length > 0 && file !== undefined && existsSync(file)) {
    db.pragma('wal_checkpoint(TRUNCATE)');
    backup = `${file}.before-${pending[0]!.id}.bak`;
    copyFileSync(file, backup);
  }
  const record = db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)');
  db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run(migration.id, wallTime());
    }
  })();
  return backup === undefined ? { applied: pending.map((m) => m.id) } : { applied: pending.map((m) => m.id), backup };
}

function checkMigrationList(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (!ID_RE.test(m.id)) throw new MigrationError(`migration id "${m.id}" must look like 0001_snake_case`);
    if (i > 0 && migrations[i - 1]!.id >= m.id) throw new MigrationError(`migration "${m.id}" is out of order`);
  });
}
