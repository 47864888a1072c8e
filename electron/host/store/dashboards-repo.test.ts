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

const board = (uid: string, title: string) => ({ uid, title, json: JSON.stringify({ uid, title }) });

describe('saved dashboards', () => {
  it('keeps one copy per learner, scenario and uid; a second save replaces the first', () => {
    const ann = store.learners.ensure('ann');
    const bob = store.learners.ensure('bob');
    store.dashboards.save(ann, 'checkout', board('overview', 'Overview'));
    const second = store.dashboards.save(ann, 'checkout', board('overview', 'Overview v2'));
    store.dashboards.save(bob, 'checkout', board('overview', 'Bob'));
    store.dashboards.save(ann, 'search', board('overview', 'Other scenario'));

    const anns = store.dashboards.list(ann, 'checkout');
    expect(anns).toHaveLength(1);
    expect(anns[0]).toMatchObject({ uid: 'overview', title: 'Overview v2', savedAt: second });
    expect(JSON.parse(anns[0]!.json)).toEqual({ uid: 'overview', title: 'Overview v2' });
    expect(store.dashboards.find(bob, 'checkout', 'overview')?.title).toBe('Bob');
    expect(store.dashboards.find(ann, 'search', 'overview')?.title).toBe('Other scenario');
  });

  it('lists in the order first saved and removes only the named copy', () => {
    const ann = store.learners.ensure('ann');
    store.dashboards.save(ann, 's', board('b', 'B'));
    store.dashboards.save(ann, 's', board('a', 'A'));
    store.dashboards.save(ann, 's', board('b', 'B again'));
    expect(store.dashboards.list(ann, 's').map((d) => d.uid)).toEqual(['b', 'a']);
    expect(store.dashboards.remove(ann, 's', 'b')).toBe(true);
    expect(store.dashboards.remove(ann, 's', 'b')).toBe(false);
    expect(store.dashboards.list(ann, 's').map((d) => d.uid)).toEqual(['a']);
  });
});
