import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import type { LogFieldSummary } from '../../../electron/contract';
import type { SidebarField } from './field-sidebar-model';
import { canVisualize, FIELD_TYPE_TOKEN, formatCount, formatPercent, groupFields, topValueShares, topValuesCaption } from './field-sidebar-model';
import './discover-side.css';

type Props = {
  fields: LogFieldSummary[];
  /** How many hits the summaries were computed from. */
  sampled: number;
  /** Every hit the search matched. */
  total: number;
  columns: string[];
  onToggleColumn(field: string): void;
  onFilter(field: string, value: string, negate: boolean): void;
  onVisualize(field: string): void;
};

/**
 * Discover's field list: the table's columns, the other fields the sampled hits hold and (collapsed) the
 * fields none holds, searchable by name. A field opens to its top values, each a share of the sampled hits
 * with buttons to filter for or out, and offers "Visualize" and adding or removing it as a column.
 */
export function FieldSidebar({ fields, sampled, total, columns, onToggleColumn, onFilter, onVisualize }: Props) {
  const id = useId();
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<string>();
  const [showEmpty, setShowEmpty] = useState(false);
  const groups = groupFields(fields, columns, search);
  const chosen = new Set(columns);
  const row = (field: SidebarField) => (
    <FieldRow
      key={field.name}
      field={field}
      selected={chosen.has(field.name)}
      expanded={open === field.name}
      sampled={sampled}
      total={total}
      onToggleOpen={() => setOpen(open === field.name ? undefined : field.name)}
      onToggleColumn={() => onToggleColumn(field.name)}
      onFilter={(value, negate) => onFilter(field.name, value, negate)}
      onVisualize={() => onVisualize(field.name)}
    />
  );
  const nothing = groups.selected.length + groups.available.length + groups.empty.length === 0;
  return (
    <nav className="field-sidebar" aria-label="Fields">
      <label className="visually-hidden" htmlFor={`${id}-search`}>
        Search field names
      </label>
      <input id={`${id}-search`} type="search" className="field-search" placeholder="Search field names" value={search} onChange={(e) => setSearch(e.target.value)} />
      {nothing && <p className="field-none muted">{search.trim() ? `No field names match "${search.trim()}".` : 'No fields in the sampled hits.'}</p>}
      <FieldGroup title="Selected fields" fields={groups.selected} render={row} />
      <FieldGroup title="Available fields" fields={groups.available} render={row} />
      {groups.empty.length > 0 && (
        <section className="field-group" aria-labelledby={`${id}-empty`}>
          <h3 className="field-group-title">
            <button type="button" id={`${id}-empty`} className="field-group-toggle" aria-expanded={showEmpty} aria-controls={`${id}-empty-list`} onClick={() => setShowEmpty(!showEmpty)}>
              Empty fields <span className="field-group-count">{groups.empty.length}</span>
            </button>
          </h3>
          {showEmpty && (
            <ul id={`${id}-empty-list`} className="field-list" aria-label="Empty fields">
              {groups.empty.map(row)}
            </ul>
          )}
        </section>
      )}
    </nav>
  );
}

function FieldGroup({ title, fields, render }: { title: string; fields: SidebarField[]; render(field: SidebarField): ReactNode }) {
  const id = useId();
  if (fields.length === 0) return null;
  return (
    <section className="field-group" aria-labelledby={id}>
      <h3 className="field-group-title" id={id}>
        {title} <span className="field-group-count">{fields.length}</span>
      </h3>
      <ul className="field-list" aria-label={title}>
        {fields.map(render)}
      </ul>
    </section>
  );
}

type RowProps = {
  field: SidebarField;
  selected: boolean;
  expanded: boolean;
  sampled: number;
  total: number;
  onToggleOpen(): void;
  onToggleColumn(): void;
  onFilter(value: string, negate: boolean): void;
  onVisualize(): void;
};

function FieldRow({ field, selected, expanded, sampled, total, onToggleOpen, onToggleColumn, onFilter, onVisualize }: RowProps) {
  const id = useId();
  const type = field.summary?.type;
  return (
    <li className={expanded ? 'field-row field-row-open' : 'field-row'}>
      <div className="field-row-head">
        <button type="button" className="field-name" aria-expanded={expanded} aria-controls={`${id}-details`} onClick={onToggleOpen}>
          <span className={`field-type field-type-${type ?? 'unknown'}`} aria-hidden="true" title={type ?? 'not in the sampled hits'}>
            {type ? FIELD_TYPE_TOKEN[type] : '?'}
          </span>
          {field.name}
        </button>
        <button type="button" className="field-column-toggle" aria-label={selected ? `Remove ${field.name} column` : `Add ${field.name} as a column`} title={selected ? 'Remove column' : 'Add column'} onClick={onToggleColumn}>
          {selected ? '−' : '+'}
        </button>
      </div>
      {expanded && (
        <div id={`${id}-details`} className="field-details" role="group" aria-label={`${field.name} details`}>
          <FieldDetails field={field} sampled={sampled} total={total} onFilter={onFilter} />
          <div className="field-details-actions">
            {canVisualize(type) && (
              <button type="button" onClick={onVisualize}>
                Visualize
              </button>
            )}
            <button type="button" onClick={onToggleColumn}>
              {selected ? 'Remove column' : 'Add column'}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

function FieldDetails({ field, sampled, total, onFilter }: { field: SidebarField; sampled: number; total: number; onFilter(value: string, negate: boolean): void }) {
  const summary = field.summary;
  if (!summary) return <p className="muted">Not in the {formatCount(sampled)} sampled records.</p>;
  const shares = topValueShares(summary, sampled);
  return (
    <>
      <p className="field-details-type muted">
        Type: {summary.type} · in {formatCount(summary.count)} of {formatCount(sampled)} sampled records
      </p>
      {shares.length === 0 ? (
        <p className="muted">No values in the {formatCount(sampled)} sampled records.</p>
      ) : (
        <>
          <p className="field-details-caption">{topValuesCaption(shares.length, sampled, total)}</p>
          <ul className="field-values" aria-label={`Top values of ${field.name}`}>
            {shares.map((share) => (
              <li key={share.value} className="field-value">
                <div className="field-value-head">
                  <span className="field-value-text" title={share.value}>
                    {share.value === '' ? <em>(empty)</em> : share.value}
                  </span>
                  <span className="field-value-percent" title={`${formatCount(share.count)} of ${formatCount(sampled)} sampled records`}>
                    {formatPercent(share.percent)}
                  </span>
                  <button type="button" className="field-value-filter" aria-label={`Filter for ${field.name}: ${share.value}`} title="Filter for value" onClick={() => onFilter(share.value, false)}>
                    +
                  </button>
                  <button type="button" className="field-value-filter" aria-label={`Filter out ${field.name}: ${share.value}`} title="Filter out value" onClick={() => onFilter(share.value, true)}>
                    −
                  </button>
                </div>
                <div className="field-value-bar" role="presentation">
                  <div className="field-value-fill" style={{ width: `${Math.min(100, share.percent)}%` }} />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
