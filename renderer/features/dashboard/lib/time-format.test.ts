import { describe, expect, it } from 'vitest';
import { formatTimeTick, formatTimestamp } from './time-format';

const t = Date.UTC(2026, 0, 2, 3, 4, 5);

describe('time formatting', () => {
  it('writes UTC timestamps in ISO order', () => {
    expect(formatTimestamp(t)).toBe('2026-01-02 03:04:05');
  });

  it('picks tick precision from the span', () => {
    expect(formatTimeTick(t, 60_000)).toBe('03:04:05');
    expect(formatTimeTick(t, 3_600_000)).toBe('03:04');
    expect(formatTimeTick(t, 3 * 86_400_000)).toBe('01-02 03:04');
  });
});
