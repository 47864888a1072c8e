/** Grafana's two-key shortcuts the dashboard knows. */
export const CHORDS = { 't z': 'zoomOut', 'd k': 'kiosk' } as const;
export type ChordAction = (typeof CHORDS)[keyof typeof CHORDS];

/** The second key must follow the first within this long (ms). */
export const CHORD_TIMEOUT_MS = 1500;

export type ChordState = { key: string; at: number } | undefined;

/**
 * Feeds one key press (at time `at`, ms) to the chord matcher: the action a completed chord names, and the
 * state to keep for the next key.
 */
export function feedChord(previous: ChordState, key: string, at: number): { action?: ChordAction; next: ChordState } {
  const k = key.toLowerCase();
  if (previous && at - previous.at <= CHORD_TIMEOUT_MS) {
    const action = (CHORDS as Record<string, ChordAction>)[`${previous.key} ${k}`];
    if (action) return { action, next: undefined };
  }
  const starts = Object.keys(CHORDS).some((chord) => chord.startsWith(`${k} `));
  return { next: starts ? { key: k, at } : undefined };
}

/** Keys typed into a form field are the field's, not shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as { tagName?: unknown }).tagName !== 'string') return false;
  const element = target as unknown as { tagName: string; isContentEditable?: boolean };
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) || element.isContentEditable === true;
}
