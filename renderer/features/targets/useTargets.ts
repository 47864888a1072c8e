import { useEffect, useState } from 'react';
import type { DrillView, TargetsStatus } from '../../../electron/contract';
import { api } from '../../api/client';

/**
 * The drill's scrape targets, fetched again whenever the drill's clock moves (the view changes on every tick;
 * the request goes out at most once per sim moment). A reply that arrives after a newer request is dropped.
 */
export function useTargets(view: DrillView): { status?: TargetsStatus; error?: string } {
  const [state, setState] = useState<{ status?: TargetsStatus; error?: string }>({});
  const now = view.now;
  useEffect(() => {
    let current = true;
    void api()
      .invoke('targets.list', {})
      .then((result) => {
        if (!current) return;
        setState((previous) => (result.ok ? { status: result.value } : { ...previous, error: result.error.message }));
      })
      .catch((error: unknown) => {
        if (current) setState((previous) => ({ ...previous, error: String(error) }));
      });
    return () => {
      current = false;
    };
  }, [now]);
  return state;
}
