import type { Db } from './database';

export type AttemptRow = {
  id: number;
  learnerId: number;
  scenarioId: string;
  scenarioVersion: string;
  seed: number;
  status: 'running' | 'ended';
};

export function createAttemptsRepo(db: Db, wallTime: () => string) {
  const insert = db.prepare(
    `INSERT INTO attempts (learner_id, scenario_id, scenario_version, seed, status, started_at)
     VALUES (?, ?, ?, ?, 'running', ?)`,
  );
  const end = db.prepare("UPDATE attempts SET status = 'ended', ended_at = ? WHERE id = ? AND status = 'running'");
  const get = db.prepare(
    `SELECT id, learner_id AS learnerId, scenario_id AS scenarioId, scenario_version AS scenarioVersion, seed, status
     FROM attempts WHERE id = ?`,
  );
  return {
    create(learnerId: number, scenarioId: string, scenarioVersion: string, seed: number): number {
      return Number(insert.run(learnerId, scenarioId, scenarioVersion, seed, wallTime()).lastInsertRowid);
    },
    markEnded(id: number): void {
      end.run(wallTime(), id);
    },
    get(id: number): AttemptRow | undefined {
      return get.get(id) as AttemptRow | undefined;
    },
  };
}
export type AttemptsRepo = ReturnType<typeof createAttemptsRepo>;
