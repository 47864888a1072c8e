import { describe, expect, it } from 'vitest';
import { bucketName, firstBucketStart, hitCount, intervalLabel } from './histogram-format';

describe('histogram labels', () => {
  const cases: [ms: number, label: string][] = [
    [100, 'per 100 milliseconds'],
    [1000, 'per second'],
    [30_000, 'per 30 seconds'],
    [60_000, 'per minute'],
    [90_000, 'per 90 seconds'],
    [300_000, 'per 5 minutes'],
    [10_800_000, 'per 3 hours'],
    [86_400_000, 'per day'],
    [604_800_000, 'per 7 days'],
  ];
  it.each(cases)('%i ms → %s', (ms, label) => expect(intervalLabel(ms)).toBe(label));

  it('names a bar by its time span and count', () => {
    const start = Date.UTC(2026, 0, 1, 10, 1, 30);
    expect(bucketName(start, 30_000, 42)).toBe('10:01:30 to 10:02:00: 42 hits');
    expect(bucketName(start, 30_000, 1)).toBe('10:01:30 to 10:02:00: 1 hit');
    expect(bucketName(Date.UTC(2026, 0, 1), 86_400_000, 1234)).toBe('2026-01-01 to 2026-01-02: 1,234 hits');
  });

  it('counts hits with thousands separators', () => {
    expect(hitCount(1234567)).toBe('1,234,567 hits');
    expect(hitCount(1)).toBe('1 hit');
  });
});

describe('firstBucketStart', () => {
  it('aligns the range start down to the interval, and leaves an aligned one', () => {
    const t = Date.UTC(2026, 2, 13, 9, 30, 9);
    expect(firstBucketStart(t, 30_000)).toBe(Date.UTC(2026, 2, 13, 9, 30, 0));
    expect(firstBucketStart(Date.UTC(2026, 2, 13, 9, 30), 60_000)).toBe(Date.UTC(2026, 2, 13, 9, 30));
  });
});
