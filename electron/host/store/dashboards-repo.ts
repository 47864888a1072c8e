import type { Db } from './database';

/** A dashboard a learner saved for a scenario: the exported Grafana JSON text and when it was saved. */
export type SavedDashboard = { uid: string; title: string; json: string; savedAt: string };

/** The learner's saved dashboards, per (learner, scenario id, dashboard uid). */
export function createDashboardsRepo(db: Db, wallTime: () => string) {
  const upsert = db.prepare(
    `INSERT INTO saved_dashboards (learner_id, scenario_id, uid, title, json, saved_at)
     VALUES (@learner, @scenario, @uid, @title, @json, @at)
     ON CONFLICT (learner_id, scenario_id, uid) DO UPDATE SET title = excluded.title, json = excluded.json, saved_at = excluded.saved_at`,
  );
  const list = db.prepare('SELECT uid, title, json, saved_at FROM saved_dashboards WHERE learner_id = ? AND scenario_id = ? ORDER BY rowid');
  const one = db.prepare('SELECT uid, title, json, saved_at FROM saved_dashboards WHERE learner_id = ? AND scenario_id = ? AND uid = ?');
  const remove = db.prepare('DELETE FROM saved_dashboards WHERE learner_id = ? AND scenario_id = ? AND uid = ?');
  type Row = { uid: string; title: string; json: string; saved_at: string };
  const toSaved = (row: Row): SavedDashboard => ({ uid: row.uid, title: row.title, json: row.json, savedAt: row.saved_at });
  return {
    /** Stores (or replaces) the learner's copy; returns when it was saved. */
    save(learnerId: number, scenarioId: string, dashboard: { uid: string; title: string; json: string }): string {
      const at = wallTime();
      upsert.run({ learner: learnerId, scenario: scenarioId, uid: dashboard.uid, title: dashboard.title, json: dashboard.json, at });
      return at;
    },
    /** The learner's copies for a scenario, in the order first saved. */
    list(learnerId: number, scenarioId: string): SavedDashboard[] {
      return (list.all(learnerId, scenarioId) as Row[]).map(toSaved);
    },
    find(learnerId: number, scenarioId: string, uid: string): SavedDashboard | undefined {
      const row = one.get(learnerId, scenarioId, uid) as Row | undefined;
      return row && toSaved(row);
    },
    /** Drops the learner's copy; returns whether there was one. */
    remove(learnerId: number, scenarioId: string, uid: string): boolean {
      return remove.run(learnerId, scenarioId, uid).changes > 0;
    },
  };
}
export type DashboardsRepo = ReturnType<typeof createDashboardsRepo>;
