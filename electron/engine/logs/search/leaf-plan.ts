/**
 * How the indexes answer one `is` leaf exactly as the KQL predicate would, or undefined when they cannot:
 * keyword values by exact lookup, numbers by numeric value, text by analysed terms (any term unquoted; a
 * quoted phrase as its terms' events, to be checked for the terms in a row), wildcards by walking the
 * field's value or term dictionary, `field:*` by the field's holders, a non-date against a date field as
 * nothing, and wildcard field names by the fields the store holds.
 */
import type { KqlValue } from '../kql';
import { analyze, isLoneWildcard, parseDateMath } from '../kql';
import type { LogStore } from '../store';
import type { FieldIndex } from './field-index';
import type { PostingsDictionary, PostingsEntry } from './postings';

/** Every event; the union of some postings; or the intersection of a phrase's terms' postings, then a check. */
export type LeafPlan = { kind: 'all' } | { kind: 'union'; entries: PostingsEntry[] } | { kind: 'phrase'; field: string; terms: string[]; entries: PostingsEntry[] };

/** The plan for `field:value`, or undefined when only the predicate can answer it. */
export function isPlan(field: KqlValue | null, value: KqlValue, store: LogStore, nowMs: number): LeafPlan | undefined {
  // `*` and `*:*` match every event; other free text spans every field (match.ts spells it out per field).
  if (isLoneWildcard(value) && (field === null || isLoneWildcard(field))) return { kind: 'all' };
  if (field === null) return undefined;
  const names = fieldNamesOf(field, store);
  if (!names) return undefined;
  const entries: PostingsEntry[] = [];
  for (const name of names) {
    const plan = fieldPlan(store.field(name), value, nowMs);
    if (!plan || plan.kind === 'all' || (plan.kind === 'phrase' && names.length > 1)) return undefined;
    if (plan.kind === 'phrase') return plan;
    entries.push(...plan.entries);
  }
  return { kind: 'union', entries };
}

/**
 * The store's fields a field argument stands for; undefined when the name is a path to objects (`labels`)
 * or may be inside an array of objects, which only the predicate reads.
 */
function fieldNamesOf(field: KqlValue, store: LogStore): string[] | undefined {
  // Fields inside arrays of objects are not in the store's list: with any such array held, only the
  // predicate knows what a name not listed, or a pattern, stands for.
  if (field.type === 'literal') {
    if (store.field(field.value)) return [field.value];
    if (!store.flat) return undefined;
    const under = `${field.value}.`;
    for (const f of store.fieldIndexes()) if (f.name.startsWith(under)) return undefined;
    return [];
  }
  if (isLoneWildcard(field) || !store.flat) return undefined;
  const pattern = wildcardRegex(field.parts, false);
  return [...store.fieldIndexes()].filter((f) => pattern.test(f.name)).map((f) => f.name);
}

function fieldPlan(f: FieldIndex | undefined, value: KqlValue, nowMs: number): LeafPlan | undefined {
  if (!f || f.holders.length === 0) return { kind: 'union', entries: [] };
  if (isLoneWildcard(value)) return { kind: 'union', entries: f.holders.length > 0 ? [f.holders] : [] };
  const type = f.soleType();
  if (value.type === 'wildcard') {
    if (type === 'keyword') return { kind: 'union', entries: dictionaryMatches(f.values, wildcardRegex(value.parts, false)) };
    if (type === 'text') return { kind: 'union', entries: dictionaryMatches(f.terms, wildcardRegex(value.parts, true)) };
    // A wildcard (query_string) matches keyword and text values only.
    return type === undefined ? undefined : { kind: 'union', entries: [] };
  }
  const text = value.value;
  switch (type) {
    case 'keyword':
      return { kind: 'union', entries: present([f.values.get(text)]) };
    case 'number': {
      const n = text.trim() === '' ? NaN : Number(text);
      return { kind: 'union', entries: Number.isFinite(n) ? present([f.values.get(String(n))]) : [] };
    }
    case 'text': {
      const terms = analyze(text);
      const entries = terms.map((t) => f.terms.get(t));
      if (!value.quoted || terms.length <= 1) return { kind: 'union', entries: present(entries) };
      return entries.every((e) => e !== undefined) ? { kind: 'phrase', field: f.name, terms, entries: entries as PostingsEntry[] } : { kind: 'union', entries: [] };
    }
    case 'date':
      // A value that is no date (free text such as `timeout` against @timestamp) matches no date; one
      // that is a date is left to the predicate, which reads the range it stands for.
      return parseDateMath(text, { nowMs, roundUp: false }) === undefined || parseDateMath(text, { nowMs, roundUp: true }) === undefined ? { kind: 'union', entries: [] } : undefined;
    default:
      return undefined;
  }
}

function present(entries: (PostingsEntry | undefined)[]): PostingsEntry[] {
  return entries.filter((e): e is PostingsEntry => e !== undefined);
}

function dictionaryMatches(dictionary: PostingsDictionary, pattern: RegExp): PostingsEntry[] {
  const out: PostingsEntry[] = [];
  for (const [key, entry] of dictionary.entries) if (pattern.test(key)) out.push(entry);
  return out;
}

/** A KQL wildcard as a whole-string pattern; `folded` lower-cases it, as text terms are. */
function wildcardRegex(parts: string[], folded: boolean): RegExp {
  return new RegExp(`^${parts.map((p) => escapeRegex(folded ? p.toLowerCase() : p)).join('.*')}$`, 's');
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
