import type { ChangeEvent, ReactNode } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import type { Dashboard, DashboardProblem } from '../../../../electron/contract';
import { exportDashboard, parseDashboard } from '../../../../electron/engine/dashboards';

/** A modal dialog that takes focus when it opens and closes on Esc. */
function Dialog({ title, onClose, children }: { title: string; onClose(): void; children: ReactNode }) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector<HTMLElement>('textarea, button')?.focus();
  }, []);
  return (
    <div className="dash-dialog-backdrop">
      <div
        className="dash-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={id}
        ref={box}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id={id}>{title}</h2>
        {children}
      </div>
    </div>
  );
}

function ProblemList({ label, problems }: { label: string; problems: DashboardProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="problem-list">
      <h3>{label}</h3>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.path}-${i}`}>
            <code>{p.path || '(dashboard)'}</code>: {p.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Import: paste Grafana JSON or pick a file. Problems are listed with their paths and the text stays as it
 * was, so nothing is lost; a dashboard that reads is shown with its warnings before it replaces the open one.
 */
export function ImportDialog({ onImport, onClose }: { onImport(dashboard: Dashboard, warnings: DashboardProblem[]): void; onClose(): void }) {
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<{ dashboard?: Dashboard; warnings: DashboardProblem[]; problems: DashboardProblem[] }>();
  const id = useId();
  const check = (json: string) => {
    let input: unknown;
    try {
      input = JSON.parse(json);
    } catch (error) {
      setOutcome({ warnings: [], problems: [{ path: '', reason: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] });
      return;
    }
    const parsed = parseDashboard(input);
    setOutcome(parsed.ok ? { dashboard: parsed.dashboard, warnings: parsed.warnings, problems: [] } : { warnings: [], problems: parsed.problems });
  };
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const content = await file.text();
    setText(content);
    check(content);
  };
  return (
    <Dialog title="Import dashboard JSON" onClose={onClose}>
      <label htmlFor={`${id}-text`}>Dashboard JSON (as Grafana exports it)</label>
      <textarea
        id={`${id}-text`}
        className="json-text"
        rows={14}
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOutcome(undefined);
        }}
      />
      <label htmlFor={`${id}-file`}>Or load a file</label>
      <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
      {outcome && outcome.problems.length > 0 && (
        <div role="alert">
          <ProblemList label="This JSON cannot be imported" problems={outcome.problems} />
        </div>
      )}
      {outcome?.dashboard && (
        <div role="status">
          <p>
            Reads as “{outcome.dashboard.title}” with {outcome.dashboard.panels.length} panel(s).
          </p>
          <ProblemList label="Warnings" problems={outcome.warnings} />
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="dash-button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="dash-button" onClick={() => check(text)} disabled={text.trim() === ''}>
          Check
        </button>
        <button
          type="button"
          className="dash-button primary"
          disabled={!outcome?.dashboard}
          onClick={() => outcome?.dashboard && onImport(outcome.dashboard, outcome.warnings)}
        >
          Import
        </button>
      </div>
    </Dialog>
  );
}

/** Export: the dashboard as Grafana JSON, to copy or download. */
export function ExportDialog({ dashboard, onClose }: { dashboard: Dashboard; onClose(): void }) {
  const json = exportDashboard(dashboard);
  const [copied, setCopied] = useState<string>();
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(json);
      setCopied('Copied to the clipboard');
    } catch {
      setCopied('Copy failed: select the text and copy it by hand');
    }
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${dashboard.uid || 'dashboard'}.json`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Dialog title={`Export “${dashboard.title}”`} onClose={onClose}>
      <label htmlFor={`${id}-json`}>Dashboard JSON</label>
      <textarea id={`${id}-json`} className="json-text" rows={18} readOnly value={json} spellCheck={false} />
      <p role="status">{copied}</p>
      <div className="dialog-actions">
        <button type="button" className="dash-button" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" className="dash-button" onClick={download}>
          Download
        </button>
        <button type="button" className="dash-button primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
