import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PushEvents } from '../../contract';
import { createBackend } from '../backend';
import type { Backend } from '../backend';
import { ClockDriver } from './clock-driver';
import type { Timers } from './clock-driver';
import type { AttemptSession } from './session';

const BUNDLED = fileURLToPath(new URL('../../../scenarios/checkout-bad-deploy', import.meta.url));

/** Timers driven by hand: `advance` moves wall time and fires each interval callback that falls due. */
function fakeTimers() {
  let now = 0;
  const intervals = new Set<{ ms: number; next: number; fn: () => void }>();
  const timers: Timers = {
    now: () => now,
    every(ms, fn) {
      const entry = { ms, next: now + ms, fn };
      intervals.add(entry);
      return () => intervals.delete(entry);
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = [...intervals].filter((i) => i.next <= until).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      now = due.next;
      due.next += due.ms;
      due.fn();
    }
    now = until;
  };
  return { timers, advance, active: () => intervals.size };
}

let backend: Backend;
let session: AttemptSession;
let ticks: PushEvents['clock.ticked'][];

beforeEach(async () => {
  backend = createBackend({ dbPath: ':memory:', scenarioFolders: [BUNDLED], live: false });
  expect((await backend.invoke('drill.start', { scenario: 'checkout-bad-deploy' })).ok).toBe(true);
  session = backend.context.session!;
  ticks = [];
});
afterEach(() => backend.close());

function startDriver() {
  const clock = fakeTimers();
  const driver = new ClockDriver(session, (event, payload) => event === 'clock.ticked' && ticks.push(payload as PushEvents['clock.ticked']), clock.timers);
  driver.start();
  return { driver, ...clock };
}

describe('ClockDriver', () => {
  it('advances sim time with wall time at speed 1', () => {
    const { advance } = startDriver();
    advance(5_000);
    expect(session.drill.now).toBe(5_000);
  });

  it('advances ten times faster at speed 10', () => {
    const { driver, advance } = startDriver();
    driver.setSpeed(10);
    advance(3_000);
    expect(session.drill.now).toBe(30_000);
  });

  it('pauses at speed 0 and resumes without a jump', () => {
    const { driver, advance } = startDriver();
    advance(2_000);
    driver.setSpeed(0);
    advance(60_000);
    expect(session.drill.now).toBe(2_000);
    driver.setSpeed(1);
    advance(1_000);
    expect(session.drill.now).toBe(3_000);
  });

  it('only moves in whole ticks, carrying the remainder', () => {
    const { advance } = startDriver();
    advance(900);
    expect(session.drill.now).toBe(0);
    advance(100);
    expect(session.drill.now).toBe(1_000);
  });

  it('announces each move and each speed change', () => {
    const { driver, advance } = startDriver();
    advance(1_000);
    driver.setSpeed(10);
    expect(ticks).toEqual([
      { now: 1_000, speed: 1, speedBy: 'learner', ended: false },
      { now: 1_000, speed: 10, speedBy: 'learner', ended: false },
    ]);
    advance(100);
    expect(ticks.at(-1)).toEqual({ now: 2_000, speed: 10, speedBy: 'learner', ended: false });
  });

  it('announces who set the speed with every tick until someone sets it again', () => {
    const { driver, advance } = startDriver();
    driver.setSpeed(10, 'instructor');
    advance(100);
    expect(ticks.map((t) => t.speedBy)).toEqual(['instructor', 'instructor']);
    expect(driver.speedBy).toBe('instructor');
    driver.setSpeed(0, 'learner');
    expect(ticks.at(-1)).toMatchObject({ speed: 0, speedBy: 'learner' });
  });

  it('stops its timer when the drill ends', () => {
    const { driver, advance, active } = startDriver();
    driver.setSpeed(60);
    advance(20_000);
    expect(session.drill.ended).toBe(true);
    expect(session.drill.now).toBe(session.drill.endsAt);
    expect(ticks.at(-1)).toMatchObject({ ended: true });
    expect(active()).toBe(0);
  });

  it('keeps sim time equal to wall time × speed, in whole ticks, across speed changes', () => {
    const segments = fc.array(fc.record({ speed: fc.constantFrom(0, 1, 10, 60), wall: fc.integer({ min: 0, max: 3_000 }) }), { maxLength: 6 });
    fc.assert(
      fc.property(segments, (list) => {
        const before = session.drill.now;
        const { driver, advance } = startDriver();
        let simulated = 0;
        for (const { speed, wall } of list) {
          driver.setSpeed(speed);
          advance(wall);
          simulated += speed * wall;
        }
        driver.setSpeed(0); // credits the time since the last wake
        driver.stop();
        expect(session.drill.now).toBe(Math.min(before + Math.floor(simulated / 1000) * 1000, session.drill.endsAt));
      }),
      { numRuns: 30 },
    );
  });
});
