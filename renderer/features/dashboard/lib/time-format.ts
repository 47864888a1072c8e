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
