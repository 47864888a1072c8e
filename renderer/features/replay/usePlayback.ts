import { useEffect } from 'react';
import { useAppStore } from '../../state/store';

/** How often play moves the replay on, in wall milliseconds. */
const STEP_MS = 250;

/** While the replay plays, advances it by the wall time gone by (times the speed) on a timer. */
export function usePlayback(): void {
  const playing = useAppStore((s) => s.replayPlaying);
  const step = useAppStore((s) => s.stepReplay);
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    const timer = window.setInterval(() => {
      const now = performance.now();
      void step(now - last);
      last = now;
    }, STEP_MS);
    return () => window.clearInterval(timer);
  }, [playing, step]);
}
