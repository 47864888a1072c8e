import { createHash } from 'node:crypto';
import type { DrillEvent } from '../../engine/drill';
import type { Db } from './database';

/** The hash an attempt's first event chains from. */
export const GENESIS_HASH = '0'.repeat(64);

export type StoredEvent = DrillEvent & { wallTime: string; prevHash: string; hash: string };

/** The chain hash covers order, sim time, type and payload; wall time is for people and stays out. */
export function eventHash(prevHash: string, seq: number, t: number, type: string, payloadJson: string): string {
  return createHash('sha256').update(`${prevHash}\n${seq}\n${t}\n${type}\n${payloadJson}`).digest('hex');
}

/** The append-only event log of each attempt (the database refuses updates and deletes). */
export function createEventsRepo(db: Db, wallTime: () => string) {
  const last = db.prepare('SELECT seq, hash FROM events WHERE attempt_id = ? ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare(
    `INSERT INTO events (attempt_id, seq, sim_ms, wall_time, type, payload_json, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const all = db.prepare(
    `SELECT seq, sim_ms AS t, type, payload_json, wall_time AS wallTime, prev_hash AS prevHash, hash
     FROM events WHERE attempt_id = ? ORDER BY seq`,
  );
  const append = db.transaction((attemptId: number, t: number, type: string, payload: unknown): StoredEvent => {
    const previous = last.get(attemptId) as { seq: number; hash: string } | undefined;
    const seq = (previous?.seq ?? 0) + 1;
    const prevHash = previous?.hash ?? GENESIS_HASH;
    const payloadJson = JSON.stringify(payload ?? {});
    const hash = eventHash(prevHash, seq, t, type, payloadJson);
    const at = wallTime();
    insert.run(attemptId, seq, t, at, type, payloadJson, prevHash, hash);
    return { seq, t, type, payload: JSON.parse(payloadJson) as unknown, wallTime: at, prevHash, hash };
  });
  return {
    /** Persists one event at the end of the attempt's log and returns it with its seq and hash. */
    append(attemptId: number, t: number, type: string, payload: unknown): StoredEvent {
      return append(attemptId, t, type, payload);
    },
    list(attemptId: number): StoredEvent[] {
      type Row = Omit<StoredEvent, 'payload'> & { payload_json: string };
      return (all.all(attemptId) as Row[]).map(({ payload_json, ...rest }) => ({ ...rest, payload: JSON.parse(payload_json) as unknown }));
    },
  };
}
export type EventsRepo = ReturnType<typeof createEventsRepo>;
