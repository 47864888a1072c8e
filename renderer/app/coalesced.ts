/**
 * Wraps an async refresh so at most one runs at a time: a call while one is in flight queues exactly one more run
 * after it (many calls during a slow refresh still give a single catch-up, never a pile of stale requests).
 */
export function coalesced(refresh: () => Promise<void>): () => Promise<void> {
  let busy = false;
  let again = false;
  return async () => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      do {
        again = false;
        await refresh();
      } while (again);
    } finally {
      busy = false;
    }
  };
}
