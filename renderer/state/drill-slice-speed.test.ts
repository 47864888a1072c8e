import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../api/fake-api';
import { useAppStore } from './store';

const fake = createFakeApi();
const store = () => useAppStore.getState();

/** Ticks the stand-in back end pushes while it handles a request, as the host's clock driver does. */
let ticksDuringClock: number[];
/** Who the page credited each of those ticks to, read right after it saw it (before the answer arrived). */
let creditedDuringClock: string[];

beforeEach(() => {
  ticksDuringClock = [];
  creditedDuringClock = [];
  fake.reset({
    'drill.clock': (input) => {
      const { speed } = input as { speed: number };
      // The host announces the new speed with a tick before it answers the request.
      for (const s of ticksDuringClock) {
        store().clockTicked(s);
        creditedDuringClock.push(store().speedBy);
      }
      return { ok: true, value: { type: 'drill.clock', speed } };
    },
  });
  useAppStore.setState({ speed: 1, speedBy: 'learner', error: undefined });
});

describe('drill slice: the clock speed follows the back end', () => {
  it('takes a speed change it did not ask for from a tick, as the instructor’s', () => {
    store().clockTicked(0);
    expect([store().speed, store().speedBy]).toEqual([0, 'instructor']);
    store().clockTicked(10);
    expect([store().speed, store().speedBy]).toEqual([10, 'instructor']);
  });

  it('ignores ticks at the speed it already shows (the clock moving, an injected message)', () => {
    store().clockTicked(0);
    store().clockTicked(0);
    expect(store().speedBy).toBe('instructor');
    useAppStore.setState({ speedBy: 'learner' });
    store().clockTicked(0);
    expect(store().speedBy).toBe('learner');
  });

  it('counts its own change as the learner’s, also when the back end’s tick comes before the answer', async () => {
    ticksDuringClock = [0];
    await store().setSpeed(0);
    expect(creditedDuringClock).toEqual(['learner']);
    expect([store().speed, store().speedBy]).toEqual([0, 'learner']);
    // Then the instructor resumes at ×10, and the learner takes it back to ×1.
    store().clockTicked(10);
    expect([store().speed, store().speedBy]).toEqual([10, 'instructor']);
    ticksDuringClock = [1];
    await store().setSpeed(1);
    expect([store().speed, store().speedBy]).toEqual([1, 'learner']);
  });

  it('keeps the back end’s speed when the page’s own request is refused', async () => {
    fake.answers['drill.clock'] = () => ({ ok: false, error: { code: 'conflict', message: 'the drill has ended' } });
    store().clockTicked(0);
    await store().setSpeed(60);
    expect([store().speed, store().speedBy]).toEqual([0, 'instructor']);
    expect(store().error).toBe('the drill has ended');
    // A later change it did not ask for is not mistaken for the refused one.
    store().clockTicked(60);
    expect(store().speedBy).toBe('instructor');
  });
});
