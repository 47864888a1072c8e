import { useEffect } from 'react';
import { api } from '../../api/client';
import { coalesced } from '../../app/coalesced';

/**
 * Calls `refresh` now, on every clock tick and every `everyMs` (a paused clock does not tick, yet the learner still
 * acts). At most one call in flight; a tick during one queues one more.
 */
export function usePolling(refresh: () => Promise<void>, everyMs = 1500): void {
  useEffect(() => {
    const run = coalesced(refresh);
    void run();
    const timer = setInterval(() => void run(), everyMs);
    const unsubscribe = api().on('clock.ticked', () => void run());
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }, [refresh, everyMs]);
}
