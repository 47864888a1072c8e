import { useEffect, useRef } from 'react';
import type { ChordState } from './key-chords';
import { feedChord, isTypingTarget } from './key-chords';

/** Esc, `t z` (zoom out) and `d k` (presentation), anywhere on the page except while typing in a field. */
export function useDashboardKeys(handlers: { onEscape(): void; onZoomOut(): void; onKiosk(): void }): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    let chord: ChordState;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Escape') {
        latest.current.onEscape();
        return;
      }
      if (isTypingTarget(event.target)) return;
      const fed = feedChord(chord, event.key, event.timeStamp);
      chord = fed.next;
      if (fed.action === 'zoomOut') latest.current.onZoomOut();
      if (fed.action === 'kiosk') latest.current.onKiosk();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
