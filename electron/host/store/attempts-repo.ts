import type { Db } from './database';

export type AttemptRow = {
  id: number;
  learnerId: number;
  scenarioId: string;
  scenarioVersion: string;
  seed: number;
  status: 'running' | 'ended';
};

/** An attempt as history lists it: who played, when, the stored score and the payload its drill.start logged. */
export type AttemptListing = AttemptRow & {
  learner: string;
  startedAt: string;
  endedAt: string | null;
  score: { total: number; max: number } | null;
  /** The first event's payload when it is the drill.start event (its difficulty), else null. */
  startPayload: unknown;
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
  const listing = `SELECT a.id, a.learner_id AS learnerId, a.scenario_id AS scenarioId, a.scenario_version AS scenarioVersion, a.seed,
            a.status, a.started_at AS startedAt, a.ended_at AS endedAt, l.name AS learner,
            s.total AS scoreTotal, s.max AS scoreMax, e.payload_json AS startJson
     FROM attempts a
     JOIN learners l ON l.id = a.learner_id
     LEFT JOIN scores s ON s.attempt_id = a.id
     LEFT JOIN events e ON e.attempt_id = a.id AND e.seq = 1 AND e.type = 'drill.start'`;
  const listAll = db.prepare(`${listing} ORDER BY a.started_at DESC, a.id DESC`);
  const listOne = db.prepare(`${listing} WHERE a.id = ?`);
  type ListRow = Omit<AttemptListing, 'score' | 'startPayload'> & { scoreTotal: number | null; scoreMax: number | null; startJson: string | null };
  const toListing = ({ scoreTotal, scoreMax, startJson, ...row }: ListRow): AttemptListing => ({
    ...row,
    score: scoreTotal === null || scoreMax === null ? null : { total: scoreTotal, max: scoreMax },
    startPayload: startJson === null ? null : (JSON.parse(startJson) as unknown),
  });
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
    /** Every attempt, newest first (ties in wall time: the later id first). */
    list(): AttemptListing[] {
      return (listAll.all() as ListRow[]).map(toListing);
    },
    /** One attempt as history lists it. */
    listing(id: number): AttemptListing | undefined {
      const row = listOne.get(id) as ListRow | undefined;
      return row && toListing(row);
    },
  };
}
export type AttemptsRepo = ReturnType<typeof createAttemptsRepo>;
