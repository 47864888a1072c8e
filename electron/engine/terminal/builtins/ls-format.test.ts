import { describe, expect, it } from 'vitest';
import { columns, humanSize, lsTime } from './ls-format';

describe('ls formatting', () => {
  it.each([
    [0, '0'],
    [1023, '1023'],
    [1024, '1.0K'],
    [1025, '1.1K'],
    [4096, '4.0K'],
    [10 * 1024, '10K'],
    [10239, '10K'],
    [1536 * 1024, '1.5M'],
    [5 * 1024 ** 3, '5.0G'],
  ])('humanSize(%i) = %s', (bytes, text) => expect(humanSize(bytes)).toBe(text));

  it('shows the time for recent files and the year for old ones', () => {
    const now = Date.UTC(2026, 2, 13, 10, 0);
    expect(lsTime(Date.UTC(2026, 2, 3, 9, 5), now)).toBe('Mar  3 09:05');
    expect(lsTime(Date.UTC(2025, 6, 1), now)).toBe('Jul  1  2025');
    expect(lsTime(Date.UTC(2026, 5, 1), now)).toBe('Jun  1  2026');
  });

  it('fills columns top to bottom within 80 characters', () => {
    expect(columns(['a', 'bb', 'c'])).toEqual(['a  bb  c']);
    const names = Array.from({ length: 12 }, (_, i) => `service-${String(i).padStart(2, '0')}.log`);
    expect(columns(names)).toEqual([
      'service-00.log  service-03.log  service-06.log  service-09.log',
      'service-01.log  service-04.log  service-07.log  service-10.log',
      'service-02.log  service-05.log  service-08.log  service-11.log',
    ]);
    expect(columns(['x'.repeat(100), 'y'])).toEqual(['x'.repeat(100), 'y']);
  });
});
