/** Wall-clock time of a sim instant, as the scenario's world shows it (UTC, HH:MM:SS). */
export function clockTime(startUnixMs: number, simMs: number): string {
  return new Date(startUnixMs + simMs).toISOString().slice(11, 19);
}

/** Elapsed drill time as T+m:ss. */
export function elapsed(simMs: number): string {
  const total = Math.max(0, Math.floor(simMs / 1000));
  const minutes = Math.floor(total / 60);
  return `T+${minutes}:${String(total % 60).padStart(2, '0')}`;
}

export function formatDurationMs(ms: number | null): string {
  if (ms === null) return '—';
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
}

/** Time-axis ticks at round intervals (1 s … 1 day), at most `count`, so labels read as whole minutes and hours. */
export function timeTicks(from: number, to: number, count: number): number[] {
  const steps = [1, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400].map((s) => s * 1000);
  const step = steps.find((s) => (to - from) / s <= count) ?? 86_400_000 * Math.ceil((to - from) / count / 86_400_000);
  const ticks: number[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to; t += step) ticks.push(t);
  return ticks;
}
