import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../api/fake-api';
import { useAppStore } from './store';

const fake = createFakeApi();
const store = () => useAppStore.getState();

beforeEach(() => {
  fake.reset({
    'drill.clock': (input) => {
      const { speed } = input as { speed: number };
      // The host announces the new speed, set by the learner, with a tick before it answers the request.
      store().clockTicked(speed, 'learner');
      return { ok: true, value: { type: 'drill.clock', speed } };
    },
  });
  useAppStore.setState({ speed: 1, speedBy: 'learner', error: undefined });
});

describe('drill slice: the clock speed follows the back end', () => {
  it('takes the speed and who set it from each tick', () => {
    store().clockTicked(0, 'instructor');
    expect([store().speed, store().speedBy]).toEqual([0, 'instructor']);
    store().clockTicked(10, 'instructor');
    expect([store().speed, store().speedBy]).toEqual([10, 'instructor']);
  });

  it('follows a change of setter at the same speed (the learner resumes at the speed the instructor chose)', () => {
    store().clockTicked(10, 'instructor');
    store().clockTicked(10, 'learner');
    expect([store().speed, store().speedBy]).toEqual([10, 'learner']);
  });

  it('counts its own change as the learner’s', async () => {
    store().clockTicked(0, 'instructor');
    await store().setSpeed(60);
    expect([store().speed, store().speedBy]).toEqual([60, 'learner']);
  });

  it('keeps the back end’s speed when the page’s own request is refused', async () => {
    fake.answers['drill.clock'] = () => ({ ok: false, error: { code: 'conflict', message: 'the drill has ended' } });
    store().clockTicked(0, 'instructor');
    await store().setSpeed(60);
    expect([store().speed, store().speedBy]).toEqual([0, 'instructor']);
    expect(store().error).toBe('the drill has ended');
  });
});
