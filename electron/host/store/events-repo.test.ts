import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '.';
import type { Store } from '.';
import { eventHash, GENESIS_HASH } from './events-repo';
import type { StoredEvent } from './events-repo';

let store: Store;

function newAttempt(target: Store): number {
  target.scenarios.save({ id: 's', version: 'v1', title: 'S', files: {} });
  return target.attempts.create(target.learners.ensure('ann'), 's', 'v1', 7);
}

function appendSample(target: Store, attempt: number): void {
  target.events.append(attempt, 0, 'drill.start', { scenario: 's', version: 'v1', seed: 7 });
  target.events.append(attempt, 200_000, 'alert.acknowledge', { alert: 'HighErrors' });
  target.events.append(attempt, 210_000, 'terminal.exec', { command: 'kubectl get pods -n shop' });
}

/** Walks the chain from the genesis hash, recomputing every link. */
function verifyChain(events: readonly StoredEvent[]): boolean {
  let prev = GENESIS_HASH;
  return events.every((e, i) => {
    const ok = e.seq === i + 1 && e.prevHash === prev && e.hash === eventHash(prev, e.seq, e.t, e.type, JSON.stringify(e.payload));
    prev = e.hash;
    return ok;
  });
}

beforeEach(() => {
  let n = 0;
  store = openStore(':memory:', () => `2026-01-01T00:00:0${n++}Z`);
});
afterEach(() => store.close());

describe('eventHash', () => {
  it('is the SHA-256 of prev hash, seq, sim time, type and payload, one per line', () => {
    const expected = createHash('sha256').update(`${GENESIS_HASH}\n1\n0\ndrill.start\n{"seed":7}`).digest('hex');
    expect(eventHash(GENESIS_HASH, 1, 0, 'drill.start', '{"seed":7}')).toBe(expected);
  });
});

describe('events repository', () => {
  it('numbers events from 1 and chains each to the one before', () => {
    const attempt = newAttempt(store);
    appendSample(store, attempt);
    const events = store.events.list(attempt);
    expect(events.map((e) => [e.seq, e.t, e.type])).toEqual([
      [1, 0, 'drill.start'],
      [2, 200_000, 'alert.acknowledge'],
      [3, 210_000, 'terminal.exec'],
    ]);
    expect(events[0]!.prevHash).toBe(GENESIS_HASH);
    expect(verifyChain(events)).toBe(true);
  });

  it('detects a changed payload when the chain is recomputed', () => {
    const attempt = newAttempt(store);
    appendSample(store, attempt);
    const events = store.events.list(attempt);
    const forged = events.map((e) => (e.seq === 2 ? { ...e, payload: { alert: 'SomethingElse' } } : e));
    expect(verifyChain(forged)).toBe(false);
  });

  it('starts a separate chain per attempt', () => {
    const first = newAttempt(store);
    const second = store.attempts.create(store.learners.ensure('bob'), 's', 'v1', 8);
    store.events.append(first, 0, 'drill.start', {});
    store.events.append(second, 0, 'drill.start', {});
    const events = store.events.list(second);
    expect(events.map((e) => [e.seq, e.prevHash])).toEqual([[1, GENESIS_HASH]]);
  });

  it('keeps wall time out of the hashes', () => {
    const other = openStore(':memory:', () => '1999-12-31T23:59:59Z');
    try {
      appendSample(store, newAttempt(store));
      appendSample(other, newAttempt(other));
      const hashes = (s: Store) => s.events.list(1).map((e) => e.hash);
      expect(store.events.list(1)[0]!.wallTime).not.toBe(other.events.list(1)[0]!.wallTime);
      expect(hashes(other)).toEqual(hashes(store));
    } finally {
      other.close();
    }
  });

  it('refuses UPDATE and DELETE on events', () => {
    appendSample(store, newAttempt(store));
    expect(() => store.db.prepare("UPDATE events SET type = 'x' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => store.db.prepare('DELETE FROM events WHERE seq = 3').run()).toThrow(/append-only/);
    expect(store.events.list(1).map((e) => e.type)).toEqual(['drill.start', 'alert.acknowledge', 'terminal.exec']);
  });
});
