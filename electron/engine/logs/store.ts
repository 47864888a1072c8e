import type { EcsEvent } from '../sim/outputs/ecs';

/** A time-ordered, bounded store of log events (oldest dropped first). */
export class LogStore {
  private events: EcsEvent[] = [];

  constructor(private readonly capacity = 50_000) {}

  append(batch: readonly EcsEvent[]): void {
    for (const e of batch) this.events.push(e);
    const excess = this.events.length - this.capacity;
    if (excess > this.capacity / 10) this.events = this.events.slice(excess);
  }

  /** The newest `limit` events, newest first. */
  tail(limit: number): EcsEvent[] {
    return this.events.slice(Math.max(0, this.events.length - limit)).reverse();
  }

  all(): readonly EcsEvent[] {
    return this.events;
  }

  get size(): number {
    return this.events.length;
  }
}
