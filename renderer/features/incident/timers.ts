/** A span for a ticking timer: "45s", "4m 07s", "1h 05m" — seconds drop out once hours count. */
export function compactDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return `${hours}h ${String(minutes).padStart(2, '0')}m`;
  if (minutes > 0) return `${minutes}m ${String(seconds).padStart(2, '0')}s`;
  return `${seconds}s`;
}

/** How long ago something happened, or a dash when it has not happened yet. */
export function sinceText(now: number, at: number | undefined): string {
  return at === undefined ? '—' : compactDuration(now - at);
}

export type Due = { text: string; overdue: boolean };

/** The "next update" timer: counting down to the due time, then counting how late the update is. */
export function dueText(now: number, dueAt: number | undefined): Due {
  if (dueAt === undefined) return { text: 'No update due', overdue: false };
  if (now < dueAt) return { text: `Next update due in ${compactDuration(dueAt - now)}`, overdue: false };
  return { text: `Update overdue by ${compactDuration(now - dueAt)}`, overdue: true };
}

/** How long a question has waited: still waiting (to now), or how long it took to answer. */
export function waitText(question: { askedAt: number; answeredAt?: number }, now: number): string {
  return question.answeredAt === undefined
    ? `waiting ${roughDuration(now - question.askedAt)}`
    : `answered after ${roughDuration(question.answeredAt - question.askedAt)}`;
}

/** Whole minutes once a minute has passed ("3m"), else seconds: a chat line needs no more precision. */
function roughDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m`;
}

/** Milliseconds as a Prometheus duration the back end accepts ("20m", "1h30m"); the composer's prefill. */
export function durationInput(ms: number): string {
  const units: [string, number][] = [
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
  ];
  let rest = Math.max(0, Math.round(ms / 1000) * 1000);
  let out = '';
  for (const [unit, size] of units) {
    const n = Math.floor(rest / size);
    if (n > 0) out += `${n}${unit}`;
    rest -= n * size;
  }
  return out || '0s';
}
