import { describe, expect, it } from 'vitest';
import { histogramInterval } from './histogram';
import { searchLogs } from './execute';
import { logEvent, storeOf, T0 } from './testing';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('histogramInterval (Kibana auto interval: 50 bars aimed at, 100 at most)', () => {
  it.each([
    ['1 second', S, 100],
    ['1 minute', M, S],
    ['5 minutes', 5 * M, 5 * S],
    ['15 minutes', 15 * M, 30 * S],
    ['1 hour', H, M],
    ['4 hours', 4 * H, 5 * M],
    ['12 hours', 12 * H, 10 * M],
    ['24 hours', D, 30 * M],
    ['7 days', 7 * D, 3 * H],
    ['30 days', 30 * D, 12 * H],
    ['90 days', 90 * D, D],
    ['1 year', 365 * D, 7 * D],
    ['5 years', 5 * 365 * D, 30 * D],
    ['50 years', 50 * 365 * D, 365 * D],
  ])('%s → the nice step', (_name, span, expected) => {
    expect(histogramInterval(T0, T0 + span)).toBe(expected);
  });

  it('widens the step when the rounded one would draw more than maxBars bars', () => {
    // 4 minutes / 50 = 4.8 s rounds to 1 s: 240 bars, over 100, so the next step that fits is 5 s (48 bars).
    expect(histogramInterval(T0, T0 + 4 * M)).toBe(5 * S);
    expect(histogramInterval(T0, T0 + 4 * M, 50, 300)).toBe(S);
  });

  it('takes a smaller bar target for fewer, wider bars', () => {
    expect(histogramInterval(T0, T0 + H, 10)).toBe(5 * M);
  });
});

describe('the hit histogram', () => {
  it('counts hits per bucket aligned to the interval in UTC, the range inclusive at both ends', () => {
    // 15 minutes → 30 s buckets; the range starts 10 s into a bucket, so the first bucket starts before it.
    const store = storeOf([logEvent(10 * S), logEvent(29_999), logEvent(30 * S), logEvent(15 * M + 10 * S), logEvent(15 * M + 11 * S)]);
    const found = searchLogs(store, '', { from: T0 + 10 * S, to: T0 + 15 * M + 10 * S, nowMs: T0 + 20 * M, limit: 0, histogram: { buckets: 50 } });
    if (!found.ok) throw new Error(found.error.message);
    const h = found.result.histogram!;
    expect(h.intervalMs).toBe(30 * S);
    expect(h.counts.length).toBe(31);
    expect(h.counts[0]).toBe(2);
    expect(h.counts[1]).toBe(1);
    expect(h.counts[30]).toBe(1);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(found.result.total);
  });
});
