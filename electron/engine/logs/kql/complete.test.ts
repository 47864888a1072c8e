import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completionContext } from './complete';

/** `|` marks the cursor. */
function at(marked: string) {
  const cursor = marked.indexOf('|');
  return completionContext(marked.slice(0, cursor) + marked.slice(cursor + 1), cursor);
}

describe('completionContext', () => {
  it.each<[string, ReturnType<typeof completionContext>]>([
    ['|', { kind: 'field', prefix: '', parent: '', from: 0, to: 0 }],
    ['ser|', { kind: 'field', prefix: 'ser', parent: '', from: 0, to: 3 }],
    ['servi|ce.name', { kind: 'field', prefix: 'servi', parent: '', from: 0, to: 12 }],
    ['service.name:|', { kind: 'value', field: 'service.name', prefix: '', quoted: false, from: 13, to: 13 }],
    ['service.name: che|', { kind: 'value', field: 'service.name', prefix: 'che', quoted: false, from: 14, to: 17 }],
    ['service.name:checkout |', { kind: 'operator', from: 22, to: 22 }],
    ['service.name:checkout a|', { kind: 'operator', prefix: 'a', from: 22, to: 23 }],
    ['service.name:checkout AN|', { kind: 'operator', prefix: 'AN', from: 22, to: 24 }],
    ['foo o|', { kind: 'operator', field: 'foo', prefix: 'o', from: 4, to: 5 }],
    ['(a) O|', { kind: 'operator', prefix: 'O', from: 4, to: 5 }],
    ['foo:bar n|', { kind: 'value', field: 'foo', prefix: 'bar n', quoted: false, from: 4, to: 9 }],
    ['service.name:checkout b|', { kind: 'value', field: 'service.name', prefix: 'checkout b', quoted: false, from: 13, to: 23 }],
    ['service.name:checkout andx|', { kind: 'value', field: 'service.name', prefix: 'checkout andx', quoted: false, from: 13, to: 26 }],
    ['foo ba|', { kind: 'field', prefix: 'foo ba', parent: '', from: 0, to: 6 }],
    ['service.name:checkout and |', { kind: 'field', prefix: '', parent: '', from: 26, to: 26 }],
    ['service.name:checkout and lo|', { kind: 'field', prefix: 'lo', parent: '', from: 26, to: 28 }],
    ['service.name:(a or |', { kind: 'value', field: 'service.name', prefix: '', quoted: false, from: 19, to: 19 }],
    ['service.name:(a or b|', { kind: 'value', field: 'service.name', prefix: 'b', quoted: false, from: 19, to: 20 }],
    ['service.name:(a |', { kind: 'operator', from: 16, to: 16 }],
    ['service.name:(a) |', { kind: 'operator', from: 17, to: 17 }],
    ['items:{ na|', { kind: 'field', prefix: 'na', parent: 'items.', from: 8, to: 10 }],
    ['items:{ name:ba|', { kind: 'value', field: 'items.name', prefix: 'ba', quoted: false, from: 13, to: 15 }],
    ['items:{ name:ba } |', { kind: 'operator', from: 18, to: 18 }],
    ['foo |', { kind: 'operator', field: 'foo', from: 4, to: 4 }],
    ['foo > |', { kind: 'value', field: 'foo', prefix: '', quoted: false, from: 6, to: 6 }],
    ['foo >= 1|', { kind: 'value', field: 'foo', prefix: '1', quoted: false, from: 7, to: 8 }],
    ['not |', { kind: 'field', prefix: '', parent: '', from: 4, to: 4 }],
    ['(a or b) |', { kind: 'operator', from: 9, to: 9 }],
    ['f:((a or b) and |', { kind: 'value', field: 'f', prefix: '', quoted: false, from: 16, to: 16 }],
    ['f:((a or |', { kind: 'value', field: 'f', prefix: '', quoted: false, from: 9, to: 9 }],
    ['f:(a) and (|', { kind: 'field', prefix: '', parent: '', from: 11, to: 11 }],
    ['{ x|', { kind: 'field', prefix: 'x', parent: '', from: 2, to: 3 }],
    ['(|', { kind: 'field', prefix: '', parent: '', from: 1, to: 1 }],
    ['message:"hello wor|', { kind: 'value', field: 'message', prefix: 'hello wor', quoted: true, from: 8, to: 18 }],
    ['message:"hello" |', { kind: 'operator', from: 16, to: 16 }],
    ['"service.name":|', { kind: 'value', field: 'service.name', prefix: '', quoted: false, from: 15, to: 15 }],
    ['url.path:\\/api\\:x|', { kind: 'value', field: 'url.path', prefix: '/api:x', quoted: false, from: 9, to: 17 }],
  ])('%j', (marked, expected) => {
    expect(at(marked)).toEqual(expected);
  });

  it('never throws; the span lies within the text and ends at or after the cursor', () => {
    const kqlish = fc.stringMatching(/^[a-z.:()"*\\<>={} ]{0,30}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), kqlish), fc.integer({ min: -5, max: 40 }), (text, cursor) => {
        const c = completionContext(text, cursor);
        const clamped = Math.max(0, Math.min(text.length, cursor));
        expect(c.from).toBeGreaterThanOrEqual(0);
        expect(c.from).toBeLessThanOrEqual(clamped);
        expect(c.to).toBeGreaterThanOrEqual(clamped);
        expect(c.to).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });
});
