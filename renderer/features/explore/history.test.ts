import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToHistory, HISTORY_LIMIT, historyKey, parseStoredHistory } from './history';

describe('addToHistory', () => {
  it('puts the newest query first and moves a repeated one to the front', () => {
    expect(addToHistory(['b', 'a'], 'c')).toEqual(['c', 'b', 'a']);
    expect(addToHistory(['b', 'a'], 'a')).toEqual(['a', 'b']);
  });

  it('ignores blank queries and trims the one it keeps', () => {
    expect(addToHistory(['a'], '   ')).toEqual(['a']);
    expect(addToHistory(['a'], '  up \n')).toEqual(['up', 'a']);
  });

  it('keeps at most the limit, dropping the oldest', () => {
    const full = Array.from({ length: HISTORY_LIMIT }, (_, i) => `q${i}`);
    const next = addToHistory(full, 'new');
    expect(next).toHaveLength(50);
    expect(next[0]).toBe('new');
    expect(next).not.toContain(`q${HISTORY_LIMIT - 1}`);
  });

  it('never holds a duplicate nor exceeds the limit, whatever is run', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('up', 'a', ' a', 'rate(x[5m])', '', 'b'), { maxLength: 80 }), fc.integer({ min: 1, max: 10 }), (runs, limit) => {
        const history = runs.reduce<string[]>((h, q) => addToHistory(h, q, limit), []);
        expect(new Set(history).size).toBe(history.length);
        expect(history.length).toBeLessThanOrEqual(limit);
        const last = runs.filter((q) => q.trim() !== '').at(-1);
        if (last !== undefined) expect(history[0]).toBe(last.trim());
      }),
    );
  });
});

describe('parseStoredHistory', () => {
  it('reads back what was stored', () => {
    expect(parseStoredHistory(JSON.stringify(['b', 'a']))).toEqual(['b', 'a']);
  });

  it('survives missing, broken or foreign values', () => {
    expect(parseStoredHistory(null)).toEqual([]);
    expect(parseStoredHistory('{not json')).toEqual([]);
    expect(parseStoredHistory('{"a":1}')).toEqual([]);
    expect(parseStoredHistory(JSON.stringify(['up', 3, null, 'up', 'x']))).toEqual(['up', 'x']);
  });

  it('keys each scenario apart', () => {
    expect(historyKey('a')).not.toBe(historyKey('b'));
  });
});
