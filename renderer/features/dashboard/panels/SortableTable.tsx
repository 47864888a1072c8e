import type { KeyboardEvent, ReactNode } from 'react';
import { memo, useMemo, useState } from 'react';
import type { Column, Row, SortState } from '../lib/table';
import { nextSort, sortRows } from '../lib/table';

export type CellDisplay = { text: string; color?: string; background?: string };

type Props = {
  caption: string;
  captionHidden?: boolean;
  columns: Column[];
  rows: Row[];
  cell(value: string | number, column: Column): CellDisplay;
  height?: number;
};

/**
 * A table with sortable headers: a click or Enter/Space on a header cycles ascending → descending → none, and
 * aria-sort says which way, so keyboard and screen-reader users sort as mouse users do.
 */
export const SortableTable = memo(function SortableTable({ caption, captionHidden, columns, rows, cell, height }: Props) {
  const [sort, setSort] = useState<SortState>(undefined);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const toggle = (key: string) => setSort((current) => nextSort(current, key));
  const onKey = (key: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      toggle(key);
    }
  };
  return (
    <div className="panel-table-scroll" style={height ? { maxHeight: height } : undefined} tabIndex={0} role="region" aria-label={`${caption} (table)`}>
      <table className="panel-table">
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const direction = sort?.column === column.key ? sort.direction : undefined;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
                  className={column.kind === 'label' ? undefined : 'numeric'}
                >
                  <button type="button" className="panel-sort" onClick={() => toggle(column.key)} onKeyDown={onKey(column.key)}>
                    {column.title}
                    <span aria-hidden="true">{direction === 'asc' ? ' ▲' : direction === 'desc' ? ' ▼' : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.key}>
              {columns.map((column, i) => renderCell(cell(row.cells[column.key] ?? '', column), column, i === 0))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});

function renderCell(display: CellDisplay, column: Column, rowHeader: boolean): ReactNode {
  const style = display.background ? { background: display.background, color: display.color ?? '#fff' } : display.color ? { color: display.color } : undefined;
  const className = column.kind === 'label' ? undefined : 'numeric';
  return rowHeader ? (
    <th key={column.key} scope="row" className={className} style={style}>
      {display.text}
    </th>
  ) : (
    <td key={column.key} className={className} style={style}>
      {display.text}
    </td>
  );
}
