import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { TimedRequest } from './actions-file';
import { parseActionsFile } from './actions-file';
import { createBackend } from '../backend';
import type { Backend } from '../backend';
import { bundledFolder, valueOf } from '../handlers/handler-testing';
import { loggedClock } from './resume';
import { resumeTime } from './session';

const SCENARIO = 'checkout-bad-deploy';
const EXPERT = (() => {
  const parsed = parseActionsFile(readFileSync(`${bundledFolder(SCENARIO)}/scripts/expert.json`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.actions;
})();
// The crash comes after the rollback (4m) and the status change: the second half of the script is played after resuming.
const BEFORE_CRASH = EXPERT.filter((a) => a.at <= 250_000);
const AFTER_CRASH = EXPERT.filter((a) => a.at > 250_000);

const dirs: string[] = [];
const backends: Backend[] = [];
afterEach(() => {
  for (const b of backends.splice(0)) b.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function backendOn(dbPath: string): Backend {
  const backend = createBackend({ dbPath, scenarioFolders: [bundledFolder(SCENARIO)], live: false });
  backends.push(backend);
  return backend;
}

/** Sends each request at its sim time, as `playDrill` does, on the backend's current session. */
async function play(backend: Backend, actions: readonly TimedRequest[]) {
  for (const action of actions) {
    const session = backend.context.session!;
    if (!session.drill.ended) session.advanceTo(action.at);
    valueOf(await backend.invoke(action.request, action.input as never));
  }
}

/** Recomputes the chain from scratch (not with the repo's own function): sha256 of prev, seq, t, type, payload. */
function chainIsValid(events: { seq: number; t: number; type: string; payload: unknown; prevHash: string; hash: string }[]): boolean {
  let prev = '0'.repeat(64);
  return events.every((e, i) => {
    const hash = createHash('sha256').update([prev, e.seq, e.t, e.type, JSON.stringify(e.payload)].join('\n')).digest('hex');
    const good = e.seq === i + 1 && e.prevHash === prev && e.hash === hash;
    prev = e.hash;
    return good;
  });
}

describe('attempt.resume after a crash', () => {
  it('re-derives the drill to its last event, appends to the same chain and scores as an uninterrupted play', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'firedrill-resume-'));
    dirs.push(dir);
    const file = join(dir, 'firedrill.db');

    const crashed = backendOn(file);
    valueOf(await crashed.invoke('drill.start', { scenario: SCENARIO }));
    await play(crashed, BEFORE_CRASH);
    const lastAt = BEFORE_CRASH.at(-1)!.at;
    const loggedBeforeCrash = crashed.context.store.events.list(1).length;
    // The crash: the first back end is simply abandoned; a new one opens the same file, as a restarted app does.
    const restarted = backendOn(file);
    expect(valueOf(await restarted.invoke('attempt.list', {}))[0]).toMatchObject({ id: 1, status: 'running' });
    const resumed = valueOf(await restarted.invoke('attempt.resume', { attempt: 1 }));
    expect(resumed).toMatchObject({ attempt: 1, scenario: SCENARIO, resumedAt: lastAt, difficulty: 'standard' });

    const reference = backendOn(':memory:');
    valueOf(await reference.invoke('drill.start', { scenario: SCENARIO }));
    await play(reference, BEFORE_CRASH);
    expect(reference.context.session!.drill.now).toBe(lastAt);
    expect(restarted.context.session!.drill.view()).toEqual(reference.context.session!.drill.view());

    await play(restarted, AFTER_CRASH);
    await play(reference, AFTER_CRASH);
    const stored = restarted.context.store.events.list(1);
    expect(stored.length).toBe(reference.context.store.events.list(1).length);
    expect(stored.length).toBeGreaterThan(loggedBeforeCrash);
    expect(chainIsValid(stored)).toBe(true);
    // Nothing was logged twice: one drill.start, and every action once.
    expect(stored.filter((e) => e.type === 'drill.start')).toHaveLength(1);

    for (const b of [restarted, reference]) {
      const s = b.context.session!;
      if (!s.drill.ended) s.advanceTo(s.drill.endsAt);
    }
    const score = valueOf(await restarted.invoke('drill.end', {}));
    expect(score).toEqual(valueOf(await reference.invoke('drill.end', {})));
    expect(score.total).toBeGreaterThan(0);
    const listed = valueOf(await restarted.invoke('attempt.list', {}))[0]!;
    expect(listed).toMatchObject({ status: 'ended', score: { total: score.total, max: score.max } });
  }, 120_000);

  it('refuses an attempt that ended, one that does not exist, and the drill being played', async () => {
    const backend = backendOn(':memory:');
    valueOf(await backend.invoke('drill.start', { scenario: SCENARIO }));
    const playing = await backend.invoke('attempt.resume', { attempt: 1 });
    expect(playing.ok || playing.error.message).toBe('attempt 1 is the drill being played now');
    valueOf(await backend.invoke('drill.end', {}));
    const ended = await backend.invoke('attempt.resume', { attempt: 1 });
    expect(ended.ok || ended.error.message).toBe('attempt 1 has ended: open it as a replay instead');
    const missing = await backend.invoke('attempt.resume', { attempt: 9 });
    expect(missing.ok || missing.error.message).toBe('no attempt 9');
  });

  it('resumes a drill abandoned for another one, leaving that one resumable in turn', async () => {
    const backend = backendOn(':memory:');
    valueOf(await backend.invoke('drill.start', { scenario: SCENARIO }));
    await play(backend, EXPERT.slice(0, 2));
    valueOf(await backend.invoke('drill.start', { scenario: SCENARIO, learner: 'sam' }));
    const resumed = valueOf(await backend.invoke('attempt.resume', { attempt: 1 }));
    expect(resumed.resumedAt).toBe(EXPERT[1]!.at);
    expect(backend.context.session!.learner).toBe('learner');
    expect(valueOf(await backend.invoke('attempt.list', {})).map((a) => [a.id, a.status])).toEqual([
      [2, 'running'],
      [1, 'running'],
    ]);
  });
});

describe('resume helpers', () => {
  const at = (t: number, type = 'terminal.exec', payload: unknown = {}) => ({ seq: 0, t, type, payload });
  it('picks up at the last logged event, or 0 with only the start', () => {
    expect(resumeTime([at(0, 'drill.start'), at(5000), at(12_000)])).toBe(12_000);
    expect(resumeTime([at(0, 'drill.start')])).toBe(0);
  });
  it('runs the resumed clock at the last speed chosen, 1× when none was', () => {
    expect(loggedClock([at(0, 'drill.start'), at(10, 'drill.clock', { speed: 60 }), at(20, 'drill.clock', { speed: 10 })])).toEqual({ speed: 10, by: 'learner' });
    expect(loggedClock([at(0, 'drill.start')])).toEqual({ speed: 1, by: 'learner' });
  });
  it('remembers that the instructor set the speed last (a drill paused by the instructor resumes paused by them)', () => {
    expect(loggedClock([at(0, 'drill.start'), at(10, 'drill.clock', { speed: 60 }), at(20, 'drill.clock', { speed: 0, by: 'instructor' })])).toEqual({ speed: 0, by: 'instructor' });
    expect(loggedClock([at(10, 'drill.clock', { speed: 0, by: 'instructor' }), at(20, 'drill.clock', { speed: 1 })])).toEqual({ speed: 1, by: 'learner' });
  });
});
