import { beforeEach, describe, expect, it } from 'vitest';
import type { DrillView, LogContext, LogHit, LogSearchResult } from '../../electron/contract';
import { createFakeApi } from '../api/fake-api';
import { PAGE_SIZE } from '../features/discover/paging';
import { useAppStore } from './store';

const fake = createFakeApi();
const { calls, answers } = fake;

const START = Date.UTC(2026, 0, 1, 10, 0, 0);
const view = (nowMs: number) => ({ scenario: 's', startUnixMs: START, now: nowMs }) as DrillView;
const hit = (id: number): LogHit => ({ id, event: { '@timestamp': new Date(START + id).toISOString(), message: `event ${id}` } as LogHit['event'] });
/** A back end holding `total` hits, numbered newest first from `total - 1`. */
const searchOf = (total: number) => (input: unknown) => {
  const { offset = 0, limit = 100 } = input as { offset?: number; limit?: number };
  const ids = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => total - 1 - offset - i);
  const value: LogSearchResult = { total, hits: ids.map(hit), notices: [], nowMs: 0 };
  return { ok: true as const, value };
};
const queries = () => calls.filter((c) => c.method === 'logs.query').map((c) => c.input as Record<string, unknown>);
const state = () => useAppStore.getState();

beforeEach(() => {
  fake.reset({ 'logs.query': searchOf(1000) });
  useAppStore.setState({ view: view(20 * 60_000), error: undefined, dashTime: undefined, zoomHistory: [] });
  state().resetDiscover();
});

describe('discover searches', () => {
  it('searches the default last 15 minutes of sim time, applying the bar’s text, as a learner action', async () => {
    state().setDiscoverText('log.level:error');
    await state().runDiscoverSearch();
    const now = START + 20 * 60_000;
    expect(queries()).toEqual([
      { query: 'log.level:error', from: now - 15 * 60_000, to: now, limit: PAGE_SIZE, offset: 0, histogram: true, buckets: 50, fields: true, highlight: true, auto: false },
    ]);
    expect(state().discoverQuery).toBe('log.level:error');
    expect(state().discoverResult?.total).toBe(1000);
    expect(state().discoverPages[0]).toHaveLength(PAGE_SIZE);
  });

  it('an automatic search keeps the applied query, not what is half typed', async () => {
    state().setDiscoverText('service.name:web');
    await state().runDiscoverSearch();
    state().setDiscoverText('service.name:we');
    await state().runDiscoverSearch({ auto: true });
    expect(queries().map((q) => [q.query, q.auto])).toEqual([
      ['service.name:web', false],
      ['service.name:web', true],
    ]);
  });

  it('keeps the text and reports a syntax error with its position', async () => {
    answers['logs.query'] = () => ({ ok: false, error: { code: 'bad_input', message: 'Expected "(", "{", value, whitespace but end of input found.', position: { start: 9, end: 9 } } });
    state().setDiscoverText('response:');
    await state().runDiscoverSearch();
    expect(state().discoverError).toEqual({ query: 'response:', message: 'Expected "(", "{", value, whitespace but end of input found.', position: 9 });
    expect(state().discoverText).toBe('response:');
    // The failed query is not applied: filters and the tail keep using the last one that ran.
    expect(state().discoverQuery).toBe('');
    expect(state().discoverLoading).toBe(false);
  });

  it('appends a filter to the applied query and runs it', async () => {
    state().setDiscoverText('a or b');
    await state().runDiscoverSearch();
    state().setDiscoverText('something else, not applied');
    await state().addDiscoverFilter('host.name', 'web-"1"', true);
    expect(queries().at(-1)).toMatchObject({ query: '(a or b) and not host.name:"web-\\"1\\""', auto: false });
    expect(state().discoverText).toBe('(a or b) and not host.name:"web-\\"1\\""');
  });

  it('applies a saved search: query, columns and its time range', async () => {
    await state().applySavedSearch({ name: 'errors', query: 'log.level:error', columns: ['service.name', 'message'], time: { from: 'now-1h', to: 'now' }, savedAt: '' });
    expect(state().discoverColumns).toEqual(['service.name', 'message']);
    expect(state().dashTime).toEqual({ from: 'now-1h', to: 'now' });
    const now = START + 20 * 60_000;
    expect(queries().at(-1)).toMatchObject({ query: 'log.level:error', from: now - 60 * 60_000, to: now });
  });

  it('toggles columns in the order chosen, never @timestamp', () => {
    state().toggleDiscoverColumn('message');
    state().toggleDiscoverColumn('host.name');
    state().toggleDiscoverColumn('@timestamp');
    expect(state().discoverColumns).toEqual(['message', 'host.name']);
    state().toggleDiscoverColumn('message');
    expect(state().discoverColumns).toEqual(['host.name']);
  });
});

describe('discover paging', () => {
  it('fetches a page once, at its offset, over the same range and query as the search', async () => {
    state().setDiscoverText('x');
    await state().runDiscoverSearch();
    const first = queries()[0]!;
    await Promise.all([state().loadDiscoverPage(3), state().loadDiscoverPage(3)]);
    await state().loadDiscoverPage(3);
    await state().loadDiscoverPage(0);
    expect(queries().slice(1)).toEqual([{ query: 'x', from: first.from, to: first.to, limit: PAGE_SIZE, offset: 3 * PAGE_SIZE, highlight: true, auto: true }]);
    expect(state().discoverPages[3]?.[0]?.id).toBe(1000 - 1 - 3 * PAGE_SIZE);
  });

  it('drops a page that arrives after a new search replaced the rows', async () => {
    await state().runDiscoverSearch();
    let release!: () => void;
    answers['logs.query'] = (input) => new Promise((resolve) => (release = () => resolve(searchOf(1000)(input))));
    const slow = state().loadDiscoverPage(2);
    answers['logs.query'] = searchOf(50);
    await state().runDiscoverSearch();
    release();
    await slow;
    expect(state().discoverPages[2]).toBeUndefined();
    expect(state().discoverResult?.total).toBe(50);
  });
});

describe('discover live tail', () => {
  it('each tick searches again up to the sim’s now, as an automatic search', async () => {
    await state().setDiscoverTail(true);
    useAppStore.setState({ view: view(21 * 60_000) });
    await state().discoverTailTick();
    expect(queries().map((q) => [q.to, q.auto])).toEqual([
      [START + 20 * 60_000, true],
      [START + 21 * 60_000, true],
    ]);
  });

  it('pauses when the table scrolls down, counts new hits, and resumes at the top', async () => {
    await state().setDiscoverTail(true);
    const shownTo = state().discoverRange!.to;
    await state().discoverScrolled(400);
    expect(state().discoverTailPaused).toBe(true);
    answers['logs.query'] = searchOf(7);
    useAppStore.setState({ view: view(21 * 60_000) });
    await state().discoverTailTick();
    // While paused only the hits after those on screen are counted; the rows stay.
    expect(queries().at(-1)).toEqual({ query: '', from: shownTo + 1, to: START + 21 * 60_000, limit: 1, auto: true });
    expect(state().discoverNewHits).toBe(7);
    expect(state().discoverResult?.total).toBe(1000);
    await state().discoverScrolled(0);
    expect(state().discoverTailPaused).toBe(false);
    expect(state().discoverResult?.total).toBe(7);
    expect(state().discoverNewHits).toBe(0);
  });

  it('drops a tail refresh that lands after the reader scrolled away', async () => {
    await state().setDiscoverTail(true);
    let release!: () => void;
    answers['logs.query'] = (input) => new Promise((resolve) => (release = () => resolve(searchOf(1500)(input))));
    useAppStore.setState({ view: view(21 * 60_000) });
    const refresh = state().discoverTailTick();
    await state().discoverScrolled(300);
    release();
    await refresh;
    expect(state().discoverResult?.total).toBe(1000);
    expect(state().discoverLoading).toBe(false);
  });

  it('does nothing on ticks with the tail off', async () => {
    await state().discoverTailTick();
    await state().discoverScrolled(500);
    expect(queries()).toEqual([]);
    expect(state().discoverTailPaused).toBe(false);
  });
});

describe('surrounding documents', () => {
  const context = (before: number, after: number): LogContext => ({
    anchor: hit(500),
    before: Array.from({ length: before }, (_, i) => hit(499 - i)).reverse(),
    after: Array.from({ length: after }, (_, i) => hit(501 + i)),
    moreBefore: true,
    moreAfter: true,
  });
  it('opens with five each side as a learner action, then loads five more on one side automatically', async () => {
    answers['logs.context'] = (input) => {
      const { before, after } = input as { before: number; after: number };
      return { ok: true, value: context(before, after) };
    };
    state().openDiscoverDocument(hit(500));
    await state().openDiscoverContext(hit(500));
    expect(state().discoverDocument).toBeUndefined();
    await state().loadMoreDiscoverContext('before');
    expect(calls.filter((c) => c.method === 'logs.context').map((c) => c.input)).toEqual([
      { id: 500, before: 5, after: 5, auto: false },
      { id: 500, before: 10, after: 5, auto: true },
    ]);
    expect(state().discoverContext?.context.before).toHaveLength(10);
  });
});
