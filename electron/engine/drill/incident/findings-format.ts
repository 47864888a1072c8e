/** How teammates write numbers in a finding: the way an engineer would read them off a graph. */

export function percent(ratio: number): string {
  if (!Number.isFinite(ratio)) return 'n/a';
  const p = ratio * 100;
  return `${p >= 10 || p === 0 ? p.toFixed(0) : p.toFixed(1)}%`;
}

export function seconds(s: number): string {
  if (!Number.isFinite(s)) return 'n/a';
  return s >= 1 ? `${s.toFixed(1)} s` : `${Math.round(s * 1000)} ms`;
}

export function rate(perSecond: number): string {
  return `${perSecond >= 10 ? Math.round(perSecond) : perSecond.toFixed(1)} req/s`;
}

/** A past sim time as "3m ago", "2h ago", "6d ago". */
export function ago(nowMs: number, atMs: number): string {
  const s = Math.max(0, Math.round((nowMs - atMs) / 1000));
  if (s < 60) return `${s}s ago`;
  if (s < 3600) return `${Math.round(s / 60)}m ago`;
  if (s < 86_400) return `${Math.round(s / 3600)}h ago`;
  return `${Math.round(s / 86_400)}d ago`;
}

/** A duration in ms as the short form updates use ("20m", "1h", "90s"). */
export function shortDuration(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  return `${Math.round(ms / 1000)}s`;
}

/** A PromQL string literal (label values here are names from the scenario, but quote them properly anyway). */
export function quote(value: string): string {
  return JSON.stringify(value);
}
