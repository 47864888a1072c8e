import { describe, expect, it } from 'vitest';
import { fieldOverTime } from './field-over-time';
import { logEvent, storeOf, T0 } from './testing';

describe('fieldOverTime', () => {
  it('counts the top values per bucket, the rest as other and hits without the field as missing', () => {
    // Over 50 s with 5 bars aimed at: 10 s buckets from T0.
    const store = storeOf([
      logEvent(1000, { 'log.level': 'error', 'service.name': 'a' }),
      logEvent(2000, { 'service.name': 'a' }),
      logEvent(3000, { 'service.name': 'b' }),
      logEvent(12_000, { 'service.name': 'a' }),
      logEvent(13_000, { 'service.name': 'c' }),
      logEvent(14_000),
      logEvent(45_000, { 'service.name': 'b' }),
    ]);
    const found = fieldOverTime(store, '', { field: 'service.name', from: T0, to: T0 + 50_000, nowMs: T0 + 60_000, top: 2, buckets: 5 });
    if (!found.ok) throw new Error(found.error.message);
    const r = found.result;
    expect(r.intervalMs).toBe(10_000);
    expect(r.series).toEqual([
      { value: 'a', counts: [2, 1, 0, 0, 0, 0] },
      { value: 'b', counts: [1, 0, 0, 0, 1, 0] },
    ]);
    expect(r.other).toEqual([0, 1, 0, 0, 0, 0]);
    expect(r.missing).toEqual([0, 1, 0, 0, 0, 0]);
  });

  it('counts only the query’s hits', () => {
    const store = storeOf([logEvent(0, { 'log.level': 'error', 'service.name': 'a' }), logEvent(1, { 'service.name': 'b' })]);
    const found = fieldOverTime(store, 'log.level:error', { field: 'service.name', nowMs: T0 + 1000, top: 5, buckets: 50 });
    if (!found.ok) throw new Error(found.error.message);
    expect(found.result.series.map((s) => [s.value, s.counts.reduce((a, b) => a + b, 0)])).toEqual([['a', 1]]);
  });
});
