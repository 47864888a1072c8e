import type { TimeRangeText } from '../../../../electron/contract';

/** How many earlier ranges Back can return to. */
const HISTORY_LIMIT = 20;

/** Unix ms as the absolute form the time picker accepts: `YYYY-MM-DD HH:mm:ss` (UTC, sim time). */
export function formatAbsolute(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** The range twice as long around the same middle (Grafana's "zoom out", `t z`). */
export function zoomOut(range: { from: number; to: number }): { from: number; to: number } {
  const span = Math.max(1000, range.to - range.from);
  const middle = range.from + (range.to - range.from) / 2;
  return { from: Math.round(middle - span), to: Math.round(middle + span) };
}

/** A range in ms as absolute time text, for zoom and drag-select. */
export function absoluteRange(range: { from: number; to: number }): TimeRangeText {
  return { from: formatAbsolute(range.from), to: formatAbsolute(range.to) };
}

/** Remembers the range being left so Back can return to it (oldest dropped past the limit). */
export function pushHistory(history: TimeRangeText[], left: TimeRangeText): TimeRangeText[] {
  return [...history, { from: left.from, to: left.to }].slice(-HISTORY_LIMIT);
}

/** The range to go back to, and the history without it; undefined when there is nothing to go back to. */
export function popHistory(history: TimeRangeText[]): { range: TimeRangeText; history: TimeRangeText[] } | undefined {
  const range = history.at(-1);
  return range ? { range, history: history.slice(0, -1) } : undefined;
}
