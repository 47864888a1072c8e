import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { MigrationError } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations';

const core = MIGRATIONS[0]!;
const addNotes: Migration = { id: '0002_add_notes', sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)' };
const addTags: Migration = { id: '0002_add_tags', sql: 'CREATE TABLE tags (id INTEGER PRIMARY KEY)' };

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'firedrill-migrate-'));
  file = join(dir, 'firedrill.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Opens, migrates and closes the database; returns what the migration reported. */
function openWith(migrations: readonly Migration[]) {
  const { db, migration } = openDatabase(file, { migrations, wallTime: () => '2026-01-01T00:00:00Z' });
  db.close();
  return migration;
}

function appliedIds(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT id FROM schema_migrations ORDER BY rowid').all() as { id: string }[]).map((r) => r.id);
  } finally {
    db.close();
  }
}

function tables(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

const backups = () => readdirSync(dir).filter((name) => name.endsWith('.bak'));

describe('migrate', () => {
  it('gives a fresh database every migration, without a backup', () => {
    const report = openWith(MIGRATIONS);
    expect(report).toEqual({ applied: MIGRATIONS.map((m) => m.id) });
    expect(appliedIds(file)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(tables(file)).toEqual(expect.arrayContaining(['scenarios', 'learners', 'attempts', 'events', 'scores', 'settings']));
    expect(backups()).toEqual([]);
  });

  it('applies nothing when an up-to-date database is reopened', () => {
    openWith(MIGRATIONS);
    expect(openWith(MIGRATIONS)).toEqual({ applied: [] });
    expect(appliedIds(file)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(backups()).toEqual([]);
  });

  it('upgrades with only the new migration, after backing the old file up', () => {
    openWith([core]);
    const report = openWith([core, addNotes]);
    const backup = `${file}.before-0002_add_notes.bak`;
    expect(report).toEqual({ applied: ['0002_add_notes'], backup });
    expect(appliedIds(file)).toEqual([core.id, addNotes.id]);
    expect(tables(file)).toContain('notes');
    // The backup is the database as it was before the upgrade.
    expect(existsSync(backup)).toBe(true);
    expect(appliedIds(backup)).toEqual([core.id]);
    expect(tables(backup)).not.toContain('notes');
  });

  it('refuses a database migrated by a build with more migrations', () => {
    openWith([core, addNotes]);
    expect(() => openWith([core])).toThrow(MigrationError);
    expect(appliedIds(file)).toEqual([core.id, addNotes.id]);
  });

  it('refuses a database whose applied migration this build does not know', () => {
    openWith([core, addTags]);
    expect(() => openWith([core, addNotes])).toThrow(/out of sync.*0002_add_tags/);
    expect(tables(file)).not.toContain('notes');
    expect(backups()).toEqual([]);
  });

  it('refuses applied migrations in another order', () => {
    const db = new Database(file);
    db.exec('CREATE TABLE schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?), (?, ?)').run(addNotes.id, 'x', core.id, 'x');
    db.close();
    expect(() => openWith([core, addNotes])).toThrow(MigrationError);
  });

  it('rolls back every pending migration when one fails', () => {
    const broken: Migration = { id: '0002_broken', sql: 'CREATE TABLE oops (' };
    expect(() => openWith([core, broken])).toThrow();
    expect(appliedIds(file)).toEqual([]);
    expect(tables(file)).not.toContain('scenarios');
  });

  it.each([
    ['an id without a number', [{ id: 'create_tables', sql: '' }]],
    ['an id with too few digits', [{ id: '1_create_tables', sql: '' }]],
    ['an id that is not snake_case', [{ id: '0001_Create-Tables', sql: '' }]],
    ['ids out of order', [addNotes, core]],
    ['a repeated id', [core, core]],
  ])('refuses a migration list with %s', (_name, migrations: Migration[]) => {
    expect(() => openWith(migrations)).toThrow(MigrationError);
    // Refused before anything is written: not even the bookkeeping table exists.
    expect(tables(file)).toEqual([]);
  });
});
