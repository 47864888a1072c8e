import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '.';
import type { Store } from '.';

let store: Store;
let clock = 0;

beforeEach(() => {
  clock = 0;
  store = openStore(':memory:', () => `2026-01-01T00:00:0${clock++}.000Z`);
});
afterEach(() => store.close());

describe('saved searches', () => {
  it('keeps one search per learner and name; saving a name again replaces it', () => {
    const ann = store.learners.ensure('ann');
    const bob = store.learners.ensure('bob');
    const first = store.savedSearches.save(ann, { name: 'Errors', query: 'log.level:error', columns: [] });
    const replaced = store.savedSearches.save(ann, { name: 'Errors', query: 'log.level:(error or fatal)', columns: ['message', 'host.name'], time: { from: 'now-1h', to: 'now' } });
    store.savedSearches.save(bob, { name: 'Errors', query: 'bob', columns: [] });

    expect(replaced.savedAt > first.savedAt).toBe(true);
    expect(store.savedSearches.list(ann)).toEqual([
      { name: 'Errors', query: 'log.level:(error or fatal)', columns: ['message', 'host.name'], time: { from: 'now-1h', to: 'now' }, savedAt: replaced.savedAt },
    ]);
    expect(store.savedSearches.list(bob).map((s) => s.query)).toEqual(['bob']);
  });

  it('lists by name regardless of case, without a time range when saved without one', () => {
    const ann = store.learners.ensure('ann');
    for (const name of ['beta', 'Alpha', 'gamma']) store.savedSearches.save(ann, { name, query: name, columns: [] });
    const listed = store.savedSearches.list(ann);
    expect(listed.map((s) => s.name)).toEqual(['Alpha', 'beta', 'gamma']);
    expect(listed[0]).not.toHaveProperty('time');
  });

  it('deletes by name and says whether anything was deleted', () => {
    const ann = store.learners.ensure('ann');
    store.savedSearches.save(ann, { name: 'Errors', query: 'x', columns: [] });
    expect(store.savedSearches.remove(ann, 'Errors')).toBe(true);
    expect(store.savedSearches.remove(ann, 'Errors')).toBe(false);
    expect(store.savedSearches.list(ann)).toEqual([]);
  });
});
