import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completionContext } from './context';
import { diagnose } from './diagnose';
import { highlight } from './highlight';

const FRAGMENTS = [
  'sum', 'by', '(', ')', '{', '}', '[', ']', ',', ':', 'foo', 'rate', '5m', '1', '"a"', "'b", '`c', '"\\', '=~', '!~', '=', '!=',
  'on', 'offset', '@', '#', '\n', ' ', 'é', '\ud800', '😀', '$', 'job="', 'x{', '.5', '1e',
];
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 16 }).map((parts) => parts.join('')),
);

describe('editor support on arbitrary text', () => {
  it('highlight tokens concatenate back to the text, contiguous and non-empty', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = highlight(text);
        expect(tokens.map((t) => text.slice(t.from, t.to)).join('')).toBe(text);
        let at = 0;
        for (const t of tokens) {
          expect(t.from).toBe(at);
          expect(t.to).toBeGreaterThan(t.from);
          at = t.to;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('completionContext never throws and its span holds the cursor', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), (text, n) => {
        const cursor = n % (text.length + 1);
        const context = completionContext(text, cursor);
        if (context) {
          expect(context.from).toBeLessThanOrEqual(cursor);
          expect(context.to).toBeGreaterThanOrEqual(cursor);
          expect(text.slice(context.from, cursor)).toBe(context.prefix);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('diagnose never throws and gives a drawable range inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const d = diagnose(text);
        if (d) {
          expect(d.from).toBeGreaterThanOrEqual(0);
          expect(d.to).toBeLessThanOrEqual(text.length);
          expect(d.to).toBeGreaterThan(d.from);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
