import { useCallback, useEffect, useState } from 'react';
import type { DrillView, LogHit } from '../../../electron/contract';
import { DEFAULT_DISCOVER_TIME } from '../../state/discover-slice';
import { useAppStore } from '../../state/store';
import { absoluteRange } from '../dashboard/time/zoom';
import { TimePicker } from '../dashboard/toolbar/TimePicker';
import { CopyAsRule } from './CopyAsRule';
import { DocFlyout } from './DocFlyout';
import { DocTable } from './DocTable';
import { FieldSidebar } from './FieldSidebar';
import { HitHistogram } from './HitHistogram';
import { hitCount } from './histogram-format';
import { QueryBar } from './QueryBar';
import { suggestionSourceFor } from './kql-suggest';
import { SavedSearches } from './SavedSearches';
import { SurroundingDocs } from './SurroundingDocs';
import { VisualizeField } from './VisualizeField';
import './discover.css';

/** The hit count, the tail's pause notice, the query's notices, the visualised field, the histogram. */
function ResultHeader({ view }: { view: DrillView }) {
  const result = useAppStore((s) => s.discoverResult);
  const loading = useAppStore((s) => s.discoverLoading);
  const tail = useAppStore((s) => s.discoverTail);
  const paused = useAppStore((s) => s.discoverTailPaused);
  const newHits = useAppStore((s) => s.discoverNewHits);
  const visualized = useAppStore((s) => s.discoverVisualized);
  const query = useAppStore((s) => s.discoverQuery);
  const range = useAppStore((s) => s.discoverRange);
  const actions = useAppStore.getState();
  const zoom = (from: number, to: number) => {
    // The picker's absolute times have whole seconds: a sub-second bucket still zooms to a valid range.
    actions.setDashTime(absoluteRange({ from, to: Math.max(to, from + 1000) }));
    void actions.runDiscoverSearch();
  };
  return (
    <>
      <div className="discover-status">
        <strong className="discover-hits" aria-live="polite">
          {result ? hitCount(result.total) : loading ? 'Searching…' : ''}
        </strong>
        {loading && result && <span className="discover-loading">Updating…</span>}
        {tail && paused && (
          <span className="discover-paused" role="status">
            Paused: {newHits.toLocaleString('en-US')} new {newHits === 1 ? 'hit' : 'hits'} —{' '}
            <button type="button" className="dash-button" onClick={() => void actions.resumeDiscoverTail()}>
              Resume
            </button>
          </span>
        )}
        {tail && !paused && <span className="discover-live">● Live at {new Date(view.startUnixMs + view.now).toISOString().slice(11, 19)}</span>}
      </div>
      {result && result.notices.length > 0 && (
        <ul className="discover-notices" aria-label="Query notices">
          {result.notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {visualized && range && <VisualizeField field={visualized} query={query} fromMs={range.from} toMs={range.to} onClose={() => actions.setDiscoverVisualized(undefined)} />}
      {result?.histogram && <HitHistogram histogram={result.histogram} onZoom={zoom} />}
    </>
  );
}

/**
 * Kibana-style Discover over the drill's ECS logs: the KQL bar, time, refresh, live tail, saved searches
 * and "Copy as log rule" on top; the field sidebar on the left; the hit count, histogram and the
 * virtualised document table in the middle; a document opens in a flyout, its neighbours in place of the table.
 */
export function DiscoverView({ view }: { view: DrillView }) {
  const text = useAppStore((s) => s.discoverText);
  const applied = useAppStore((s) => s.discoverQuery);
  const error = useAppStore((s) => s.discoverError);
  const result = useAppStore((s) => s.discoverResult);
  const pages = useAppStore((s) => s.discoverPages);
  const searchId = useAppStore((s) => s.discoverSearchId);
  const columns = useAppStore((s) => s.discoverColumns);
  const tail = useAppStore((s) => s.discoverTail);
  const document = useAppStore((s) => s.discoverDocument);
  const context = useAppStore((s) => s.discoverContext);
  const time = useAppStore((s) => s.dashTime) ?? DEFAULT_DISCOVER_TIME;
  const actions = useAppStore.getState();
  const [copyingRule, setCopyingRule] = useState(false);
  const simNow = view.startUnixMs + view.now;

  // Opening Discover shows the current range's hits at once (not a search the learner ran).
  useEffect(() => {
    if (!useAppStore.getState().discoverResult) void useAppStore.getState().runDiscoverSearch({ auto: true });
  }, []);
  // Live tail follows the drill's clock: every tick searches again (or counts, while paused).
  useEffect(() => {
    void useAppStore.getState().discoverTailTick();
  }, [view.now]);

  const loadPage = useCallback((page: number) => void useAppStore.getState().loadDiscoverPage(page), []);
  const filter = (field: string, value: string, negate: boolean) => void actions.addDiscoverFilter(field, value, negate);
  const openSurrounding = (hit: LogHit) => void actions.openDiscoverContext(hit);
  const closeDocument = useCallback(() => useAppStore.getState().openDiscoverDocument(undefined), []);

  return (
    <section className="discover" aria-label="Discover">
      <div className="discover-topbar">
        <QueryBar value={text} error={error} source={suggestionSourceFor(view)} onChange={actions.setDiscoverText} onRun={() => void actions.runDiscoverSearch()} />
        <TimePicker
          time={time}
          nowMs={simNow}
          onChange={(t) => {
            actions.setDashTime(t);
            void actions.runDiscoverSearch();
          }}
        />
        <button type="button" className="dash-button primary" onClick={() => void actions.runDiscoverSearch()}>
          Refresh
        </button>
        <button type="button" className="dash-button" aria-pressed={tail} onClick={() => void actions.setDiscoverTail(!tail)}>
          Live tail
        </button>
        <SavedSearches current={{ query: applied, columns, time }} onOpen={(search) => void actions.applySavedSearch(search)} />
        <button type="button" className="dash-button" onClick={() => setCopyingRule(true)}>
          Copy as log rule
        </button>
      </div>
      <div className="discover-body">
        <FieldSidebar
          fields={result?.fields ?? []}
          sampled={result?.sampled ?? 0}
          total={result?.total ?? 0}
          columns={columns}
          onToggleColumn={actions.toggleDiscoverColumn}
          onFilter={filter}
          onVisualize={(field) => actions.setDiscoverVisualized(field)}
        />
        <div className="discover-main">
          {context ? (
            <SurroundingDocs
              view={context}
              columns={columns}
              onLoadMore={(side) => void actions.loadMoreDiscoverContext(side)}
              onOpen={(hit) => actions.openDiscoverDocument(hit)}
              onBack={actions.closeDiscoverContext}
            />
          ) : (
            <>
              <ResultHeader view={view} />
              <DocTable
                total={result?.total ?? 0}
                pages={pages}
                columns={columns}
                searchId={searchId}
                onLoadPage={loadPage}
                onOpen={(hit) => actions.openDiscoverDocument(hit)}
                onRemoveColumn={actions.toggleDiscoverColumn}
                onScroll={(top) => void actions.discoverScrolled(top)}
              />
            </>
          )}
        </div>
      </div>
      {document && <DocFlyout hit={document} columns={columns} onClose={closeDocument} onFilter={filter} onToggleColumn={actions.toggleDiscoverColumn} onSurrounding={openSurrounding} />}
      {copyingRule && <CopyAsRule query={applied} onClose={() => setCopyingRule(false)} />}
    </section>
  );
}
