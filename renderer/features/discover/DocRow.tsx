import type { LogHit } from '../../../electron/contract';
import { documentFields, formatTimestamp, formatValue, summaryFields } from './doc-format';
import { splitHighlights } from './highlight';

/** A value with the query's matches in `<mark>`. */
export function Highlighted({ text, ranges }: { text: string; ranges?: [number, number][] }) {
  return (
    <>
      {splitHighlights(text, ranges).map((piece, i) => (piece.mark ? <mark key={i}>{piece.text}</mark> : piece.text))}
    </>
  );
}

/** The Document summary: every field as `name: value`, matches highlighted. */
function Summary({ hit }: { hit: LogHit }) {
  return (
    <>
      {summaryFields(hit.event).map((f) => (
        <span key={f.name} className="discover-pair">
          <span className="discover-pair-name">{f.name}:</span> <Highlighted text={formatValue(f.value)} ranges={hit.highlight?.[f.name]} />
        </span>
      ))}
    </>
  );
}

/** The table's cells for one hit: `@timestamp`, then the Document summary or the chosen columns. */
export function DocCells({ hit, columns }: { hit: LogHit; columns: string[] }) {
  const values = columns.length > 0 ? new Map(documentFields(hit.event).map((f) => [f.name, f.value])) : undefined;
  return (
    <>
      <span role="cell" className="discover-cell discover-time">
        {formatTimestamp(hit.event['@timestamp'])}
      </span>
      {values ? (
        columns.map((c) => (
          <span role="cell" key={c} className="discover-cell">
            <Highlighted text={formatValue(values.get(c))} ranges={hit.highlight?.[c]} />
          </span>
        ))
      ) : (
        <span role="cell" className="discover-cell discover-summary">
          <Summary hit={hit} />
        </span>
      )}
    </>
  );
}

/** The header row: `@timestamp`, then Document or the chosen columns, each removable. */
export function DocHeader({ columns, onRemoveColumn }: { columns: string[]; onRemoveColumn?(field: string): void }) {
  return (
    <div role="row" className="discover-row discover-header">
      <span role="columnheader" className="discover-cell discover-expand-cell">
        <span className="visually-hidden">Expand</span>
      </span>
      <span role="columnheader" className="discover-cell discover-time">
        @timestamp ↓
      </span>
      {columns.length === 0 ? (
        <span role="columnheader" className="discover-cell discover-summary">
          Document
        </span>
      ) : (
        columns.map((c) => (
          <span role="columnheader" key={c} className="discover-cell">
            {c}
            {onRemoveColumn && (
              <button type="button" className="discover-remove-column" aria-label={`Remove column ${c}`} title={`Remove column ${c}`} onClick={() => onRemoveColumn(c)}>
                ×
              </button>
            )}
          </span>
        ))
      )}
    </div>
  );
}
