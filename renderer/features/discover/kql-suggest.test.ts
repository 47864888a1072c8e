import { describe, expect, it } from 'vitest';
import type { LogFieldInfo } from '../../../electron/contract';
import { applySuggestion, suggestionsFor } from './kql-suggest';
import type { SuggestionSource } from './kql-suggest';

const fields: LogFieldInfo[] = [
  { name: 'host.name', type: 'keyword', count: 10 },
  { name: 'log.level', type: 'keyword', count: 10 },
  { name: 'message', type: 'text', count: 10 },
  { name: 'service.name', type: 'keyword', count: 10 },
];
const asked: [string, string][] = [];
const source: SuggestionSource = {
  fields: async () => fields,
  values: async (field, prefix) => (asked.push([field, prefix]), ['checkout', 'say "hi"'].filter((v) => v.startsWith(prefix))),
};

describe('suggestionsFor', () => {
  it('ranks field names starting with the prefix before those containing it', async () => {
    const items = await suggestionsFor({ kind: 'field', prefix: 'na', parent: '', from: 0, to: 2 }, source);
    expect(items.map((i) => i.label)).toEqual(['host.name', 'service.name']);
    const s = await suggestionsFor({ kind: 'field', prefix: 'serv', parent: '', from: 0, to: 4 }, source);
    expect(s[0]).toEqual({ kind: 'field', label: 'service.name', insert: 'service.name:', type: 'keyword' });
  });

  it('asks the field’s values and inserts them quoted', async () => {
    const items = await suggestionsFor({ kind: 'value', field: 'service.name', prefix: 'sa', quoted: false, from: 13, to: 15 }, source);
    expect(asked.at(-1)).toEqual(['service.name', 'sa']);
    expect(items).toEqual([{ kind: 'value', label: 'say "hi"', insert: '"say \\"hi\\"" ' }]);
  });

  it('offers the keywords after a term, and the field operators after a bare word', async () => {
    expect((await suggestionsFor({ kind: 'operator', from: 6, to: 6 }, source)).map((i) => i.label)).toEqual(['and', 'or', 'not']);
    expect((await suggestionsFor({ kind: 'operator', field: 'bytes', from: 6, to: 6 }, source)).map((i) => i.label)).toEqual([':', '<', '<=', '>', '>=', 'and', 'or', 'not']);
  });

  it('inside a nested path matches and inserts names relative to it', async () => {
    const nested: SuggestionSource = { ...source, fields: async () => [...fields, { name: 'labels.zone', type: 'keyword', count: 3 }] };
    const items = await suggestionsFor({ kind: 'field', prefix: 'z', parent: 'labels.', from: 8, to: 9 }, nested);
    expect(items).toEqual([{ kind: 'field', label: 'zone', insert: 'zone:', type: 'keyword' }]);
  });
});

describe('applySuggestion', () => {
  it('replaces the word under the caret, reusing a following space, and puts the caret after it', () => {
    const text = 'log.level:er and x';
    expect(applySuggestion(text, { kind: 'value', field: 'log.level', prefix: 'er', quoted: false, from: 10, to: 12 }, { kind: 'value', label: 'error', insert: '"error" ' })).toEqual({
      text: 'log.level:"error" and x',
      caret: 18,
    });
    expect(applySuggestion('lo', { kind: 'field', prefix: 'lo', parent: '', from: 0, to: 2 }, { kind: 'field', label: 'log.level', insert: 'log.level:' })).toEqual({ text: 'log.level:', caret: 10 });
  });
});
