import type { PanelData } from './types';

/**
 * The panel body when there is nothing to draw: the query's error (which query, and why), or "No data".
 * Returns null when the panel has data to show.
 */
export function PanelMessage({ data, empty, noValue }: { data: PanelData; empty: boolean; noValue?: string }) {
  if (data.state === 'error') {
    return (
      <div className="panel-message panel-message-error" role="alert">
        <strong>Query error</strong>
        <span>{data.error}</span>
      </div>
    );
  }
  if (empty && data.state === 'loading') return <div className="panel-message" aria-busy="true">Loading…</div>;
  if (empty) return <div className="panel-message">{noValue || 'No data'}</div>;
  return null;
}
