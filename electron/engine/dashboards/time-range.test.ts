import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRange, parseTimeExpr, QUICK_RANGES, REFRESH_INTERVALS, resolveRange } from './time-range';

// Wednesday 2024-03-13 14:37:25.500 UTC.
const NOW = Date.UTC(2024, 2, 13, 14, 37, 25, 500);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('parseTimeExpr', () => {
  it('reads relative date math', () => {
    expect(parseTimeExpr('now', NOW, false)).toBe(NOW);
    expect(parseTimeExpr('now-15m', NOW, false)).toBe(NOW - 15 * MINUTE);
    expect(parseTimeExpr('now+5m', NOW, false)).toBe(NOW + 5 * MINUTE);
    expect(parseTimeExpr('now-2w', NOW, false)).toBe(NOW - 14 * DAY);
    expect(parseTimeExpr('now-d', NOW, false)).toBe(NOW - DAY);
  });

  it('rounds to a unit: down for from, to the unit end for to', () => {
    expect(parseTimeExpr('now/d', NOW, false)).toBe(Date.UTC(2024, 2, 13));
    expect(parseTimeExpr('now/d', NOW, true)).toBe(Date.UTC(2024, 2, 14) - 1);
    expect(parseTimeExpr('now-1h/h', NOW, false)).toBe(Date.UTC(2024, 2, 13, 13));
    expect(parseTimeExpr('now-7d/d', NOW, false)).toBe(Date.UTC(2024, 2, 6));
    expect(parseTimeExpr('now/w', NOW, false)).toBe(Date.UTC(2024, 2, 10));
    expect(parseTimeExpr('now/M', NOW, true)).toBe(Date.UTC(2024, 3, 1) - 1);
    expect(parseTimeExpr('now/y', NOW, false)).toBe(Date.UTC(2024, 0, 1));
  });

  it('adds calendar months, clamping the day', () => {
    const endOfJanuary = Date.UTC(2024, 0, 31, 12);
    expect(parseTimeExpr('now+1M', endOfJanuary, false)).toBe(Date.UTC(2024, 1, 29, 12));
    expect(parseTimeExpr('now-1y', NOW, false)).toBe(Date.UTC(2023, 2, 13, 14, 37, 25, 500));
  });

  it('reads absolute times in UTC', () => {
    expect(parseTimeExpr('2024-03-13 10:00:00', NOW, false)).toBe(Date.UTC(2024, 2, 13, 10));
    expect(parseTimeExpr('2024-03-13', NOW, false)).toBe(Date.UTC(2024, 2, 13));
    expect(parseTimeExpr('2024-03-13T10:00:00Z', NOW, false)).toBe(Date.UTC(2024, 2, 13, 10));
    expect(parseTimeExpr('2024-03-13T10:00:00+02:00', NOW, false)).toBe(Date.UTC(2024, 2, 13, 8));
    expect(parseTimeExpr('1710340645000', NOW, false)).toBe(1710340645000);
  });

  it('rejects what it cannot read', () => {
    for (const text of ['', 'now-', 'now-5x', 'now/', 'yesterday', '2024-02-31', '2024-03-13 25:00:00', 'now-1h junk']) {
      expect(parseTimeExpr(text, NOW, false)).toBeUndefined();
    }
  });

  it('now-N<unit> is now minus N units', () => {
    const sizes = { s: 1000, m: MINUTE, h: HOUR, d: DAY, w: 7 * DAY };
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(...(Object.keys(sizes) as (keyof typeof sizes)[])), (n, unit) => {
      expect(parseTimeExpr(`now-${n}${unit}`, NOW, false)).toBe(NOW - n * sizes[unit]);
    }));
  });
});

describe('resolveRange', () => {
  it('resolves both ends', () => {
    expect(resolveRange({ from: 'now-1h', to: 'now' }, NOW)).toEqual({ from: NOW - HOUR, to: NOW });
    expect(resolveRange({ from: 'now/d', to: 'now/d' }, NOW)).toEqual({ from: Date.UTC(2024, 2, 13), to: Date.UTC(2024, 2, 14) - 1 });
  });

  it('explains bad ranges', () => {
    expect(resolveRange({ from: 'soon', to: 'now' }, NOW)).toEqual({ error: 'invalid "from" time: soon' });
    expect(resolveRange({ from: 'now', to: 'now-1h' }, NOW)).toEqual({ error: '"from" must be before "to"' });
  });
});

describe('describeRange and the pickers', () => {
  it('names quick ranges and other relative ranges', () => {
    expect(describeRange({ from: 'now-15m', to: 'now' })).toBe('Last 15 minutes');
    expect(describeRange({ from: 'now-90m', to: 'now' })).toBe('Last 90 minutes');
    expect(describeRange({ from: 'now-1d', to: 'now' })).toBe('Last 1 day');
    expect(describeRange({ from: '2024-03-13 10:00:00', to: 'now' })).toBe('2024-03-13 10:00:00 to now');
  });

  it('offers five minutes to seven days and the default refresh choices', () => {
    expect(QUICK_RANGES[0]!.from).toBe('now-5m');
    expect(QUICK_RANGES.map((r) => r.from)).toContain('now-24h');
    expect(QUICK_RANGES.at(-1)!.from).toBe('now-7d');
    expect(REFRESH_INTERVALS).toEqual(['5s', '10s', '30s', '1m', '5m', '15m', '30m', '1h', '2h', '1d']);
  });
});
