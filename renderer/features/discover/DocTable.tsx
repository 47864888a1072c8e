import type { CSSProperties } from 'react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LogHit } from '../../../electron/contract';
import { useElementSize } from '../dashboard/grid/useElementSize';
import { DocCells, DocHeader } from './DocRow';
import type { HitPages } from './paging';
import { hitAt, missingPages } from './paging';
import { virtualWindow } from './virtual-window';

/** Every row is this tall (px): a fixed height is what lets the window arithmetic skip measuring. */
export const ROW_HEIGHT = 28;
/** Rows rendered beyond each edge of the view, so a fast scroll does not flash blank rows. */
const OVERSCAN = 10;

/** The grid columns: expand button, @timestamp, then the Document summary or one track per chosen column. */
export function columnTemplate(columns: string[]): CSSProperties {
  const rest = columns.length === 0 ? 'minmax(0, 1fr)' : `repeat(${columns.length}, minmax(120px, 1fr))`;
  return { '--discover-columns': `32px 200px ${rest}` } as CSSProperties;
}

type Props = {
  total: number;
  pages: HitPages;
  columns: string[];
  /** Changes when a new search replaced the rows: the table goes back to the top. */
  searchId: number;
  onLoadPage(page: number): void;
  onOpen(hit: LogHit): void;
  onRemoveColumn(field: string): void;
  onScroll(scrollTop: number): void;
};

/**
 * The document table, virtualised: `total` fixed-height rows in a scroll space (scaled past the browsers'
 * element height limit), only the rows in view in the DOM, and their pages fetched as they come into view.
 */
export function DocTable({ total, pages, columns, searchId, onLoadPage, onOpen, onRemoveColumn, onScroll }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const { height: viewport } = useElementSize(scroller);
  const [scrollTop, setScrollTop] = useState(0);
  const win = virtualWindow({ total, rowHeight: ROW_HEIGHT, viewport: Math.max(viewport, ROW_HEIGHT), scrollTop, overscan: OVERSCAN });

  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [searchId]);

  const wanted = missingPages(win.first, win.last, total, pages).join(',');
  // The slice skips pages already on their way, so asking again on each scroll step is cheap.
  useEffect(() => {
    if (wanted !== '') for (const page of wanted.split(',')) onLoadPage(Number(page));
  }, [wanted, onLoadPage]);

  const rows = [];
  for (let row = win.first; row < win.last; row++) {
    const hit = hitAt(pages, row);
    const style = { top: win.top + (row - win.first) * ROW_HEIGHT, height: ROW_HEIGHT };
    rows.push(
      hit ? (
        <div role="row" aria-rowindex={row + 2} key={row} className="discover-row" style={style} onClick={() => onOpen(hit)}>
          <span role="cell" className="discover-cell discover-expand-cell">
            <button
              type="button"
              className="discover-expand"
              aria-label="Expand document"
              onClick={(event) => {
                event.stopPropagation();
                onOpen(hit);
              }}
            >
              ⤢
            </button>
          </span>
          <DocCells hit={hit} columns={columns} />
        </div>
      ) : (
        <div role="row" aria-rowindex={row + 2} key={row} className="discover-row discover-row-loading" style={style}>
          <span role="cell" className="discover-cell">
            Loading…
          </span>
        </div>
      ),
    );
  }

  return (
    <div role="table" aria-label="Documents" aria-rowcount={total + 1} className="discover-table" style={columnTemplate(columns)}>
      <div role="rowgroup">
        <DocHeader columns={columns} onRemoveColumn={onRemoveColumn} />
      </div>
      <div
        role="rowgroup"
        ref={scroller}
        className="discover-scroller"
        tabIndex={0}
        aria-label="Document rows"
        onScroll={(event) => {
          const top = event.currentTarget.scrollTop;
          setScrollTop(top);
          onScroll(top);
        }}
      >
        <div className="discover-spacer" style={{ height: win.height }}>
          {rows}
        </div>
      </div>
    </div>
  );
}
