/** How the lab writes times and durations for a learner: `10:04:30` (UTC, as the drill's clock) and `1m45s`. */
export { formatDuration as duration } from '../../sim/duration';

/** `HH:MM:SS` of a unix-ms time, in UTC (the drill clock's zone). */
export function clockTime(unixMs: number): string {
  return new Date(unixMs).toISOString().slice(11, 19);
}

/** `once`, `twice`, `3 times`. */
export function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/** `a`, `a and b`, `a, b and c`. */
export function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
