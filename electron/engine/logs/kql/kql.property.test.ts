/** Properties over arbitrary input: nothing in the KQL pipeline throws, and what it returns stays in bounds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EcsEvent } from '../../sim/outputs/ecs';
import type { KqlNode } from './ast';
import { compileKql } from './compile';
import { highlight } from './highlight';
import { parseKql } from './parse';
import { printKql } from './print';
import { queryFields } from './query-fields';

const FIELDS = ['message', 'service.name', '@timestamp', 'client.ip', 'http.response.status_code', 'items', 'labels', 'a', 'a.b', 'cache.hit', 'error.code'];
const PIECES = [...FIELDS, 'items.name', 'a*', '*', ':', '(', ')', '{', '}', '"', '"x y"', '>', '<=', 'and', 'OR', 'not', 'nOt', '\\', '\\n', '\\and', 'now-1d/d', '"2021"', '10.0.0.0/8', '500', 'true', 'null', 'Foo'];
/** Queries built from KQL's own pieces, joined with and without whitespace, so many of them parse. */
const queries = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', '', '\t', '\u00A0')), { maxLength: 14 })
  .map((xs) => xs.map(([piece, space]) => piece + space).join(''));
const kqlish = fc.stringMatching(/^[a-z.:()"*\\<>{} \t0-9/-]{0,40}$/);
/** JSON-ish events over the fields the queries name. */
const events = fc.dictionary(fc.constantFrom(...FIELDS), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }) as fc.Arbitrary<unknown> as fc.Arbitrary<EcsEvent>;

function parsedAst(text: string): KqlNode | undefined {
  const r = parseKql(text);
  return r.ok ? r.ast : undefined;
}

describe('KQL properties', () => {
  it('the parser never throws: a tree, or an error with 0 ≤ position ≤ length', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), kqlish, queries), (text) => {
        const r = parseKql(text);
        if (!r.ok) {
          expect(r.error.position).toBeGreaterThanOrEqual(0);
          expect(r.error.position).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('compiled queries and highlights never throw on any event; ranges lie within their string value', () => {
    fc.assert(
      fc.property(fc.oneof(queries, kqlish), events, fc.option(fc.integer({ min: 0, max: 4e12 }), { nil: undefined }), (text, event, nowMs) => {
        const ast = parsedAst(text);
        if (!ast) return;
        const matches = compileKql(ast, { nowMs })(event);
        expect(typeof matches).toBe('boolean');
        queryFields(ast);
        for (const ranges of Object.values(highlight(ast, event, { nowMs }))) {
          for (const [start, end] of ranges) {
            expect(start).toBeGreaterThanOrEqual(0);
            expect(end).toBeGreaterThan(start);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('printed queries parse back to the same tree (an empty value comes back quoted, which means the same)', () => {
    const emptyQuoted = (ast: KqlNode): unknown => JSON.parse(JSON.stringify(ast).replaceAll('{"type":"literal","value":"","quoted":false}', '{"type":"literal","value":"","quoted":true}'));
    fc.assert(
      fc.property(fc.oneof(queries, kqlish, fc.stringMatching(/^(\\[nrt ]|[a-z: ])*$/)), (text) => {
        const ast = parsedAst(text);
        if (!ast) return;
        const back = parseKql(printKql(ast));
        expect(back.ok && emptyQuoted(back.ast)).toEqual(emptyQuoted(ast));
      }),
      { numRuns: 3000 },
    );
  });
});
