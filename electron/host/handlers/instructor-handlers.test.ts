import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replayDrill } from '../../engine/drill';
import { createBackend } from '../backend';
import type { Backend } from '../backend';
import { INSTRUCTOR_PIN_KEY } from '../instructor/pin';
import { bundledFolder, startedBackend, valueOf } from './handler-testing';

const MINUTE = 60_000;
const PIN = '4711';

let backend: Backend;
beforeEach(async () => {
  backend = await startedBackend('checkout-bad-deploy', 'ada');
});
afterEach(() => backend.close());

const session = () => backend.context.session!;
const unlocked = async () => valueOf(await backend.invoke('instructor.setPin', { pin: PIN }));

describe('the instructor PIN', () => {
  it('refuses every instructor request while the console is locked', async () => {
    for (const [name, input] of [['instructor.view', {}], ['instructor.clock', { speed: 0 }], ['instructor.inject', { message: 'promo-email' }], ['instructor.hint', {}], ['instructor.end', {}]] as const) {
      expect(await backend.invoke(name, input as never)).toEqual({ ok: false, error: { code: 'conflict', message: expect.stringContaining('the instructor console is locked') } });
    }
    expect(session().events().map((e) => e.type)).toEqual(['drill.start']);
  });

  it('stores the PIN salted and hashed, never as given', async () => {
    expect(await unlocked()).toEqual({ pinSet: true, unlocked: true, drill: true });
    const stored = backend.context.store.settings.get<{ salt: string; hash: string }>(INSTRUCTOR_PIN_KEY)!;
    expect(JSON.stringify(stored)).not.toContain(PIN);
    expect(stored.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a malformed PIN', async () => {
    const result = await backend.invoke('instructor.setPin', { pin: 'abcd' });
    expect(result.ok).toBe(false);
  });

  describe('on a second start of the app (same database)', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'firedrill-instructor-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('is locked again, refuses a wrong PIN and a PIN change, and unlocks with the right one', async () => {
      const dbPath = join(dir, 'firedrill.db');
      const open = () => createBackend({ dbPath, scenarioFolders: [bundledFolder('checkout-bad-deploy')], live: false });
      const first = open();
      valueOf(await first.invoke('instructor.setPin', { pin: PIN }));
      first.close();
      const second = open();
      try {
        expect(valueOf(await second.invoke('instructor.status', {}))).toEqual({ pinSet: true, unlocked: false, drill: false });
        expect(await second.invoke('instructor.unlock', { pin: '0000' })).toEqual({ ok: false, error: { code: 'bad_input', field: 'pin', message: 'wrong PIN' } });
        expect((await second.invoke('instructor.setPin', { pin: '1234' })).ok).toBe(false);
        expect(valueOf(await second.invoke('instructor.unlock', { pin: PIN })).unlocked).toBe(true);
      } finally {
        second.close();
      }
    });
  });
});

describe('instructor interventions', () => {
  beforeEach(unlocked);

  it('pauses and resumes as drill.clock events marked as the instructor’s', async () => {
    session().advanceTo(3 * MINUTE);
    expect(valueOf(await backend.invoke('instructor.clock', { speed: 0 }))).toEqual({ type: 'drill.clock', speed: 0 });
    expect(valueOf(await backend.invoke('instructor.view', {})).speed).toBe(0);
    expect(valueOf(await backend.invoke('instructor.view', {})).resumeSpeed).toBe(1);
    valueOf(await backend.invoke('instructor.clock', { speed: 10 }));
    valueOf(await backend.invoke('instructor.clock', { speed: 0 }));
    expect(valueOf(await backend.invoke('instructor.view', {})).resumeSpeed).toBe(10);
    const clock = session().events().filter((e) => e.type === 'drill.clock');
    expect(clock.map((e) => [e.t, e.payload])).toEqual([
      [3 * MINUTE, { speed: 0, by: 'instructor' }],
      [3 * MINUTE, { speed: 10, by: 'instructor' }],
      [3 * MINUTE, { speed: 0, by: 'instructor' }],
    ]);
  });

  it('posts a library message now in the stakeholder channel, logged as instructor.inject', async () => {
    session().advanceTo(3 * MINUTE);
    const outcome = valueOf(await backend.invoke('instructor.inject', { message: 'promo-email' }));
    expect(outcome).toEqual({ type: 'instructor.inject', message: 'promo-email', posted: true });
    const messages = valueOf(await backend.invoke('incident.view', {})).messages;
    const posted = messages.filter((m) => m.text.startsWith('The Friday promo e-mail'));
    // The script would only send it a minute after a declaration, which has not happened: this is the injection.
    expect(posted).toEqual([expect.objectContaining({ channel: 'stakeholders', at: 3 * MINUTE, kind: 'question', author: expect.objectContaining({ id: 'product-owner' }) })]);
    expect(session().events().at(-1)).toMatchObject({ type: 'instructor.inject', t: 3 * MINUTE, payload: { message: 'promo-email' } });
  });

  it('tells the open pages at once, even with the clock paused (pages refresh on ticks)', async () => {
    session().advanceTo(3 * MINUTE);
    valueOf(await backend.invoke('instructor.clock', { speed: 0 }));
    const ticks: unknown[] = [];
    backend.on('clock.ticked', (payload) => ticks.push(payload));
    valueOf(await backend.invoke('instructor.inject', { message: 'promo-email' }));
    expect(ticks).toEqual([{ now: 3 * MINUTE, speed: 0, speedBy: 'instructor', ended: false }]);
  });

  it('refuses a message the script does not have, naming the ones it does', async () => {
    const result = await backend.invoke('instructor.inject', { message: 'no-such' });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', field: 'message', message: expect.stringContaining('known: marco-offers-help, support-tickets') } });
  });

  it('reveals the next hint to the room without charging the learner a hint request', async () => {
    const outcome = valueOf(await backend.invoke('instructor.hint', {}));
    expect(outcome.hint).toMatch(/^Start from what changed/);
    const view = valueOf(await backend.invoke('instructor.view', {}));
    expect(view.hints).toEqual({ revealed: [outcome.hint], left: 2 });
    expect(session().events().map((e) => e.type)).toEqual(['drill.start', 'instructor.hint']);
    const score = valueOf(await backend.invoke('instructor.end', {}));
    expect(score.criteria.find((c) => c.id === 'asked-for-hints')!.points).toBe(0);
  });

  it('shows the hidden truth: the fault, its state, and the expert’s mitigation', async () => {
    session().advanceTo(3 * MINUTE);
    const view = valueOf(await backend.invoke('instructor.view', {}));
    expect(view.faults.find((f) => f.id === 'bad-deploy')).toEqual({ id: 'bad-deploy', kind: 'bad-deploy', target: 'checkout', redHerring: false, state: 'active', startedAt: 2 * MINUTE });
    expect(view.nextStep).toMatch(/roll/i);
    expect(view.library.map((m) => m.id)).toContain('vp-asks-for-status');
    expect(view.learner.now).toBe(3 * MINUTE);
  });

  it('ends the drill and marks the points earned after the first intervention', async () => {
    session().advanceTo(3 * MINUTE);
    valueOf(await backend.invoke('terminal.exec', { command: 'kubectl rollout history deployment/checkout -n shop' }));
    session().advanceTo(4 * MINUTE);
    valueOf(await backend.invoke('instructor.clock', { speed: 0 }));
    valueOf(await backend.invoke('terminal.exec', { command: 'kubectl rollout undo deployment/checkout -n shop' }));
    const start = valueOf(await backend.invoke('drill.view', {})).startUnixMs;
    const score = valueOf(await backend.invoke('instructor.end', {}));
    const at = new Date(start + 4 * MINUTE).toISOString().slice(11, 19);
    const rollBack = score.criteria.find((c) => c.id === 'roll-back')!;
    expect(rollBack.points).toBeGreaterThan(0);
    expect(rollBack.details).toContain(`earned after an instructor intervention at ${at} UTC`);
    const inspect = score.criteria.find((c) => c.id === 'inspect-workload')!;
    expect(inspect.points).toBeGreaterThan(0);
    expect(inspect.details ?? []).not.toContain(`earned after an instructor intervention at ${at} UTC`);
    expect(session().events().at(-1)).toMatchObject({ type: 'drill.end', payload: { by: 'instructor' } });
  });

  it('replays an injected message at the same time (the log is enough)', async () => {
    session().advanceTo(3 * MINUTE);
    valueOf(await backend.invoke('instructor.inject', { message: 'promo-email' }));
    session().advanceTo(4 * MINUTE);
    const live = session().drill.incident.snapshot().messages;
    const replayed = replayDrill(session().scenario, session().seed, session().events(), 4 * MINUTE).incident.snapshot().messages;
    expect(replayed).toEqual(live);
  });
});
