import { useEffect, useRef } from 'react';
import { useAppStore } from '../../state/store';
import { Markdown } from '../markdown/Markdown';

/** The scenario's runbook for an alert, rendered in the app (runbooks in a drill live offline, beside the scenario). */
export function RunbookViewer() {
  const runbook = useAppStore((s) => s.runbook);
  const close = useAppStore((s) => s.closeRunbook);
  const closeButton = useRef<HTMLButtonElement>(null);
  const open = runbook !== undefined;
  useEffect(() => {
    if (open) closeButton.current?.focus();
  }, [open]);
  if (!runbook) return null;
  const title = runbook.status === 'ok' ? runbook.runbook.path : runbook.ref;
  return (
    <aside
      className="runbook"
      role="dialog"
      aria-modal="false"
      aria-labelledby="runbook-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <div className="runbook-head">
        <h2 id="runbook-title">Runbook: {title}</h2>
        <button type="button" ref={closeButton} onClick={close}>
          Close runbook
        </button>
      </div>
      <div className="runbook-body" tabIndex={0}>
        {runbook.status === 'loading' && <p className="muted">Loading…</p>}
        {runbook.status === 'error' && (
          <p className="runbook-error" role="alert">
            Could not open the runbook: {runbook.error}
          </p>
        )}
        {runbook.status === 'ok' && <Markdown source={runbook.runbook.markdown} />}
      </div>
    </aside>
  );
}
