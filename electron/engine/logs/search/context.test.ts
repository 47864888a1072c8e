import { describe, expect, it } from 'vitest';
import { surrounding } from './context';
import { logEvent, storeOf } from './testing';

const store = storeOf(Array.from({ length: 6 }, (_, i) => logEvent(i * 1000, { message: `m${i}` })));

describe('surrounding', () => {
  it('gives the older events nearest last and the newer nearest first, with whether more exist', () => {
    const ctx = surrounding(store, 3, 2, 1)!;
    expect(ctx.anchor.event.message).toBe('m3');
    expect(ctx.before.map((h) => [h.id, h.event.message])).toEqual([
      [1, 'm1'],
      [2, 'm2'],
    ]);
    expect(ctx.after.map((h) => h.id)).toEqual([4]);
    expect([ctx.moreBefore, ctx.moreAfter]).toEqual([true, true]);
  });

  it('stops at both ends of the store', () => {
    const first = surrounding(store, 0, 5, 5)!;
    expect(first.before).toEqual([]);
    expect(first.after.map((h) => h.id)).toEqual([1, 2, 3, 4, 5]);
    expect([first.moreBefore, first.moreAfter]).toEqual([false, false]);
    const last = surrounding(store, 5, 1, 5)!;
    expect(last.before.map((h) => h.id)).toEqual([4]);
    expect(last.after).toEqual([]);
    expect([last.moreBefore, last.moreAfter]).toEqual([true, false]);
  });

  it('is undefined for an id not held, and starts at the oldest event retention kept', () => {
    expect(surrounding(store, 6, 1, 1)).toBeUndefined();
    expect(surrounding(store, -1, 1, 1)).toBeUndefined();
    const dropped = storeOf(Array.from({ length: 6 }, (_, i) => logEvent(i * 1000)), 4);
    expect(surrounding(dropped, 1, 1, 1)).toBeUndefined();
    const oldest = surrounding(dropped, 2, 3, 0)!;
    expect(oldest.before).toEqual([]);
    expect(oldest.moreBefore).toBe(false);
  });
});
