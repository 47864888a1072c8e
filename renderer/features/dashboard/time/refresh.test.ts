import { describe, expect, it } from 'vitest';
import { intervalMs, refreshDue } from './refresh';

describe('refresh in sim time', () => {
  it('reads Grafana’s refresh intervals', () => {
    expect(intervalMs('5s')).toBe(5000);
    expect(intervalMs('15m')).toBe(900_000);
    expect(intervalMs('1d')).toBe(86_400_000);
    expect(intervalMs('soon')).toBeUndefined();
  });

  it('is due once the sim clock passed the interval since the last refresh', () => {
    expect(refreshDue('30s', 60_000, 89_999)).toBe(false);
    expect(refreshDue('30s', 60_000, 90_000)).toBe(true);
  });

  it('never refreshes when off, and on every move of the clock when live', () => {
    expect(refreshDue('off', 0, 10 ** 9)).toBe(false);
    expect(refreshDue('live', 1000, 1000)).toBe(false);
    expect(refreshDue('live', 1000, 1001)).toBe(true);
  });
});
