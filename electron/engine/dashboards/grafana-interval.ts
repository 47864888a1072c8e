/**
 * Grafana's interval strings (`15s`, `1.5m`, `2h`) and its way of printing them back, as rangeutil does:
 * one number with one unit, unlike Prometheus durations, which chain units (`1h30m`).
 */

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
  M: 2_592_000_000,
  y: 31_536_000_000,
};

/** `30s` → 30000; a bare number counts as seconds (Grafana's describeInterval); undefined when unreadable. */
export function parseGrafanaInterval(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|[smhdwMy])?\s*$/.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * UNIT_MS[match[2] ?? 's']!;
}

/**
 * Grafana's secondsToHms: the largest whole unit only, so 90 s prints as `1m` (the value sent to Prometheus
 * is the exact number; only the text is truncated).
 */
export function formatGrafanaInterval(ms: number): string {
  const seconds = ms / 1000;
  const steps: [number, string][] = [
    [31_536_000, 'y'],
    [86_400, 'd'],
    [3600, 'h'],
    [60, 'm'],
    [1, 's'],
  ];
  let rest = seconds;
  for (const [size, unit] of steps) {
    const n = Math.floor(rest / size);
    if (n > 0) return `${n}${unit}`;
    rest %= size;
  }
  const millis = Math.floor(ms);
  return millis > 0 ? `${millis}ms` : '0s';
}

/**
 * Go's time.Duration.String for whole milliseconds (`1m15s`, `4m0s`, `1h0m0s`, `1.5s`, `500ms`): Grafana's
 * backend prints `$__rate_interval` this way, so it is not truncated as `$__interval` is.
 */
export function formatGoDuration(ms: number): string {
  if (ms === 0) return '0s';
  if (ms < 1000) return `${ms}ms`;
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor((ms % 3_600_000) / 60_000);
  const seconds = (ms % 60_000) / 1000;
  const h = hours > 0 ? `${hours}h` : '';
  const m = hours > 0 || minutes > 0 ? `${minutes}m` : '';
  return `${h}${m}${seconds}s`;
}
