import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate, parseDateMath } from './date-math';

/** Friday 2026-03-13 10:05:00 UTC. */
const NOW = Date.UTC(2026, 2, 13, 10, 5, 0);
const down = (text: string) => parseDateMath(text, { nowMs: NOW, roundUp: false });
const up = (text: string) => parseDateMath(text, { nowMs: NOW, roundUp: true });

describe('parseDateMath', () => {
  it.each<[string, number | undefined, number | undefined]>([
    // [expression, rounded down (gte, lt), rounded up (gt, lte)]
    ['now', NOW, NOW],
    ['now-15m', NOW - 15 * 60_000, NOW - 15 * 60_000],
    ['now+1h', NOW + 3_600_000, NOW + 3_600_000],
    ['now-d', NOW - 86_400_000, NOW - 86_400_000],
    ['now/d', Date.UTC(2026, 2, 13), Date.UTC(2026, 2, 13, 23, 59, 59, 999)],
    ['now-1d/d', Date.UTC(2026, 2, 12), Date.UTC(2026, 2, 12, 23, 59, 59, 999)],
    ['now/w', Date.UTC(2026, 2, 9), Date.UTC(2026, 2, 15, 23, 59, 59, 999)],
    ['now/M', Date.UTC(2026, 2, 1), Date.UTC(2026, 2, 31, 23, 59, 59, 999)],
    ['now/y', Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31, 23, 59, 59, 999)],
    ['now/H', Date.UTC(2026, 2, 13, 10), Date.UTC(2026, 2, 13, 10, 59, 59, 999)],
    ['now-1y/M', Date.UTC(2025, 2, 1), Date.UTC(2025, 2, 31, 23, 59, 59, 999)],
    ['2022-02-17||+1M/d', Date.UTC(2022, 2, 17), Date.UTC(2022, 2, 17, 23, 59, 59, 999)],
    ['2020-01-31||+1M', Date.UTC(2020, 1, 29), Date.UTC(2020, 1, 29)],
    ['2021-01||/M', Date.UTC(2021, 0, 1), Date.UTC(2021, 0, 31, 23, 59, 59, 999)],
    // Missing components: rounding up fills month and day with 01 and the time with 23:59:59.999 (ES docs).
    ['2021', Date.UTC(2021, 0, 1), Date.UTC(2021, 0, 1, 23, 59, 59, 999)],
    ['2021-01', Date.UTC(2021, 0, 1), Date.UTC(2021, 0, 1, 23, 59, 59, 999)],
    ['2021-06-15', Date.UTC(2021, 5, 15), Date.UTC(2021, 5, 15, 23, 59, 59, 999)],
    ['2021-06-15T08', Date.UTC(2021, 5, 15, 8), Date.UTC(2021, 5, 15, 8, 59, 59, 999)],
    ['2021-06-15T08:30:00', Date.UTC(2021, 5, 15, 8, 30), Date.UTC(2021, 5, 15, 8, 30, 0, 999)],
    ['2026-03-13T10:02:30.250Z', Date.UTC(2026, 2, 13, 10, 2, 30, 250), Date.UTC(2026, 2, 13, 10, 2, 30, 250)],
    ['2026-03-13T10:02:30+02:00', Date.UTC(2026, 2, 13, 8, 2, 30), Date.UTC(2026, 2, 13, 8, 2, 30, 999)],
    ['2026-03-13T10:02:30.5-0130', Date.UTC(2026, 2, 13, 11, 32, 30, 500), Date.UTC(2026, 2, 13, 11, 32, 30, 500)],
    // Years below 100 are themselves (Date.UTC alone would read 0050 as 1950).
    ['0050-01-01', new Date('0050-01-01T00:00:00Z').getTime(), new Date('0050-01-01T23:59:59.999Z').getTime()],
    // Epoch milliseconds (the field's second format).
    ['1773360000000', Date.UTC(2026, 2, 13), Date.UTC(2026, 2, 13)],
    ['-1000', -1000, -1000],
    // Not date math: ES would reject the query; here the value is undefined.
    ['now+', undefined, undefined],
    ['now-1x', undefined, undefined],
    ['now/d+', undefined, undefined],
    ['now 1d', undefined, undefined],
    ['Now', undefined, undefined],
    ['2021-13', undefined, undefined],
    ['2021-02-29', undefined, undefined],
    ['2021-06-15T24:00', undefined, undefined],
    ['21-06-15', undefined, undefined],
    ['yesterday', undefined, undefined],
    ['||+1d', undefined, undefined],
    ['2021||', Date.UTC(2021, 0, 1), Date.UTC(2021, 0, 1)],
  ])('%j', (text, expectedDown, expectedUp) => {
    expect(down(text)).toBe(expectedDown);
    expect(up(text)).toBe(expectedUp);
  });

  it('has no value for now when no clock is given', () => {
    expect(parseDateMath('now-15m', { roundUp: false })).toBeUndefined();
    expect(parseDateMath('2021', { roundUp: true })).toBe(Date.UTC(2021, 0, 1, 23, 59, 59, 999));
  });

  it('reads a leap day in a leap year', () => {
    expect(parseDate('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
  });

  it('never throws, and any value is a finite number', () => {
    const mathish = fc.stringMatching(/^(now|20\d\d(-\d\d(-\d\d(T\d\d(:\d\d)?)?)?)?\|\|)?([+-]\d{0,12}[yMwdhHms]?|\/[yMwdhHmsx])*$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), mathish), fc.boolean(), fc.option(fc.integer({ min: -8.6e15, max: 8.6e15 }), { nil: undefined }), (text, roundUp, nowMs) => {
        const t = parseDateMath(text, { nowMs, roundUp });
        if (t !== undefined) expect(Number.isFinite(t)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
