import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

/** POSIX single-quoting: wrap in '…' and write each ' as '\'' (close, escaped quote, reopen). */
function singleQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Double-quoting: inside "…" only $ ` " and \ need a backslash. */
function doubleQuote(word: string): string {
  return `"${word.replace(/[$`"\\]/g, (c) => `\\${c}`)}"`;
}

describe('tokenize', () => {
  it.each([
    ['kubectl get pods', ['kubectl', 'get', 'pods']],
    ['  kubectl\tget   pods  ', ['kubectl', 'get', 'pods']],
    ['', []],
    ['   ', []],
    ['echo "a b"', ['echo', 'a b']],
    ["echo 'a \"b\"'", ['echo', 'a "b"']],
    ['echo "it\'s"', ['echo', "it's"]],
    ['echo "a \\"b\\""', ['echo', 'a "b"']],
    ["echo 'a\\b'", ['echo', 'a\\b']],
    ['echo "a\\b"', ['echo', 'a\\b']],
    ['echo "a\\\\b"', ['echo', 'a\\b']],
    ['echo "a\\\nb"', ['echo', 'ab']],
    ['echo "\\$HOME"', ['echo', '$HOME']],
    ['a\\ b', ['a b']],
    ['\\"x', ['"x']],
    ['""', ['']],
    ["x '' y", ['x', '', 'y']],
    ['a""b', ['ab']],
    ["pre'mid'\"post\"", ['premidpost']],
  ])('%j → %j', (line, words) => expect(tokenize(line)).toEqual({ ok: true, words }));

  it.each([
    ['echo "abc', '"'],
    ["echo 'abc", "'"],
    ['echo "it\'s', '"'],
  ])('reports the unmatched quote in %j as bash does', (line, quote) => {
    expect(tokenize(line)).toEqual({ ok: false, reason: `unexpected EOF while looking for matching \`${quote}'` });
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (line) => {
        const result = tokenize(line);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('splits plain words on blanks', () => {
    const word = fc.stringMatching(/^[a-z0-9./=:-]+$/);
    fc.assert(fc.property(fc.array(word), (words) => {
        expect(tokenize(words.join(' '))).toEqual({ ok: true, words });
      }));
  });

  it('gives back any words written single-quoted', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary' })), (words) => {
        expect(tokenize(words.map(singleQuote).join(' '))).toEqual({ ok: true, words });
      }));
  });

  it('gives back any words written double-quoted', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary' })), (words) => {
        expect(tokenize(words.map(doubleQuote).join(' '))).toEqual({ ok: true, words });
      }));
  });
});
