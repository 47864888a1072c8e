import { useState } from 'react';
import type { DrillView, Page } from '../../../electron/contract';
import { useAppStore } from '../../state/store';
import { simClock } from '../alerts/alert-format';

/** Pages still waiting for someone: triggered, or escalated to the secondary. */
export function openPages(view: DrillView): Page[] {
  return view.alerting.pages.filter((p) => p.state === 'triggered' || p.state === 'escalated');
}

/**
 * The on-call's phone: open pages ring here until acknowledged. It never blocks the app for good: it can be
 * minimised to a button, and comes back by itself when a new page arrives. It does not take the focus:
 * a learner typing in the terminal keeps typing there.
 */
export function PagerOverlay({ view }: { view: DrillView }) {
  const acknowledgePage = useAppStore((s) => s.acknowledgePage);
  const pages = openPages(view);
  const ringing = pages.map((p) => `${p.id}:${p.state}`).join(',');
  // Minimised for this set of pages; a new page (or an escalation) shows the phone again.
  const [minimisedFor, setMinimisedFor] = useState<string | undefined>();
  const [busy, setBusy] = useState<string | undefined>();
  const minimised = minimisedFor === ringing;
  const heading = `Pager — ${pages.length} open page${pages.length === 1 ? '' : 's'}`;
  if (pages.length === 0) return null;
  if (minimised) {
    return (
      <button type="button" className="pager-minimised" onClick={() => setMinimisedFor(undefined)}>
        Show pager ({pages.length})
      </button>
    );
  }
  return (
    <div className="pager" role="alertdialog" aria-modal="false" aria-label="Pager" aria-describedby="pager-heading">
      <div className="pager-head">
        <h2 id="pager-heading">{heading}</h2>
        <button type="button" onClick={() => setMinimisedFor(ringing)}>
          Minimise
        </button>
      </div>
      <p className="muted">
        On call: {view.alerting.pager.primary}; escalates to {view.alerting.pager.secondary} after {Math.round(view.alerting.pager.escalateAfterMs / 60_000)} min.
      </p>
      <ul className="pages">
        {pages.map((page) => (
          <li key={page.id} className={`page page-${page.state}`} data-testid="page" data-state={page.state}>
            <strong className="page-title">{page.title}</strong>
            <div className="muted">
              {page.receiver}, paged at {simClock(page.openedAt)}
            </div>
            {page.state === 'escalated' && (
              <div className="escalated">
                Escalated{page.escalatedAt !== undefined ? ` at ${simClock(page.escalatedAt)}` : ''}: paged {page.escalatedTo ?? 'the secondary'}
              </div>
            )}
            <ul className="page-alerts">
              {page.alerts.map((a) => (
                <li key={a.fingerprint}>
                  <strong>{a.alertname}</strong> {a.summary}
                </li>
              ))}
            </ul>
            <button
              type="button"
              className="page-ack"
              disabled={view.ended || busy === page.id}
              onClick={() => {
                setBusy(page.id);
                void acknowledgePage(page.id).finally(() => setBusy(undefined));
              }}
            >
              Acknowledge
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
