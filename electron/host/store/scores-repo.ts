import type { ScoreReport } from '../../engine/scoring';
import type { Db } from './database';

export function createScoresRepo(db: Db, wallTime: () => string) {
  const upsert = db.prepare(
    `INSERT INTO scores (attempt_id, total, max, report_json, scored_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (attempt_id) DO UPDATE SET total = excluded.total, max = excluded.max,
       report_json = excluded.report_json, scored_at = excluded.scored_at`,
  );
  const get = db.prepare('SELECT report_json FROM scores WHERE attempt_id = ?');
  return {
    save(attemptId: number, report: ScoreReport): void {
      upsert.run(attemptId, report.total, report.max, JSON.stringify(report), wallTime());
    },
    get(attemptId: number): ScoreReport | undefined {
      const row = get.get(attemptId) as { report_json: string } | undefined;
      return row && (JSON.parse(row.report_json) as ScoreReport);
    },
  };
}
export type ScoresRepo = ReturnType<typeof createScoresRepo>;
