import { useEffect, useId, useRef, useState } from 'react';
import type { Panel } from '../../../../electron/contract';
import type { VariableState } from '../../../../electron/engine/dashboards';
import { usePanelData } from '../data/usePanelData';
import { useElementSize } from '../grid/useElementSize';
import { PanelBody } from '../panels/renderPanel';
import { QueriesSection } from './options-queries';
import { PanelOptionsForm } from './PanelOptionsForm';

/** How long typing must pause before the preview runs the draft's queries. */
const QUERY_PAUSE_MS = 400;

/** The value once it has stopped changing for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

type Props = {
  panel: Panel;
  range: { from: number; to: number };
  variables: VariableState[];
  nowMs: number;
  onApply(panel: Panel): void;
  onDiscard(): void;
};

/**
 * The full-screen panel editor: a live preview of the draft above its queries, the panel's options on the
 * right. Nothing reaches the dashboard until Apply; Discard (or Esc) drops the draft.
 */
export function PanelEditor({ panel, range, variables, nowMs, onApply, onDiscard }: Props) {
  const [draft, setDraft] = useState(panel);
  const [tableView, setTableView] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  const preview = useRef<HTMLDivElement>(null);
  const size = useElementSize(preview);
  const titleId = useId();
  // Options redraw at once; queries run once typing pauses (not on every keystroke of an expression).
  const queried = useSettled(draft, QUERY_PAUSE_MS);
  const { data, logs, range: panelRange } = usePanelData(queried, { range, variables, width: size.width, active: size.width > 0, refreshKey: 0 });
  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('h2')?.focus();
  }, []);
  return (
    <div
      className="panel-editor"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      ref={dialog}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          // Esc leaves the editor only, not edit mode as a whole.
          e.preventDefault();
          e.stopPropagation();
          onDiscard();
        }
      }}
    >
      <header className="panel-editor-header">
        <h2 id={titleId} tabIndex={-1}>
          Edit panel: {draft.title || 'Untitled'}
        </h2>
        <label className="inline-check">
          <input type="checkbox" checked={tableView} onChange={(e) => setTableView(e.target.checked)} /> Table view
        </label>
        <button type="button" className="dash-button" onClick={onDiscard}>
          Discard
        </button>
        <button type="button" className="dash-button primary" onClick={() => onApply(draft)}>
          Apply
        </button>
      </header>
      <div className="panel-editor-main">
        <div className="panel-editor-left">
          <div className="panel-editor-preview" ref={preview} aria-label="Preview" role="region">
            {size.width > 0 && <PanelBody panel={draft} data={data} range={panelRange} width={size.width} height={size.height} tableView={tableView} now={nowMs} logs={logs} />}
          </div>
          {data.state === 'error' && (
            <p className="field-error" role="alert">
              {data.error}
            </p>
          )}
          {draft.type !== 'text' && draft.type !== 'row' && (
            <div className="panel-editor-queries">
              <QueriesSection panel={draft} onChange={setDraft} />
            </div>
          )}
        </div>
        <aside className="panel-editor-options" aria-label="Panel options">
          <PanelOptionsForm panel={draft} onChange={setDraft} />
        </aside>
      </div>
    </div>
  );
}
