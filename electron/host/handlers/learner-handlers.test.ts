import { describe, expect, it } from 'vitest';
import { createBackend } from '../backend';
import { bundledFolder, valueOf } from './handler-testing';

const SCENARIO = 'checkout-bad-deploy';

function backend() {
  return createBackend({ dbPath: ':memory:', scenarioFolders: [bundledFolder(SCENARIO)], live: false });
}

function messageOf(result: { ok: boolean; error?: { message: string } }): string | undefined {
  return result.ok ? undefined : result.error!.message;
}

describe('learner profiles', () => {
  it('creates learners with an optional student id and lists them by name', async () => {
    const b = backend();
    expect(valueOf(await b.invoke('learner.list', {}))).toEqual({ learners: [], current: 'learner' });
    valueOf(await b.invoke('learner.create', { name: 'zoe', studentId: 's-104' }));
    const ada = valueOf(await b.invoke('learner.create', { name: '  Ada ' }));
    expect(ada).toMatchObject({ name: 'Ada', studentId: null, attempts: 0 });
    const list = valueOf(await b.invoke('learner.list', {}));
    expect(list.learners.map((l) => [l.name, l.studentId])).toEqual([
      ['Ada', null],
      ['zoe', 's-104'],
    ]);
  });

  it('refuses a duplicate name, whatever its case, saying which learner has it', async () => {
    const b = backend();
    valueOf(await b.invoke('learner.create', { name: 'Ada' }));
    expect(messageOf(await b.invoke('learner.create', { name: 'ada' }))).toBe('a learner named "Ada" already exists: choose another name');
    expect(valueOf(await b.invoke('learner.list', {})).learners).toHaveLength(1);
  });

  it('plays new drills as the selected learner, and refuses selecting someone who has no profile', async () => {
    const b = backend();
    valueOf(await b.invoke('learner.create', { name: 'Ada' }));
    expect(valueOf(await b.invoke('learner.select', { name: 'Ada' })).current).toBe('Ada');
    valueOf(await b.invoke('drill.start', { scenario: SCENARIO }));
    expect(valueOf(await b.invoke('attempt.list', {}))[0]!.learner).toBe('Ada');
    expect(valueOf(await b.invoke('learner.list', {})).learners[0]!.attempts).toBe(1);
    expect(messageOf(await b.invoke('learner.select', { name: 'nobody' }))).toBe('no learner named "nobody": create them first');
    expect(b.context.store.settings.get('learner.current')).toBe('Ada');
  });
});

describe('learner.delete', () => {
  /** Two learners with an ended attempt each, plus a saved search and dashboard for Ada. */
  async function twoLearners() {
    const b = backend();
    for (const name of ['Ada', 'Bo']) {
      valueOf(await b.invoke('learner.create', { name }));
      valueOf(await b.invoke('learner.select', { name }));
      valueOf(await b.invoke('drill.start', { scenario: SCENARIO }));
      valueOf(await b.invoke('terminal.exec', { command: 'kubectl get pods -n shop' }));
      if (name === 'Ada') {
        valueOf(await b.invoke('logs.saveSearch', { name: 'errors', query: 'log.level:error', columns: [] }));
      }
      valueOf(await b.invoke('drill.end', {}));
    }
    return b;
  }

  it('removes the learner with their attempts, events, scores and saved searches, and nobody else\'s', async () => {
    const b = await twoLearners();
    const adaEvents = b.context.store.events.list(1).length;
    const removed = valueOf(await b.invoke('learner.delete', { name: 'Ada', confirm: 'Ada' }));
    expect(removed).toEqual({ name: 'Ada', attempts: 1, events: adaEvents, savedDashboards: 0, savedSearches: 1, current: 'Bo' });
    expect(valueOf(await b.invoke('attempt.list', {})).map((a) => a.learner)).toEqual(['Bo']);
    expect(b.context.store.events.list(1)).toEqual([]);
    expect(b.context.store.scores.get(1)).toBeUndefined();
    expect(b.context.store.events.list(2).length).toBeGreaterThan(0);
    expect(b.context.store.scores.get(2)).toBeDefined();
    expect(valueOf(await b.invoke('learner.list', {})).learners.map((l) => l.name)).toEqual(['Bo']);
  });

  it('closes their ended drill too, so nothing is written to a deleted attempt', async () => {
    const b = await twoLearners();
    valueOf(await b.invoke('learner.delete', { name: 'Bo', confirm: 'Bo' }));
    const view = await b.invoke('drill.view', {});
    expect(view.ok || view.error.message).toBe('no drill is running: start one with drill.start');
  });

  it('needs the name typed again, exactly', async () => {
    const b = await twoLearners();
    expect(messageOf(await b.invoke('learner.delete', { name: 'Ada', confirm: 'ada' }))).toBe('to delete "Ada" and all their attempts, type their name exactly');
    expect(valueOf(await b.invoke('attempt.list', {}))).toHaveLength(2);
  });

  it('refuses while the learner is playing, and for a learner who does not exist', async () => {
    const b = backend();
    valueOf(await b.invoke('learner.create', { name: 'Ada' }));
    valueOf(await b.invoke('learner.select', { name: 'Ada' }));
    valueOf(await b.invoke('drill.start', { scenario: SCENARIO }));
    expect(messageOf(await b.invoke('learner.delete', { name: 'Ada', confirm: 'Ada' }))).toBe('"Ada" is playing a drill right now: end it before deleting them');
    expect(messageOf(await b.invoke('learner.delete', { name: 'Cy', confirm: 'Cy' }))).toBe('no learner named "Cy"');
  });

  it('keeps the event log append-only outside a learner deletion', async () => {
    const b = await twoLearners();
    expect(() => b.context.store.db.prepare('DELETE FROM events WHERE attempt_id = 1 AND seq = 2').run()).toThrow('events are append-only');
    expect(() => b.context.store.db.prepare('UPDATE events SET type = ? WHERE attempt_id = 1').run('x')).toThrow('events are append-only');
  });

  it('closes an open replay of the learner\'s attempt first', async () => {
    const b = await twoLearners();
    valueOf(await b.invoke('replay.open', { attempt: 1 }));
    valueOf(await b.invoke('learner.delete', { name: 'Ada', confirm: 'Ada' }));
    expect(b.context.replay).toBeUndefined();
  });
});

describe('settings', () => {
  it('starts at the defaults and keeps what is changed, leaving the rest', async () => {
    const b = backend();
    expect(valueOf(await b.invoke('settings.get', {}))).toEqual({ theme: 'dark', textSize: 'M', defaultSpeed: 1 });
    expect(valueOf(await b.invoke('settings.update', { theme: 'projector' }))).toEqual({ theme: 'projector', textSize: 'M', defaultSpeed: 1 });
    valueOf(await b.invoke('settings.update', { textSize: 'L', defaultSpeed: 10 }));
    expect(valueOf(await b.invoke('settings.get', {}))).toEqual({ theme: 'projector', textSize: 'L', defaultSpeed: 10 });
  });

  it('refuses an unknown theme or a paused default speed', async () => {
    const b = backend();
    expect((await b.invoke('settings.update', { theme: 'neon' } as never)).ok).toBe(false);
    expect((await b.invoke('settings.update', { defaultSpeed: 0 } as never)).ok).toBe(false);
  });
});
