/** The refresh picker's choices besides the intervals: never, and on every clock tick. */
export const REFRESH_OFF = 'off';
export const REFRESH_LIVE = 'live';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** A refresh interval (`30s`, `1m`, `1d`) in ms; undefined when it is not one. */
export function intervalMs(text: string): number | undefined {
  const match = /^(\d+)(ms|s|m|h|d|w)$/.exec(text.trim());
  return match ? Number(match[1]) * UNIT_MS[match[2]!]! : undefined;
}

/**
 * Whether a dashboard refreshing every `setting` (measured in SIM time) is due, given the sim time it last
 * refreshed at and the sim time now. Live refreshes whenever the clock moved.
 */
export function refreshDue(setting: string, lastMs: number, nowMs: number): boolean {
  if (setting === REFRESH_OFF) return false;
  if (setting === REFRESH_LIVE) return nowMs !== lastMs;
  const every = intervalMs(setting);
  return every !== undefined && nowMs - lastMs >= every;
}
