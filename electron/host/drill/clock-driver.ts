import type { SpeedSetter } from '../../contract/events';
import { TICK_MS } from '../../engine/sim';
import type { AttemptSession, Emit } from './session';

/** How often the driver wakes, in wall milliseconds. */
const WAKE_MS = 100;

export type Timers = {
  now(): number;
  every(ms: number, fn: () => void): () => void;
};

export const realTimers: Timers = {
  now: () => performance.now(),
  every(ms, fn) {
    const handle = setInterval(fn, ms);
    return () => clearInterval(handle);
  },
};

/** Maps wall time × speed onto whole sim ticks for a live drill. Speed 0 pauses; nothing else notices. */
export class ClockDriver {
  private speedValue = 1;
  private setter: SpeedSetter = 'learner';
  private carry = 0;
  private last: number;
  private cancel: (() => void) | undefined;

  constructor(
    private readonly session: AttemptSession,
    private readonly emit: Emit,
    private readonly timers: Timers = realTimers,
  ) {
    this.last = timers.now();
  }

  get speed(): number {
    return this.speedValue;
  }

  /** Who set the speed the clock runs at (announced with every tick, so each page knows whether it paused). */
  get speedBy(): SpeedSetter {
    return this.setter;
  }

  start(): void {
    this.last = this.timers.now();
    this.cancel ??= this.timers.every(WAKE_MS, () => this.wake());
  }

  setSpeed(speed: number, by: SpeedSetter = 'learner'): void {
    this.wake();
    this.speedValue = speed;
    this.setter = by;
    this.announce();
  }

  stop(): void {
    this.cancel?.();
    this.cancel = undefined;
  }

  private wake(): void {
    const now = this.timers.now();
    this.carry += (now - this.last) * this.speedValue;
    this.last = now;
    const ticks = Math.floor(this.carry / TICK_MS);
    if (ticks === 0) return;
    this.carry -= ticks * TICK_MS;
    this.session.advanceTo(this.session.drill.now + ticks * TICK_MS);
    this.announce();
    if (this.session.drill.ended) this.stop();
  }

  private announce(): void {
    this.emit('clock.ticked', { now: this.session.drill.now, speed: this.speedValue, speedBy: this.setter, ended: this.session.drill.ended });
  }
}
