import { useId, useState } from 'react';
import type { DashboardSource, DashboardSummary } from '../../../electron/contract';

const SOURCE_BADGE: Record<DashboardSource, string> = { scenario: 'scenario', saved: 'saved', learner: 'yours' };

/** The drill's dashboards with where each comes from; opening one is a drill event, so only a click opens. */
export function DashboardPicker({ dashboards, currentUid, dirty, onOpen }: { dashboards?: DashboardSummary[]; currentUid?: string; dirty: boolean; onOpen(uid: string): void }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="dash-popover-anchor">
      <button type="button" className="dash-button" aria-expanded={open} aria-controls={`${id}-list`} onClick={() => setOpen(!open)}>
        ☰ Dashboards
      </button>
      {open && (
        <div
          className="dash-popover dashboard-picker"
          id={`${id}-list`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              setOpen(false);
            }
          }}
        >
          {dirty && <p className="hint">Opening another dashboard drops the unsaved changes to this one.</p>}
          {dashboards === undefined ? (
            <p>Loading…</p>
          ) : dashboards.length === 0 ? (
            <p>This scenario has no dashboards. Import one, or add panels to a new one.</p>
          ) : (
            <ul aria-label="Dashboards">
              {dashboards.map((d) => (
                <li key={d.uid}>
                  <button
                    type="button"
                    aria-current={d.uid === currentUid ? 'page' : undefined}
                    onClick={() => {
                      setOpen(false);
                      onOpen(d.uid);
                    }}
                  >
                    <span className="dashboard-picker-title">{d.title}</span>
                    <span className={`source-badge source-${d.source}`}>{SOURCE_BADGE[d.source]}</span>
                    {d.tags.length > 0 && <span className="dashboard-tags">{d.tags.join(', ')}</span>}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
