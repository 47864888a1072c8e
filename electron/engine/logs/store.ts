import type { EcsEvent } from '../sim/log-events';

/** A time-ordered, bounded store of log events (oldest dropped first). */
export class LogStore {
  private readonly events: EcsEvent[] = [];

  constructor(private readonly capacity = 50_000) {}

  append(batch: readonly EcsEvent[]): void {
    this.events.push(...batch);
    const excess = this.events.length - this.capacity;
    if (excess > 0) this.events.splice(0, excess);
  }

  /** The newest `limit` events, newest first. */
  tail(limit: number): EcsEvent[] {
    return this.events.slice(Math.max(0, this.events.length - limit)).reverse();
  }

  get size(): number {
    return this.events.length;
  }
}
