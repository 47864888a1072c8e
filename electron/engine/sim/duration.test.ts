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
