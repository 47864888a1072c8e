import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import { exportBundle } from './export-bundle';
import type { Bundle } from './format';
import { importBundle, NOT_RESCORED } from './import-bundle';
import { signHeader } from './signature';
import { backendWith, playScript, rechain } from './test-support';

const SCENARIO = 'checkout-bad-deploy';
const KEY = 'class-of-2026';
let source: Backend;
let attempt: number;
let earned: { total: number; max: number };
let opened: Backend[] = [];

beforeAll(async () => {
  source = backendWith([SCENARIO], 'Ada Lovelace');
  const played = await playScript(source, SCENARIO, 'novice');
  attempt = played.attempt;
  earned = { total: played.score.total, max: played.score.max };
});
afterEach(() => {
  for (const b of opened) b.close();
  opened = [];
});

function grader(scenarios: readonly string[] = [SCENARIO]): Backend {
  const b = backendWith(scenarios);
  opened.push(b);
  return b;
}

function exported(key?: string): string {
  const result = exportBundle(source.context.store, attempt, { appVersion: '9.9.9', key });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.json;
}

function edit(json: string, change: (b: Bundle) => Bundle | void): string {
  const bundle = JSON.parse(json) as Bundle;
  return JSON.stringify(change(bundle) ?? bundle);
}

function flagsOf(json: string, key?: string): string[] {
  const outcome = importBundle(grader().context.store, 'x.firedrill.json', json, key);
  if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
  return outcome.flags;
}

describe('export', () => {
  it('writes the header, the whole chained log and the stored score, byte-identical each time', () => {
    const json = exported();
    expect(exported()).toBe(json);
    const bundle = JSON.parse(json) as Bundle;
    const stored = source.context.store.events.list(attempt);
    expect(bundle).toMatchObject({ format: 'firedrill-attempt-bundle', formatVersion: 1, appVersion: '9.9.9', scenario: { id: SCENARIO }, learner: { name: 'Ada Lovelace' } });
    expect(bundle.events).toHaveLength(stored.length);
    expect(bundle.events[0]!.type).toBe('drill.start');
    expect(bundle.chainHead).toBe(stored.at(-1)!.hash);
    expect(bundle.claimedScore).toEqual(earned);
    expect(bundle.signature).toBeUndefined();
  });

  it('signs the header with the class key when given one', () => {
    const bundle = JSON.parse(exported(KEY)) as Bundle;
    expect(bundle.signature).toEqual({ algorithm: 'hmac-sha256', value: signHeader(bundle, KEY) });
  });

  it('refuses an attempt that does not exist', () => {
    const result = exportBundle(source.context.store, 999, { appVersion: '1' });
    expect(result.ok).toBe(false);
  });
});

describe('import', () => {
  it('round-trips: the grader re-scores the same total and stores the identical chain', () => {
    const g = grader();
    const outcome = importBundle(g.context.store, 'ada.firedrill.json', exported(KEY), KEY);
    expect(outcome).toMatchObject({ status: 'imported', learner: 'Ada Lovelace', score: earned, flags: [] });
    const id = (outcome as { attempt: number }).attempt;
    expect(g.context.store.scores.get(id)?.total).toBe(earned.total);
    const strip = (events: { seq: number; t: number; type: string; prevHash: string; hash: string }[]) => events.map(({ seq, t, type, prevHash, hash }) => ({ seq, t, type, prevHash, hash }));
    expect(strip(g.context.store.events.list(id))).toEqual(strip(source.context.store.events.list(attempt)));
    expect(g.context.store.attempts.listing(id)).toMatchObject({ learner: 'Ada Lovelace', status: 'ended', score: earned });
  });

  it('carries the learner’s student id to the grader', () => {
    source.context.store.learners.create('Grace Hopper', 'S-1906');
    const attemptOfGrace = source.context.store.attempts.create(source.context.store.learners.ensure('Grace Hopper'), SCENARIO, source.context.store.attempts.get(attempt)!.scenarioVersion, 7);
    source.context.store.events.append(attemptOfGrace, 0, 'drill.start', { scenario: SCENARIO, version: source.context.store.attempts.get(attempt)!.scenarioVersion, seed: 7, difficulty: 'standard' });
    const json = exportBundle(source.context.store, attemptOfGrace, { appVersion: '1' });
    if (!json.ok) throw new Error(json.error.message);
    expect((JSON.parse(json.value.json) as Bundle).learner).toEqual({ name: 'Grace Hopper', studentId: 'S-1906' });
    const g = grader();
    const outcome = importBundle(g.context.store, 'grace.json', json.value.json);
    expect(outcome).toMatchObject({ status: 'imported', learner: 'Grace Hopper' });
    expect(g.context.store.learners.list().find((l) => l.name === 'Grace Hopper')?.studentId).toBe('S-1906');
  });

  it('is idempotent: the same chain head again is "already imported"', () => {
    const g = grader();
    const first = importBundle(g.context.store, 'a.json', exported(), undefined);
    const again = importBundle(g.context.store, 'a-copy.json', exported(), undefined);
    expect(again).toEqual({ file: 'a-copy.json', status: 'already', attempt: (first as { attempt: number }).attempt, flags: [] });
    expect(g.context.store.attempts.list()).toHaveLength(1);
  });

  it('does not take two learners with identical logs for one bundle', () => {
    const g = grader();
    const ada = importBundle(g.context.store, 'ada.json', exported(), undefined);
    const bob = importBundle(g.context.store, 'bob.json', edit(exported(), (b) => void (b.learner = { name: 'Bob Byte' })), undefined);
    expect(ada.status).toBe('imported');
    expect(bob).toMatchObject({ status: 'imported', learner: 'Bob Byte' });
    expect(g.context.store.attempts.list()).toHaveLength(2);
  });

  it('lets the grader delete an imported learner with all their data (the import record goes too)', () => {
    const g = grader();
    importBundle(g.context.store, 'a.json', exported());
    expect(g.context.store.learners.remove('Ada Lovelace')).toMatchObject({ attempts: 1 });
    // The chain head is free again: importing the bundle once more files a new attempt.
    expect(importBundle(g.context.store, 'a.json', exported())).toMatchObject({ status: 'imported' });
  });

  it('imports a bundle whose scenario version is missing, flagged and unscored', () => {
    const g = grader([]);
    const outcome = importBundle(g.context.store, 'a.json', exported(), undefined);
    expect(outcome).toMatchObject({ status: 'imported', score: null, flags: [NOT_RESCORED] });
  });

  it.each([
    ['not JSON', '{"format": ', /^not JSON/],
    ['another format', '{"format":"something-else"}', /not a Firedrill attempt bundle \(format is "something-else"/],
    ['a JSON array', '[]', /not a JSON object/],
    ['a newer format', '{"format":"firedrill-attempt-bundle","formatVersion":7}', /format version 7 is newer/],
  ])('refuses %s with a clear reason', (_name, text, reason) => {
    const outcome = importBundle(grader().context.store, 'bad.json', text);
    expect(outcome).toMatchObject({ file: 'bad.json', status: 'error' });
    expect((outcome as { reason: string }).reason).toMatch(reason);
  });

  it('names a missing field', () => {
    const outcome = importBundle(grader().context.store, 'bad.json', edit(exported(), (b) => void delete (b as Partial<Bundle>).seed));
    expect(outcome).toEqual({ file: 'bad.json', status: 'error', reason: expect.stringMatching(/^missing or invalid field seed/) as unknown });
  });
});

describe('tamper detection', () => {
  it('an edited claimed score: the events still earn their own total', () => {
    const json = edit(exported(), (b) => void (b.claimedScore = { total: earned.total + 15, max: earned.max }));
    expect(flagsOf(json)).toEqual([`claimed ${earned.total + 15}, events earn ${earned.total}`]);
  });

  it('a dropped event: missing seq and a broken chain', () => {
    const flags = flagsOf(edit(exported(), (b) => void b.events.splice(2, 1)));
    expect(flags).toContain('missing seq 3');
    expect(flags).toContain('broken chain at seq 4');
  });

  it('two events swapped', () => {
    const flags = flagsOf(edit(exported(), (b) => void ([b.events[2], b.events[3]] = [b.events[3]!, b.events[2]!])));
    expect(flags).toContain('reordered: seq 3 comes after seq 4');
    expect(flags).toContain('broken chain at seq 4');
  });

  it('the seed changed in the header only', () => {
    const json = edit(exported(), (b) => void (b.seed += 1));
    expect(flagsOf(json)).toEqual([`seed changed: header ${(JSON.parse(exported()) as Bundle).seed + 1}, drill.start ${(JSON.parse(exported()) as Bundle).seed}`]);
  });

  it('the seed changed in drill.start and the header: the chain breaks at seq 1', () => {
    const flags = flagsOf(edit(exported(), (b) => {
      b.seed += 1;
      (b.events[0]!.payload as { seed: number }).seed += 1;
    }));
    expect(flags[0]).toBe('broken chain at seq 1');
  });

  it('the seed changed in drill.start only and re-chained: the chain holds, the header disagrees', () => {
    const original = (JSON.parse(exported()) as Bundle).seed;
    const flags = flagsOf(edit(exported(), (b) => {
      (b.events[0]!.payload as { seed: number }).seed = original + 1;
      return rechain(b);
    }));
    expect(flags[0]).toBe(`seed changed: header ${original}, drill.start ${original + 1}`);
    expect(flags.some((f) => f.startsWith('broken chain'))).toBe(false);
  });

  it('an edited payload breaks the chain at that event', () => {
    const flags = flagsOf(edit(exported(), (b) => void ((b.events[4]!.payload as Record<string, unknown>).edited = true)));
    expect(flags).toContain('broken chain at seq 5');
    expect(flags).toContain('chain head mismatch');
  });

  it('a re-chained edit: the chain is fine, the score follows the events and the signature fails', () => {
    // Dropping every learner action after drill.start and re-chaining: a "clean" log that earns what an idle learner earns.
    const json = edit(exported(KEY), (b) => rechain({ ...b, events: b.events.slice(0, 1) }));
    const flags = flagsOf(json, KEY);
    expect(flags).toContain('signature does not verify with the class key');
    expect(flags.some((f) => f.startsWith('broken chain'))).toBe(false);
    expect(flags.some((f) => f.startsWith(`claimed ${earned.total}, events earn `))).toBe(true);
  });

  it('notes a missing signature when a key is given', () => {
    expect(flagsOf(exported(), KEY)).toEqual(['not signed (a class key was given)']);
  });
});
