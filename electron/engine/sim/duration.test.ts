import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './duration';

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['4m30s', 270_000],
    ['1h30m', 5_400_000],
    ['250ms', 250],
    ['1d', 86_400_000],
  ])('parses %s', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', '5', 'm', '30s4m', '1.5h', '-1m', '4m 30s'])('rejects %j', (text) => expect(parseDuration(text)).toBeUndefined());

  it('formats back to the shortest form', () => expect(formatDuration(5_400_000)).toBe('1h30m'));
});

describe('parseDuration properties', () => {
  const units = [
    ['y', 365 * 86_400_000],
    ['w', 7 * 86_400_000],
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1_000],
    ['ms', 1],
  ] as const;

  it('never throws, and returns undefined or a whole non-negative number', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const ms = parseDuration(text);
        if (ms !== undefined) expect(Number.isInteger(ms) && ms >= 0).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('sums any units written largest first', () => {
    const parts = fc.tuple(...units.map(() => fc.option(fc.nat(999), { nil: undefined })));
    fc.assert(
      fc.property(parts, (counts) => {
        fc.pre(counts.some((n) => n !== undefined));
        const text = counts.map((n, i) => (n === undefined ? '' : `${n}${units[i]![0]}`)).join('');
        const expected = counts.reduce<number>((sum, n, i) => sum + (n ?? 0) * units[i]![1], 0);
        expect(parseDuration(text)).toBe(expected);
      }),
    );
  });

  it('reads back what formatDuration writes', () => {
    fc.assert(
      fc.property(fc.nat(), (ms) => {
        expect(parseDuration(formatDuration(ms))).toBe(ms);
      }),
    );
  });
});
