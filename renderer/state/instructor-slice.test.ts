import { beforeEach, describe, expect, it } from 'vitest';
import type { InstructorView } from '../../electron/contract/requests';
import { createFakeApi } from '../api/fake-api';
import { useAppStore } from './store';

const fake = createFakeApi();
const { calls } = fake;
const store = () => useAppStore.getState();
const methods = () => calls.map((c) => c.method);

const view = (speed: number) => ({ speed, learner: { now: 1000 }, faults: [], nextStep: null, library: [], hints: { revealed: [], left: 3 }, interventions: [] }) as unknown as InstructorView;

beforeEach(() => {
  let speed = 1;
  fake.reset({
    'instructor.status': () => ({ ok: true, value: { pinSet: true, unlocked: false, drill: true } }),
    'instructor.unlock': (input) =>
      (input as { pin: string }).pin === '4711'
        ? { ok: true, value: { pinSet: true, unlocked: true, drill: true } }
        : { ok: false, error: { code: 'bad_input', field: 'pin', message: 'wrong PIN' } },
    'instructor.view': () => ({ ok: true, value: view(speed) }),
    'instructor.clock': (input) => {
      speed = (input as { speed: number }).speed;
      return { ok: true, value: { type: 'drill.clock', speed } };
    },
    'instructor.hint': () => ({ ok: false, error: { code: 'conflict', message: 'No hints left' } }),
  });
  useAppStore.setState({ instructorStatus: undefined, instructorView: undefined, instructorError: undefined });
});

describe('instructor slice', () => {
  it('keeps a wrong PIN’s refusal and stays locked', async () => {
    await store().loadInstructorStatus();
    await store().unlockInstructor('0000');
    expect(store().instructorStatus?.unlocked).toBe(false);
    expect(store().instructorError).toBe('wrong PIN');
    expect(methods()).toEqual(['instructor.status', 'instructor.unlock']);
  });

  it('unlocks with the right PIN, clears the error and loads the view', async () => {
    useAppStore.setState({ instructorError: 'wrong PIN' });
    await store().unlockInstructor('4711');
    expect(store().instructorStatus?.unlocked).toBe(true);
    expect(store().instructorError).toBeUndefined();
    expect(store().instructorView?.speed).toBe(1);
  });

  it('pauses and shows the view the pause produced', async () => {
    await store().instructorClock(0);
    expect(calls.slice(0, 2)).toEqual([
      { method: 'instructor.clock', input: { speed: 0 } },
      { method: 'instructor.view', input: {} },
    ]);
    expect(store().instructorView?.speed).toBe(0);
  });

  it('shows a refused intervention and does not refresh for it', async () => {
    await store().instructorHint();
    expect(store().instructorError).toBe('No hints left');
    expect(methods()).toEqual(['instructor.hint']);
  });

  it('waits quietly for a drill: no drill is not an error on the console', async () => {
    fake.answers['instructor.view'] = () => ({ ok: false, error: { code: 'no_drill', message: 'no drill is running' } });
    useAppStore.setState({ instructorView: view(1) });
    await store().refreshInstructor();
    expect(store().instructorView).toBeUndefined();
    expect(store().instructorError).toBeUndefined();
  });
});
