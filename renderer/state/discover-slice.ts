import type { StateCreator } from 'zustand';
import type { LogContext, LogHit, LogSearchResult, SavedSearch, TimeRangeText } from '../../electron/contract';
import { resolveRange } from '../../electron/engine/dashboards';
import { api } from '../api/client';
import type { HitPages } from '../features/discover/paging';
import { PAGE_SIZE } from '../features/discover/paging';
import { appendFilter } from '../features/discover/query-filter';
import { tailAfterScroll, tailTickAction } from '../features/discover/tail';
import type { AppState } from './store';

/** Kibana Discover's default range when the dashboards have not chosen one. */
export const DEFAULT_DISCOVER_TIME: TimeRangeText = { from: 'now-15m', to: 'now' };
/** Bars the histogram aims for (Kibana's `histogram:barTarget`). */
const HISTOGRAM_BUCKETS = 50;
/** Surrounding documents shown first and added per "Load" (Kibana's `context:defaultSize` and `context:step`). */
export const CONTEXT_STEP = 5;

/** A search the back end rejected: the query it was given, its message and, for a syntax error, where in the query. */
export type DiscoverError = { query: string; message: string; position?: number };
/** The surrounding documents view: the documents around `anchor`, as far as loaded. */
export type DiscoverContextView = { context: LogContext; loading?: 'before' | 'after' };

export type DiscoverSlice = {
  /** The query bar's text; applied (`discoverQuery`) when a search with it succeeds. */
  discoverText: string;
  discoverQuery: string;
  /** Chosen columns in order; empty shows the Document summary column. */
  discoverColumns: string[];
  /** The newest search's first page, histogram, field summaries and notices. */
  discoverResult?: LogSearchResult;
  /** The absolute range that search covered, so later pages come from the same hits. */
  discoverRange?: { from: number; to: number };
  discoverPages: HitPages;
  /** Counts successful searches, so the table knows a new one replaced its rows. */
  discoverSearchId: number;
  discoverLoading: boolean;
  discoverError?: DiscoverError;
  discoverTail: boolean;
  discoverTailPaused: boolean;
  /** Hits newer than those on screen while the tail is paused. */
  discoverNewHits: number;
  discoverDocument?: LogHit;
  discoverContext?: DiscoverContextView;
  /** The field shown over time above the table ("Visualize"). */
  discoverVisualized?: string;
  setDiscoverText(text: string): void;
  /** Searches: a learner's search applies the bar's text; `auto` ones (tail, first open) keep the applied query. */
  runDiscoverSearch(options?: { auto?: boolean }): Promise<void>;
  /** Fetches one page of the current search's hits for the table (cached; `auto`). */
  loadDiscoverPage(page: number): Promise<void>;
  addDiscoverFilter(field: string, value: string, negate: boolean): Promise<void>;
  toggleDiscoverColumn(field: string): void;
  applySavedSearch(search: SavedSearch): Promise<void>;
  setDiscoverTail(on: boolean): Promise<void>;
  /** The table scrolled: pauses the tail away from the top, resumes it back there. */
  discoverScrolled(scrollTop: number): Promise<void>;
  resumeDiscoverTail(): Promise<void>;
  /** A drill clock tick: the tail searches again, or counts what is new while paused. */
  discoverTailTick(): Promise<void>;
  openDiscoverDocument(hit: LogHit | undefined): void;
  openDiscoverContext(hit: LogHit): Promise<void>;
  loadMoreDiscoverContext(side: 'before' | 'after'): Promise<void>;
  closeDiscoverContext(): void;
  setDiscoverVisualized(field: string | undefined): void;
  /** Forgets everything: called when the drill screen goes away. */
  resetDiscover(): void;
};

const initial = {
  discoverText: '',
  discoverQuery: '',
  discoverColumns: [] as string[],
  discoverResult: undefined,
  discoverRange: undefined,
  discoverPages: {} as HitPages,
  discoverSearchId: 0,
  discoverLoading: false,
  discoverError: undefined,
  discoverTail: false,
  discoverTailPaused: false,
  discoverNewHits: 0,
  discoverDocument: undefined,
  discoverContext: undefined,
  discoverVisualized: undefined,
};

export const createDiscoverSlice: StateCreator<AppState, [], [], DiscoverSlice> = (set, get) => {
  // Each search gets a ticket: the answer to a superseded one (or a tail refresh the reader paused) is dropped.
  let ticket = 0;
  // Pages on their way for the rows on screen; a page answered after new rows replaced those is dropped.
  let pending = new Set<number>();
  const simNow = (): number | undefined => {
    const view = get().view;
    return view ? view.startUnixMs + view.now : undefined;
  };

  const countNewHits = async () => {
    const range = get().discoverRange;
    const now = simNow();
    if (!range || now === undefined || now <= range.to) return;
    const mine = ticket;
    const result = await api().invoke('logs.query', { query: get().discoverQuery, from: range.to + 1, to: now, limit: 1, auto: true });
    if (result.ok && mine === ticket && get().discoverTailPaused) set({ discoverNewHits: result.value.total });
  };

  return {
    ...initial,
    setDiscoverText(text) {
      set({ discoverText: text });
    },
    async runDiscoverSearch(options) {
      const auto = options?.auto ?? false;
      const query = auto ? get().discoverQuery : get().discoverText;
      const now = simNow();
      if (now === undefined) return;
      const resolved = resolveRange(get().dashTime ?? DEFAULT_DISCOVER_TIME, now);
      if ('error' in resolved) {
        set({ discoverError: { query, message: `Time range: ${resolved.error}` } });
        return;
      }
      // Live tail follows the clock whatever the range's end says.
      const range = get().discoverTail ? { from: resolved.from, to: Math.max(resolved.from + 1, now) } : resolved;
      const mine = ++ticket;
      set({ discoverLoading: true });
      const result = await api().invoke('logs.query', {
        query,
        ...range,
        limit: PAGE_SIZE,
        offset: 0,
        histogram: true,
        buckets: HISTOGRAM_BUCKETS,
        fields: true,
        highlight: true,
        auto,
      });
      if (mine !== ticket) return;
      if (!result.ok) {
        set({ discoverLoading: false, discoverError: { query, message: result.error.message, position: result.error.position?.start } });
        return;
      }
      pending = new Set();
      set({
        discoverQuery: query,
        discoverLoading: false,
        discoverError: undefined,
        discoverResult: result.value,
        discoverRange: range,
        discoverPages: { 0: result.value.hits },
        discoverSearchId: get().discoverSearchId + 1,
        discoverNewHits: 0,
      });
    },
    async loadDiscoverPage(page) {
      const range = get().discoverRange;
      if (!range || get().discoverPages[page] || pending.has(page)) return;
      const rows = get().discoverSearchId;
      const waiting = pending;
      waiting.add(page);
      const result = await api().invoke('logs.query', { query: get().discoverQuery, ...range, limit: PAGE_SIZE, offset: page * PAGE_SIZE, highlight: true, auto: true });
      waiting.delete(page);
      if (rows !== get().discoverSearchId || !result.ok) return;
      set({ discoverPages: { ...get().discoverPages, [page]: result.value.hits } });
    },
    async addDiscoverFilter(field, value, negate) {
      set({ discoverText: appendFilter(get().discoverQuery, field, value, negate) });
      await get().runDiscoverSearch();
    },
    toggleDiscoverColumn(field) {
      if (field === '@timestamp') return; // always the first column
      const columns = get().discoverColumns;
      set({ discoverColumns: columns.includes(field) ? columns.filter((c) => c !== field) : [...columns, field] });
    },
    async applySavedSearch(search) {
      set({ discoverText: search.query, discoverColumns: [...search.columns] });
      if (search.time) get().setDashTime({ from: search.time.from, to: search.time.to });
      await get().runDiscoverSearch();
    },
    async setDiscoverTail(on) {
      set({ discoverTail: on, discoverTailPaused: false, discoverNewHits: 0 });
      if (on) await get().runDiscoverSearch({ auto: true });
    },
    async discoverScrolled(scrollTop) {
      const next = tailAfterScroll({ on: get().discoverTail, paused: get().discoverTailPaused }, scrollTop);
      if (next.paused && !get().discoverTailPaused) {
        // A tail refresh still on its way would replace the rows being read: it is dropped.
        ticket++;
        set({ discoverTailPaused: true, discoverLoading: false });
      } else if (next.paused !== get().discoverTailPaused) set({ discoverTailPaused: next.paused });
      if (next.resumed) await get().runDiscoverSearch({ auto: true });
    },
    async resumeDiscoverTail() {
      set({ discoverTailPaused: false });
      await get().runDiscoverSearch({ auto: true });
    },
    async discoverTailTick() {
      // A tick while the last search is still on its way waits for the next one: searches must not pile up.
      if (get().discoverLoading) return;
      const action = tailTickAction({ on: get().discoverTail, paused: get().discoverTailPaused });
      if (action === 'refresh') await get().runDiscoverSearch({ auto: true });
      else if (action === 'count') await countNewHits();
    },
    openDiscoverDocument(hit) {
      set({ discoverDocument: hit });
    },
    async openDiscoverContext(hit) {
      const result = await api().invoke('logs.context', { id: hit.id, before: CONTEXT_STEP, after: CONTEXT_STEP, auto: false });
      if (!result.ok) {
        set({ error: result.error.message });
        return;
      }
      set({ discoverContext: { context: result.value }, discoverDocument: undefined });
    },
    async loadMoreDiscoverContext(side) {
      const view = get().discoverContext;
      if (!view) return;
      const { context } = view;
      set({ discoverContext: { ...view, loading: side } });
      // Asking for the larger count again keeps the answer consistent (the back end returns the nearest N).
      const before = context.before.length + (side === 'before' ? CONTEXT_STEP : 0);
      const after = context.after.length + (side === 'after' ? CONTEXT_STEP : 0);
      const result = await api().invoke('logs.context', { id: context.anchor.id, before, after, auto: true });
      if (get().discoverContext?.context.anchor.id !== context.anchor.id) return;
      set({ discoverContext: result.ok ? { context: result.value } : { context } });
      if (!result.ok) set({ error: result.error.message });
    },
    closeDiscoverContext() {
      set({ discoverContext: undefined });
    },
    setDiscoverVisualized(field) {
      set({ discoverVisualized: field });
    },
    resetDiscover() {
      ticket++;
      pending = new Set();
      set({ ...initial });
    },
  };
};
