/**
 * Live tail's pause rule, as Kibana's and most log viewers': new hits arrive at the top, so reading further
 * down pauses the tail (rows would jump under the reader); scrolling back to the top resumes it.
 */

/** How far from the top still counts as "at the top" (sub-pixel scroll positions, a stray wheel tick). */
export const AT_TOP_PX = 4;

export type TailState = { on: boolean; paused: boolean };

/** The tail state after the table scrolled to `scrollTop`; `resumed` when the tail should refresh at once. */
export function tailAfterScroll(state: TailState, scrollTop: number): TailState & { resumed: boolean } {
  if (!state.on) return { ...state, paused: false, resumed: false };
  const atTop = scrollTop <= AT_TOP_PX;
  if (state.paused && atTop) return { on: true, paused: false, resumed: true };
  if (!state.paused && !atTop) return { on: true, paused: true, resumed: false };
  return { ...state, resumed: false };
}

/** What a clock tick does: nothing with the tail off, count the new hits while paused, else search again. */
export function tailTickAction(state: TailState): 'none' | 'count' | 'refresh' {
  if (!state.on) return 'none';
  return state.paused ? 'count' : 'refresh';
}
