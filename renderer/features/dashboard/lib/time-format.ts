/** Times as the rest of Firedrill shows them: UTC wall-clock, ISO order (sim time has no local zone). */

/** `2026-01-01 12:34:56`. */
export function formatTimestamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** An x-axis label, as precise as the visible span needs: seconds under 5 minutes, the date past a day. */
export function formatTimeTick(ms: number, spanMs: number): string {
  const iso = new Date(ms).toISOString();
  if (spanMs <= 5 * 60_000) return iso.slice(11, 19);
  if (spanMs <= 24 * 3_600_000) return iso.slice(11, 16);
  return `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
}

/** Time ticks at round intervals (1 s … 1 day) so labels read as whole minutes and hours. */
export function timeTicks(from: number, to: number, count: number): number[] {
  const steps = [1, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400].map((s) => s * 1000);
  const step = steps.find((s) => (to - from) / s <= count) ?? 86_400_000 * Math.ceil((to - from) / count / 86_400_000);
  const ticks: number[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to; t += step) ticks.push(t);
  return ticks;
}
