import { describe, expect, it } from 'vitest';
import { formatTable, humanDuration } from './table';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;
const Y = 365 * D;

// Expected values follow k8s.io/apimachinery/pkg/util/duration.HumanDuration: seconds are truncated
// toward zero; up to 1s in the future reads "0s"; below 2m seconds; below 10m minutes and seconds;
// below 3h minutes; below 8h hours and minutes; below 48h hours; below 8d days and hours; below 2y
// days; below 8y years and days (just years when the days are 0); then years.
describe('humanDuration', () => {
  it.each([
    [-2 * S, '<invalid>'],
    [-1.5 * S, '0s'],
    [-1 * S, '0s'],
    [-1, '0s'],
    [0, '0s'],
    [999, '0s'],
    [59 * S, '59s'],
    [119 * S + 999, '119s'],
    [2 * M, '2m'],
    [2 * M + 30 * S, '2m30s'],
    [9 * M + 59 * S, '9m59s'],
    [10 * M, '10m'],
    [10 * M + 59 * S, '10m'],
    [179 * M + 59 * S, '179m'],
    [3 * H, '3h'],
    [3 * H + 30 * M, '3h30m'],
    [7 * H + 59 * M + 59 * S, '7h59m'],
    [8 * H, '8h'],
    [24 * H + 60 * S, '24h'],
    [47 * H + 59 * M, '47h'],
    [2 * D, '2d'],
    [2 * D + H, '2d1h'],
    [7 * D + 23 * H + 59 * M, '7d23h'],
    [8 * D, '8d'],
    [729 * D + 23 * H, '729d'],
    [2 * Y, '2y'],
    [2 * Y + D, '2y1d'],
    [7 * Y + 364 * D, '7y364d'],
    [8 * Y, '8y'],
    [10 * Y + 100 * D, '10y'],
  ])('%d ms → %s', (ms, text) => expect(humanDuration(ms)).toBe(text));
});

describe('formatTable', () => {
  it('pads every column but the last to its widest cell plus three spaces', () => {
    const text = formatTable([
      ['NAME', 'READY', 'AGE'],
      ['checkout-abc', '1/1', '5m'],
      ['db', '0/1', '24h'],
    ]);
    expect(text.split('\n')).toEqual([
      `${'NAME'.padEnd(12 + 3)}${'READY'.padEnd(5 + 3)}AGE`,
      `${'checkout-abc'.padEnd(15)}${'1/1'.padEnd(8)}5m`,
      `${'db'.padEnd(15)}${'0/1'.padEnd(8)}24h`,
    ]);
  });

  it('leaves no trailing spaces and prints nothing for no rows', () => {
    expect(formatTable([['A', 'LONG-HEADER'], ['x', 'y']]).split('\n').every((line) => line === line.trimEnd())).toBe(true);
    expect(formatTable([])).toBe('');
  });
});
