import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { historyKey } from '../features/explore/history';
import { createExploreSlice } from './explore-slice';
import type { ExploreSlice } from './explore-slice';
import type { AppState } from './store';

/** A store holding only the explore slice (the slice reads and writes nothing else). */
const makeStore = () => createStore<ExploreSlice>()((set, get, api) => createExploreSlice(set as never, get as () => AppState, api as never));

let stored: Map<string, string>;
beforeEach(() => {
  stored = new Map();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('explore slice history', () => {
  it('remembers run queries per scenario, newest first, and persists them', () => {
    const store = makeStore();
    store.getState().rememberExploreQuery('a', 'up');
    store.getState().rememberExploreQuery('a', 'rate(x[5m])');
    store.getState().rememberExploreQuery('b', 'down');
    expect(store.getState().exploreHistory).toEqual({ a: ['rate(x[5m])', 'up'], b: ['down'] });
    expect(JSON.parse(stored.get(historyKey('a'))!)).toEqual(['rate(x[5m])', 'up']);
  });

  it('reads a stored history back after a reload, and ignores a corrupt one', () => {
    stored.set(historyKey('a'), JSON.stringify(['q2', 'q1']));
    stored.set(historyKey('b'), 'not json');
    const store = makeStore();
    store.getState().loadExploreHistory('a');
    store.getState().loadExploreHistory('b');
    expect(store.getState().exploreHistory).toEqual({ a: ['q2', 'q1'], b: [] });
  });

  it('keeps working in memory when storage refuses', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    });
    const store = makeStore();
    store.getState().loadExploreHistory('a');
    store.getState().rememberExploreQuery('a', 'up');
    expect(store.getState().exploreHistory.a).toEqual(['up']);
  });
});
