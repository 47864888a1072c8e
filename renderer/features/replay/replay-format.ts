import type { ReplayMark } from '../../state/replay-slice';

/** How long an attempt was played in wall time ("4m 05s"), or "unfinished" when it never ended. */
export function playedFor(startedAt: string, endedAt: string | null): string {
  if (endedAt === null) return 'unfinished';
  const ms = Date.parse(endedAt) - Date.parse(startedAt);
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m ${String(s % 60).padStart(2, '0')}s` : `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** When an attempt started, as the learner's machine shows dates: "2026-11-27 10:42". */
export function startedOn(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Where a moment sits along the scrubber, in percent of the attempt. */
export function markPosition(t: number, endsAt: number): number {
  if (endsAt <= 0) return 0;
  return Math.min(100, Math.max(0, (t / endsAt) * 100));
}

/** The index of the last mark at or before `now` (the one the replay is "at"), or -1 before the first. */
export function currentMark(marks: readonly ReplayMark[], now: number): number {
  let found = -1;
  for (const [i, mark] of marks.entries()) {
    if (mark.t > now) break;
    found = i;
  }
  return found;
}

/** A mark's key: logged events by seq, derived alert firings (seq 0) by time and label. */
export function markKey(mark: ReplayMark): string {
  return mark.seq > 0 ? `e${mark.seq}` : `d${mark.t}-${mark.label}`;
}

/** Terminal control sequences (colours, `clear`): a transcript shows text, not a screen. */
const CONTROL_SEQUENCE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]|\\r`, 'g');

/** A command's output as plain text. */
export function plainOutput(output: string): string {
  return output.replace(CONTROL_SEQUENCE, '');
}
