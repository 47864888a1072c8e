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
