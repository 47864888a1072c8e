import type { Db } from './database';

/** An attempt as a bundle carried it, written with its original times (the grader's clock plays no part). */
export type ImportedAttempt = {
  learnerId: number;
  scenarioId: string;
  scenarioVersion: string;
  seed: number;
  startedAt: string;
  endedAt: string | null;
};

/** One logged event exactly as the bundle holds it: the chain is stored as it came, broken or not. */
export type ImportedEvent = { seq: number; t: number; type: string; payload: unknown; wallTime: string; prevHash: string; hash: string };

/** An imported attempt the grader has no score for: what re-playing it needs, and what its import found. */
export type UnscoredImport = {
  attemptId: number;
  learner: string;
  scenarioId: string;
  scenarioVersion: string;
  seed: number;
  ended: boolean;
  claimedTotal: number | null;
  flags: string[];
};

export type GradedImport = { bundleKey: string; chainHead: string; attemptId: number; fileName: string; claimedTotal: number | null; flags: string[]; importedAt: string };

/** Imported bundles: the attempts they became, and what verifying them found. */
export function createGradedImportsRepo(db: Db, wallTime: () => string) {
  const byKey = db.prepare(
    `SELECT bundle_key AS bundleKey, chain_head AS chainHead, attempt_id AS attemptId, file_name AS fileName, claimed_total AS claimedTotal,
            flags_json AS flagsJson, imported_at AS importedAt FROM graded_imports WHERE bundle_key = ?`,
  );
  const byAttempt = db.prepare(
    `SELECT bundle_key AS bundleKey, chain_head AS chainHead, attempt_id AS attemptId, file_name AS fileName, claimed_total AS claimedTotal,
            flags_json AS flagsJson, imported_at AS importedAt FROM graded_imports WHERE attempt_id = ?`,
  );
  const insertImport = db.prepare(
    'INSERT INTO graded_imports (bundle_key, chain_head, attempt_id, file_name, claimed_total, flags_json, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertAttempt = db.prepare(
    `INSERT INTO attempts (learner_id, scenario_id, scenario_version, seed, status, started_at, ended_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (attempt_id, seq, sim_ms, wall_time, type, payload_json, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const unscored = db.prepare(
    `SELECT g.attempt_id AS attemptId, l.name AS learner, a.scenario_id AS scenarioId, a.scenario_version AS scenarioVersion, a.seed AS seed,
            a.ended_at AS endedAt, g.claimed_total AS claimedTotal, g.flags_json AS flagsJson
     FROM graded_imports g JOIN attempts a ON a.id = g.attempt_id JOIN learners l ON l.id = a.learner_id
     WHERE NOT EXISTS (SELECT 1 FROM scores s WHERE s.attempt_id = g.attempt_id) ORDER BY g.attempt_id`,
  );
  const updateFlags = db.prepare('UPDATE graded_imports SET flags_json = ? WHERE attempt_id = ?');
  const hasScenario = db.prepare('SELECT 1 FROM scenarios WHERE id = ? AND version = ?');
  // A version the grader lacks still needs a row for the attempt's foreign key. It is filed before every real
  // import of the id (lowest import order) so it never shadows an installed version as "the newest".
  const insertPlaceholder = db.prepare(
    `INSERT INTO scenarios (id, version, title, files_json, imported_at, import_order)
     VALUES (?, ?, ?, '{}', ?, (SELECT COALESCE(MIN(import_order), 1) - 1 FROM scenarios))`,
  );
  // The student id column arrives with learner profiles (migration 0005); a database without it has none to give.
  const hasStudentId = (db.prepare("SELECT 1 FROM pragma_table_info('learners') WHERE name = 'student_id'").get() as unknown) !== undefined;
  const studentIdOf = hasStudentId ? db.prepare('SELECT student_id AS studentId FROM learners WHERE id = ?') : undefined;
  const fillStudentId = hasStudentId ? db.prepare('UPDATE learners SET student_id = ? WHERE id = ? AND student_id IS NULL') : undefined;
  type Row = Omit<GradedImport, 'flags'> & { flagsJson: string };
  const toImport = (row: Row | undefined): GradedImport | undefined =>
    row && { bundleKey: row.bundleKey, chainHead: row.chainHead, attemptId: row.attemptId, fileName: row.fileName, claimedTotal: row.claimedTotal, flags: JSON.parse(row.flagsJson) as string[], importedAt: row.importedAt };

  const record = db.transaction(
    (attempt: ImportedAttempt, events: readonly ImportedEvent[], entry: Omit<GradedImport, 'attemptId' | 'importedAt'>): number => {
      if (!hasScenario.get(attempt.scenarioId, attempt.scenarioVersion)) {
        insertPlaceholder.run(attempt.scenarioId, attempt.scenarioVersion, `${attempt.scenarioId} (not installed)`, wallTime());
      }
      const status = attempt.endedAt === null ? 'running' : 'ended';
      const attemptId = Number(
        insertAttempt.run(attempt.learnerId, attempt.scenarioId, attempt.scenarioVersion, attempt.seed, status, attempt.startedAt, attempt.endedAt).lastInsertRowid,
      );
      for (const e of events) insertEvent.run(attemptId, e.seq, e.t, e.wallTime, e.type, JSON.stringify(e.payload ?? {}), e.prevHash, e.hash);
      insertImport.run(entry.bundleKey, entry.chainHead, attemptId, entry.fileName, entry.claimedTotal, JSON.stringify(entry.flags), wallTime());
      return attemptId;
    },
  );
  return {
    findByBundleKey: (key: string): GradedImport | undefined => toImport(byKey.get(key) as Row | undefined),
    findByAttempt: (attemptId: number): GradedImport | undefined => toImport(byAttempt.get(attemptId) as Row | undefined),
    /** The learner's student id, if the database has the column and the learner one. */
    studentId(learnerId: number): string | null {
      return (studentIdOf?.get(learnerId) as { studentId: string | null } | undefined)?.studentId ?? null;
    },
    /** Gives a learner the student id a bundle carried, unless they already have one. */
    fillStudentId(learnerId: number, studentId: string): void {
      fillStudentId?.run(studentId, learnerId);
    },
    /** Imported attempts without a score (their scenario version was missing, or their events would not play), oldest first. */
    unscored(): UnscoredImport[] {
      type UnscoredRow = Omit<UnscoredImport, 'ended' | 'flags'> & { endedAt: string | null; flagsJson: string };
      return (unscored.all() as UnscoredRow[]).map(({ endedAt, flagsJson, ...row }) => ({ ...row, ended: endedAt !== null, flags: JSON.parse(flagsJson) as string[] }));
    },
    /** Replaces what verifying an imported attempt found (after it was re-scored). */
    setFlags(attemptId: number, flags: readonly string[]): void {
      updateFlags.run(JSON.stringify(flags), attemptId);
    },
    /** Writes the attempt, its events and the import record in one transaction; returns the new attempt id. */
    record,
  };
}
export type GradedImportsRepo = ReturnType<typeof createGradedImportsRepo>;
