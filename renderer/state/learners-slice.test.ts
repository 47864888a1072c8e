import { beforeEach, describe, expect, it } from 'vitest';
import type { LearnerProfile } from '../../electron/contract';
import { createFakeApi } from '../api/fake-api';
import type { OpenReplay } from './replay-slice';
import { DEFAULT_SETTINGS } from './learners-slice';
import { useAppStore } from './store';

const fake = createFakeApi();
const { calls } = fake;
const store = () => useAppStore.getState();
const methods = () => calls.map((c) => c.method);

const ada: LearnerProfile = { name: 'Ada', studentId: 's-1', createdAt: '2026-11-27T10:00:00.000Z', attempts: 2 };
const opened: OpenReplay = { available: true, attempt: 4, scenario: 's', version: 'v1', title: 'S', endsAt: 570_000, startUnixMs: 0, marks: [] };

beforeEach(() => {
  fake.reset({
    'learner.list': () => ({ ok: true, value: { learners: [ada], current: 'Ada' } }),
    'learner.create': (input) =>
      (input as { name: string }).name === 'ada'
        ? { ok: false, error: { code: 'conflict', message: 'a learner named "Ada" already exists: choose another name' } }
        : { ok: true, value: { ...ada, name: (input as { name: string }).name, attempts: 0 } },
    'learner.delete': (input) =>
      (input as { confirm: string }).confirm === 'Ada'
        ? { ok: true, value: { name: 'Ada', attempts: 2, events: 30, savedDashboards: 0, savedSearches: 1, current: 'learner' } }
        : { ok: false, error: { code: 'bad_input', message: 'type their name exactly' } },
    'attempt.list': () => ({ ok: true, value: [] }),
    'attempt.resume': () => ({ ok: true, value: { attempt: 3, resumedAt: 250_000, speed: 10, speedBy: 'instructor', scenario: 's', version: 'v1', seed: 1, title: 'S', difficulty: 'standard' } }),
    'drill.view': () => ({ ok: true, value: { now: 250_000, ended: false } }),
    'replay.open': () => ({ ok: true, value: opened }),
    'replay.seek': (input) => ({ ok: true, value: { now: (input as { t: number }).t } }),
    'replay.transcript': () => ({ ok: true, value: [] }),
    'replay.close': () => ({ ok: true, value: true }),
    'settings.get': () => ({ ok: true, value: { theme: 'light', textSize: 'S', defaultSpeed: 60 } }),
    'settings.update': (input) => ({ ok: true, value: { ...DEFAULT_SETTINGS, ...(input as object) } }),
  });
  useAppStore.setState({ learners: undefined, currentLearner: 'learner', learnersError: undefined, settings: DEFAULT_SETTINGS, historyDebrief: undefined, view: undefined });
});

describe('learners slice', () => {
  it('loads the profiles and who is playing', async () => {
    await store().loadLearners();
    expect(store()).toMatchObject({ learners: [ada], currentLearner: 'Ada' });
  });

  it('creates a learner, sending a student id only when one was typed, and reloads the list', async () => {
    expect(await store().createLearner('Bo', '  ')).toBe(true);
    expect(calls[0]).toEqual({ method: 'learner.create', input: { name: 'Bo' } });
    expect(methods()).toEqual(['learner.create', 'learner.list']);
  });

  it('keeps a refused name\'s reason for the dialog', async () => {
    expect(await store().createLearner('ada', 's-9')).toBe(false);
    expect(store().learnersError).toBe('a learner named "Ada" already exists: choose another name');
  });

  it('deletes with the typed confirmation, then reloads learners and history; a wrong one changes nothing', async () => {
    expect(await store().deleteLearner('Ada', 'ad')).toBe(false);
    expect(methods()).toEqual(['learner.delete']);
    expect(await store().deleteLearner('Ada', 'Ada')).toBe(true);
    expect(methods()).toEqual(['learner.delete', 'learner.delete', 'learner.list', 'attempt.list']);
    expect(store().learnersError).toBeUndefined();
  });
});

describe('history actions', () => {
  it('resumes an attempt as the live drill at the speed it ran at', async () => {
    await store().resumeAttempt(3);
    expect(calls[0]).toEqual({ method: 'attempt.resume', input: { attempt: 3 } });
    expect(store()).toMatchObject({ speed: 10, speedBy: 'instructor', view: { now: 250_000 } });
  });

  it('opens a debrief over the attempt\'s replay at its end, and closes both together', async () => {
    await store().openDebrief(4);
    expect(store().historyDebrief).toBe(4);
    expect(calls.filter((c) => c.method === 'replay.seek').at(-1)!.input).toEqual({ t: 570_000 });
    await store().closeDebrief();
    expect(store()).toMatchObject({ historyDebrief: undefined, replay: undefined });
    expect(methods()).toContain('replay.close');
  });
});

describe('settings', () => {
  it('loads the stored settings and applies a change before the back end answers', async () => {
    await store().loadSettings();
    expect(store().settings).toEqual({ theme: 'light', textSize: 'S', defaultSpeed: 60 });
    const pending = store().updateSettings({ theme: 'projector' });
    expect(store().settings.theme).toBe('projector');
    await pending;
    expect(calls.at(-1)).toEqual({ method: 'settings.update', input: { theme: 'projector' } });
  });
});
