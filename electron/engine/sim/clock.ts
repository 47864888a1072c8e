/** Milliseconds of simulated time since the scenario's start. */
export type SimMillis = number & { readonly __brand: 'SimMillis' };

/** The world advances in fixed steps; every event lands on a step boundary, which keeps replays exact. */
export const TICK_MS = 1_000 as SimMillis;


export function simMillis(n: number): SimMillis {
  return n as SimMillis;
}

/** Rounds a sim time up to the next tick boundary. */
export function ceilToTick(t: number): SimMillis {
  return (Math.ceil(t / TICK_MS) * TICK_MS) as SimMillis;
}
