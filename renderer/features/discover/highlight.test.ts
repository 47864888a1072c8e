import { describe, expect, it } from 'vitest';
import { splitHighlights } from './highlight';

const render = (text: string, ranges?: [number, number][]) =>
  splitHighlights(text, ranges)
    .map((p) => (p.mark ? `[${p.text}]` : p.text))
    .join('');

describe('splitHighlights', () => {
  const cases: [text: string, ranges: [number, number][] | undefined, expected: string][] = [
    ['connection refused', undefined, 'connection refused'],
    ['connection refused', [], 'connection refused'],
    ['connection refused', [[11, 18]], 'connection [refused]'],
    ['connection refused', [[0, 10]], '[connection] refused'],
    ['timeout after timeout', [[14, 21], [0, 7]], '[timeout] after [timeout]'],
    ['abcdef', [[1, 3], [2, 5]], 'a[bcde]f'],
    ['abcdef', [[1, 3], [3, 4]], 'a[bcd]ef'],
    ['abc', [[2, 99]], 'ab[c]'],
    ['abc', [[-4, 1]], '[a]bc'],
    ['abc', [[2, 2]], 'abc'],
  ];
  it.each(cases)('%j with %j → %s', (text, ranges, expected) => {
    expect(render(text, ranges)).toBe(expected);
  });

  it('keeps an empty text as one plain piece', () => {
    expect(splitHighlights('', [[0, 3]])).toEqual([{ text: '', mark: false }]);
  });
});
