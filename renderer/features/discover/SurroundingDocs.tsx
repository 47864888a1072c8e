import type { LogHit } from '../../../electron/contract';
import type { DiscoverContextView } from '../../state/discover-slice';
import { CONTEXT_STEP } from '../../state/discover-slice';
import { DocCells, DocHeader } from './DocRow';
import { columnTemplate } from './DocTable';

type Props = {
  view: DiscoverContextView;
  columns: string[];
  onLoadMore(side: 'before' | 'after'): void;
  onOpen(hit: LogHit): void;
  onBack(): void;
};

/**
 * Kibana's surrounding documents: the anchor highlighted among its neighbours in time, newest at the top
 * like the results, with the same columns, and more loaded on either side on request.
 */
export function SurroundingDocs({ view, columns, onLoadMore, onOpen, onBack }: Props) {
  const { anchor, before, after, moreBefore, moreAfter } = view.context;
  // `after` is nearest first and `before` nearest last: both reversed to read newest first.
  const rows: { hit: LogHit; anchor: boolean }[] = [
    ...[...after].reverse().map((hit) => ({ hit, anchor: false })),
    { hit: anchor, anchor: true },
    ...[...before].reverse().map((hit) => ({ hit, anchor: false })),
  ];
  return (
    <section className="discover-context" aria-label="Surrounding documents">
      <header className="discover-context-header">
        <button type="button" className="dash-button" onClick={onBack}>
          ← Back to results
        </button>
        <h3>Surrounding documents</h3>
      </header>
      <button type="button" className="dash-button" disabled={!moreAfter || view.loading !== undefined} onClick={() => onLoadMore('after')}>
        {view.loading === 'after' ? 'Loading…' : `Load ${CONTEXT_STEP} newer documents`}
      </button>
      <div role="table" aria-label="Surrounding documents table" className="discover-table discover-context-table" style={columnTemplate(columns)}>
        <div role="rowgroup">
          <DocHeader columns={columns} />
        </div>
        <div role="rowgroup">
          {rows.map(({ hit, anchor: isAnchor }) => (
            <div role="row" key={hit.id} className={`discover-row discover-row-static${isAnchor ? ' discover-anchor' : ''}`} aria-current={isAnchor ? 'true' : undefined}>
              <span role="cell" className="discover-cell discover-expand-cell">
                <button type="button" className="discover-expand" aria-label={isAnchor ? 'Expand anchor document' : 'Expand document'} onClick={() => onOpen(hit)}>
                  ⤢
                </button>
              </span>
              <DocCells hit={hit} columns={columns} />
            </div>
          ))}
        </div>
      </div>
      <button type="button" className="dash-button" disabled={!moreBefore || view.loading !== undefined} onClick={() => onLoadMore('before')}>
        {view.loading === 'before' ? 'Loading…' : `Load ${CONTEXT_STEP} older documents`}
      </button>
    </section>
  );
}
