import { useEffect, useRef, useState } from 'react';
import type { LogHit } from '../../../electron/contract';
import { Tabs } from '../alerts/Tabs';
import { documentFields, filterValue, formatTimestamp, formatValue } from './doc-format';
import { Highlighted } from './DocRow';

type View = 'table' | 'json';
const VIEWS: { key: View; label: string }[] = [
  { key: 'table', label: 'Table' },
  { key: 'json', label: 'JSON' },
];

type Props = {
  hit: LogHit;
  columns: string[];
  onClose(): void;
  onFilter(field: string, value: string, negate: boolean): void;
  onToggleColumn(field: string): void;
  onSurrounding(hit: LogHit): void;
};

/** Every field of the document, with Kibana's per-field actions: filter for, filter out, toggle column. */
function FieldTable({ hit, columns, onFilter, onToggleColumn }: Omit<Props, 'onClose' | 'onSurrounding'>) {
  return (
    <table className="discover-doc-table">
      <thead>
        <tr>
          <th scope="col">Actions</th>
          <th scope="col">Field</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {documentFields(hit.event).map((f) => {
          const value = filterValue(f.value);
          const shown = columns.includes(f.name);
          return (
            <tr key={f.name}>
              <td className="discover-doc-actions">
                <button type="button" disabled={value === undefined} aria-label={`Filter for ${f.name}: ${value ?? ''}`} title="Filter for value" onClick={() => value !== undefined && onFilter(f.name, value, false)}>
                  ⊕
                </button>
                <button type="button" disabled={value === undefined} aria-label={`Filter out ${f.name}: ${value ?? ''}`} title="Filter out value" onClick={() => value !== undefined && onFilter(f.name, value, true)}>
                  ⊖
                </button>
                <button type="button" disabled={f.name === '@timestamp'} aria-pressed={shown} aria-label={`Toggle column ${f.name}`} title="Toggle column in table" onClick={() => onToggleColumn(f.name)}>
                  ▥
                </button>
              </td>
              <th scope="row">{f.name}</th>
              <td className="discover-doc-value">
                <Highlighted text={formatValue(f.value)} ranges={hit.highlight?.[f.name]} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Kibana's document flyout: the expanded document as a table or JSON, and the way to its surrounding documents. */
export function DocFlyout({ hit, columns, onClose, onFilter, onToggleColumn, onSurrounding }: Props) {
  const [view, setView] = useState<View>('table');
  const dialog = useRef<HTMLDivElement>(null);
  // Keyboard users land in the document they opened.
  useEffect(() => dialog.current?.focus(), [hit.id]);
  useEffect(() => {
    // An Escape something inside already handled (the query bar's suggestions) does not also close the document.
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && !event.defaultPrevented && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="discover-flyout" role="dialog" aria-label="Document" tabIndex={-1} ref={dialog}>
      <header className="discover-flyout-header">
        <h3>Document · {formatTimestamp(hit.event['@timestamp'])}</h3>
        <button type="button" className="dash-button" onClick={() => onSurrounding(hit)}>
          View surrounding documents
        </button>
        <button type="button" className="dash-button" aria-label="Close document" onClick={onClose}>
          ×
        </button>
      </header>
      <Tabs<View> label="Document view" tabs={VIEWS} selected={view} onSelect={setView}>
        {view === 'table' ? (
          <FieldTable hit={hit} columns={columns} onFilter={onFilter} onToggleColumn={onToggleColumn} />
        ) : (
          <pre className="discover-doc-json" aria-label="Document JSON">
            {JSON.stringify(hit.event, null, 2)}
          </pre>
        )}
      </Tabs>
    </div>
  );
}
