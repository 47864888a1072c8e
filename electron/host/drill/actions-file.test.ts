import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestSpecs } from '../../contract';
import { parseActionsFile } from './actions-file';

const SCRIPTS = fileURLToPath(new URL('../../../scenarios/checkout-bad-deploy/scripts/', import.meta.url));

const entry = (fields: object) => JSON.stringify([fields]);

describe('parseActionsFile', () => {
  it.each([
    ['not JSON', '[{', /^\(file\): not valid JSON/],
    ['not an array', '{}', /^\(file\): must be a JSON array/],
    ['an entry that is not an object', '[1]', /^\[0\]: must be an object/],
    ['an unknown field', entry({ at: '1m', request: 'drill.end', input: {}, note: 'x' }), /^\[0\]\.note: unknown field$/],
    ['a malformed duration', entry({ at: '1 minute', request: 'drill.end' }), /^\[0\]\.at: must be a duration/],
    ['a negative time', entry({ at: -5, request: 'drill.end' }), /^\[0\]\.at: /],
    ['a fractional time', entry({ at: 1.5, request: 'drill.end' }), /^\[0\]\.at: /],
    ['a missing time', entry({ request: 'drill.end' }), /^\[0\]\.at: /],
    ['an unknown request', entry({ at: '1m', request: 'drill.explode' }), /^\[0\]\.request: unknown request "drill\.explode"$/],
    ['drill.start', entry({ at: 0, request: 'drill.start', input: { scenario: 'x' } }), /^\[0\]\.request: drill\.start is not allowed/],
  ])('refuses %s', (_name, text, problem) => {
    const result = parseActionsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.stringMatching(problem)]);
  });

  it('refuses entries out of time order, naming the later entry', () => {
    const text = JSON.stringify([
      { at: '2m', request: 'drill.end' },
      { at: 60_000, request: 'drill.end' },
    ]);
    expect(parseActionsFile(text)).toEqual({ ok: false, problems: ['[1].at: earlier than the entry before it'] });
  });

  it('reports every problem, not only the first', () => {
    const text = JSON.stringify([{ at: 'x', request: 'drill.end' }, { at: '1m', request: 'nope' }]);
    const result = parseActionsFile(text);
    expect(result.ok ? [] : result.problems.map((p) => p.slice(0, 3))).toEqual(['[0]', '[1]']);
  });

  it('reads durations and whole milliseconds, allows equal times and defaults the input', () => {
    const text = JSON.stringify([
      { at: '4m30s', request: 'terminal.exec', input: { command: 'kubectl get pods' } },
      { at: 270_000, request: 'drill.end' },
    ]);
    expect(parseActionsFile(text)).toEqual({
      ok: true,
      actions: [
        { at: 270_000, request: 'terminal.exec', input: { command: 'kubectl get pods' } },
        { at: 270_000, request: 'drill.end', input: {} },
      ],
    });
  });

  it.each(readdirSync(SCRIPTS))('accepts the bundled script %s', (name) => {
    expect(parseActionsFile(readFileSync(SCRIPTS + name, 'utf8')).ok).toBe(true);
  });

  it('never throws on arbitrary text or JSON', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.jsonValue().map((v) => JSON.stringify(v)), fc.array(fc.dictionary(fc.constantFrom('at', 'request', 'input', 'x'), fc.jsonValue())).map((v) => JSON.stringify(v)));
    fc.assert(
      fc.property(text, (source) => {
        const result = parseActionsFile(source);
        if (result.ok) expect(result.actions.every((a, i, all) => i === 0 || all[i - 1]!.at <= a.at)).toBe(true);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts any time-ordered list of known requests', () => {
    const names = Object.keys(requestSpecs).filter((name) => name !== 'drill.start');
    const entries = fc.array(fc.record({ at: fc.nat(), request: fc.constantFrom(...names) }));
    fc.assert(
      fc.property(entries, (list) => {
        const sorted = [...list].sort((a, b) => a.at - b.at);
        const result = parseActionsFile(JSON.stringify(sorted));
        expect(result).toEqual({ ok: true, actions: sorted.map((e) => ({ ...e, input: {} })) });
      }),
    );
  });
});
