import { describe, expect, it } from 'vitest';
import { absoluteRange, formatAbsolute, popHistory, pushHistory, zoomOut } from './zoom';

describe('zoom', () => {
  it('doubles the range around its middle', () => {
    // 10:00–10:30 → 09:45–10:45
    const from = Date.UTC(2026, 0, 1, 10, 0);
    const to = Date.UTC(2026, 0, 1, 10, 30);
    expect(zoomOut({ from, to })).toEqual({ from: Date.UTC(2026, 0, 1, 9, 45), to: Date.UTC(2026, 0, 1, 10, 45) });
  });

  it('writes absolute times in UTC as the picker reads them', () => {
    expect(formatAbsolute(Date.UTC(2026, 10, 27, 3, 4, 5, 678))).toBe('2026-11-27 03:04:05');
    expect(absoluteRange({ from: 0, to: 60_000 })).toEqual({ from: '1970-01-01 00:00:00', to: '1970-01-01 00:01:00' });
  });

  it('goes back through the ranges in reverse order and stops when empty', () => {
    let history = pushHistory([], { from: 'now-1h', to: 'now' });
    history = pushHistory(history, { from: 'now-2h', to: 'now' });
    const first = popHistory(history)!;
    expect(first.range).toEqual({ from: 'now-2h', to: 'now' });
    const second = popHistory(first.history)!;
    expect(second.range).toEqual({ from: 'now-1h', to: 'now' });
    expect(popHistory(second.history)).toBeUndefined();
  });

  it('keeps only the last 20 ranges', () => {
    let history: { from: string; to: string }[] = [];
    for (let i = 0; i < 25; i++) history = pushHistory(history, { from: `now-${i}m`, to: 'now' });
    expect(history).toHaveLength(20);
    expect(history[0]!.from).toBe('now-5m');
  });
});
