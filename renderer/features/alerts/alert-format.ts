/** Formatting shared by the alerting screens. Times there are unix ms of the simulated clock. */

/** HH:MM:SS of a unix-ms instant of the sim clock (the scenario's world runs on UTC). */
export function simClock(unixMs: number): string {
  return new Date(unixMs).toISOString().slice(11, 19);
}

/** A sample value as Prometheus's alerts page shows it. */
export function formatValue(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(4))) : String(value);
}

/** A duration in ms as Prometheus writes it (`1m`, `1h30m`, `45s`). */
export function promDuration(ms: number): string {
  if (ms <= 0) return '0s';
  const parts: string[] = [];
  let rest = Math.round(ms / 1000);
  for (const [unit, size] of [['h', 3600], ['m', 60], ['s', 1]] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join('') || `${ms}ms`;
}

/** What the screens call an alert's state: Prometheus's `inactive` alerts are resolved ones. */
export function alertStateName(state: 'pending' | 'firing' | 'inactive'): 'pending' | 'firing' | 'resolved' {
  return state === 'inactive' ? 'resolved' : state;
}
