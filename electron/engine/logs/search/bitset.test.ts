import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Bitset } from './bitset';

/** A random set as its members, and as a Bitset. */
const sets = fc.integer({ min: 0, max: 200 }).chain((size) =>
  fc.tuple(fc.constant(size), fc.uniqueArray(fc.integer({ min: 0, max: Math.max(0, size - 1) }), { maxLength: size })),
);

function bitsetOf(size: number, members: number[]): Bitset {
  const set = new Bitset(size);
  for (const m of members) set.set(m);
  return set;
}

describe('Bitset', () => {
  it('counts any range, and pages from the top skipping whole words', () => {
    fc.assert(
      fc.property(sets, fc.nat(250), fc.nat(250), fc.nat(250), ([size, members], a, b, skip) => {
        const set = bitsetOf(size, size === 0 ? [] : members);
        const sorted = (size === 0 ? [] : members).sort((x, y) => x - y);
        const [start, end] = [Math.min(a, b, size), Math.min(Math.max(a, b), size)];
        expect(set.countRange(start, end)).toBe(sorted.filter((m) => m >= start && m < end).length);
        expect([...set.descending(skip)]).toEqual([...sorted].reverse().slice(skip));
        expect([...set.ascending()]).toEqual(sorted);
      }),
    );
  });

  it('complements within its size only', () => {
    const set = Bitset.full(37).not();
    expect(set.count()).toBe(0);
    expect(bitsetOf(37, [0, 36]).not().count()).toBe(35);
  });

  it('combines with and, or and andNot', () => {
    const a = bitsetOf(70, [1, 33, 69]);
    const b = bitsetOf(70, [33, 40]);
    expect([...a.copy().and(b).ascending()]).toEqual([33]);
    expect([...a.copy().or(b).ascending()]).toEqual([1, 33, 40, 69]);
    expect([...a.copy().andNot(b).ascending()]).toEqual([1, 69]);
  });
});
