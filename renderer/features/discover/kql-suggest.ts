/**
 * The query bar's suggestions for a completion context: the drill's field names (with their types), a
 * field's most frequent values, and the keywords. Fields and values come from the back end once per
 * drill and per (field, prefix).
 */
import type { DrillView, LogFieldInfo, LogFieldType } from '../../../electron/contract';
import { api } from '../../api/client';
import type { KqlCompletionContext } from '../../../electron/engine/logs/kql';
import { quoteKql } from './query-filter';

export type Suggestion = { kind: 'field' | 'value' | 'keyword'; label: string; insert: string; type?: LogFieldType };

/** The lookups suggestions need; each resolves to [] when the back end cannot answer. */
export type SuggestionSource = { fields(): Promise<LogFieldInfo[]>; values(field: string, prefix: string): Promise<string[]> };

const MAX_ITEMS = 50;
const KEYWORDS = ['and', 'or', 'not'];
/** What may follow a word standing where a field would: Kibana's `:` and the range operators. */
const FIELD_OPERATORS = [':', '<', '<=', '>', '>='];

/** A glyph per field type, as Kibana's field icons (t for text, k keyword, # number, date, boolean, IP). */
export const TYPE_ICONS: Record<LogFieldType, string> = { keyword: 'k', text: 't', number: '#', date: '◷', boolean: '◐', ip: 'ip' };

/** Names starting with the prefix first, then those containing it, case-insensitively. */
function ranked<T>(items: T[], prefix: string, name: (item: T) => string): T[] {
  const p = prefix.toLowerCase();
  const starts = items.filter((i) => name(i).toLowerCase().startsWith(p));
  const contains = items.filter((i) => !name(i).toLowerCase().startsWith(p) && name(i).toLowerCase().includes(p));
  return [...starts, ...contains].slice(0, MAX_ITEMS);
}

export async function suggestionsFor(context: KqlCompletionContext, source: SuggestionSource): Promise<Suggestion[]> {
  switch (context.kind) {
    case 'field': {
      // Inside `path:{ … }` names are relative to the path: match and insert the rest of the full name.
      const inPath = (await source.fields()).filter((f) => f.name.startsWith(context.parent));
      const fields = ranked(inPath, context.prefix, (f) => f.name.slice(context.parent.length)).map((f): Suggestion => {
        const name = f.name.slice(context.parent.length);
        return { kind: 'field', label: name, insert: `${name}:`, type: f.type };
      });
      const not = context.prefix !== '' && 'not'.startsWith(context.prefix.toLowerCase()) ? [{ kind: 'keyword' as const, label: 'not', insert: 'not ' }] : [];
      return [...not, ...fields];
    }
    case 'value': {
      if (!context.field) return [];
      const values = await source.values(context.field, context.prefix);
      return ranked(values, context.prefix, (v) => v).map((v): Suggestion => ({ kind: 'value', label: v, insert: `${quoteKql(v)} ` }));
    }
    case 'operator': {
      // Part of a keyword may be typed already (`foo:bar an|`): offer only the keywords it starts.
      const typed = (context.prefix ?? '').toLowerCase();
      const keywords = KEYWORDS.filter((k) => k.startsWith(typed)).map((k): Suggestion => ({ kind: 'keyword', label: k, insert: `${k} ` }));
      const operators = context.field && typed === '' ? FIELD_OPERATORS.map((o): Suggestion => ({ kind: 'keyword', label: o, insert: o === ':' ? ':' : ` ${o} ` })) : [];
      return [...operators, ...keywords];
    }
  }
}

/** The text after accepting a suggestion, and where the caret goes (after it). */
export function applySuggestion(text: string, context: KqlCompletionContext, item: Suggestion): { text: string; caret: number } {
  // A trailing space is not doubled when one follows already: the caret goes past it.
  const reusesSpace = item.insert.endsWith(' ') && /\s/.test(text[context.to] ?? '');
  const written = reusesSpace ? item.insert.slice(0, -1) : item.insert;
  return { text: text.slice(0, context.from) + written + text.slice(context.to), caret: context.from + item.insert.length };
}

async function valueOf<T>(request: Promise<{ ok: true; value: T } | { ok: false }>): Promise<T | undefined> {
  try {
    const result = await request;
    return result.ok ? result.value : undefined;
  } catch {
    return undefined;
  }
}

/** A source asking the back end and remembering each answer (a failed one is asked again next time). */
function apiSuggestionSource(): SuggestionSource {
  const cache = new Map<string, Promise<unknown>>();
  const remember = <T>(key: string, load: () => Promise<T | undefined>, fallback: T): Promise<T> => {
    const known = cache.get(key) as Promise<T> | undefined;
    if (known) return known;
    const pending = load().then((value) => {
      if (value === undefined) cache.delete(key);
      return value ?? fallback;
    });
    cache.set(key, pending);
    return pending;
  };
  return {
    fields: () => remember('fields', () => valueOf(api().invoke('logs.fields', {})), []),
    values: (field, prefix) => remember(`values\u0000${field}\u0000${prefix}`, () => valueOf(api().invoke('logs.values', { field, prefix, limit: 20 })), []),
  };
}

/** One source per drill, so a new drill's logs are asked afresh. */
let current: { key: string; source: SuggestionSource } | undefined;
export function suggestionSourceFor(view: DrillView): SuggestionSource {
  const key = `${view.scenario}\u0000${view.seed}\u0000${view.startUnixMs}`;
  if (current?.key !== key) current = { key, source: apiSuggestionSource() };
  return current.source;
}
