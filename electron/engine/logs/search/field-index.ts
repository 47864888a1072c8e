/**
 * The per-field indexes of a log store: which events hold each field, each exact value's events (keyword,
 * number, boolean and ip values; dates are left out, every event has its own), and each analysed term's
 * events for text values. Fields are the leaf paths of an event, nested objects flattened with dots, so
 * `labels: {target: …}` and a dotted `labels.target` key are the same field, as KQL reads both.
 */
import { analyze, fieldType, fieldValues } from '../kql';
import type { EcsEvent } from '../../sim/outputs/ecs';
import type { LogFieldType } from '../types';
import { Postings, PostingsDictionary } from './postings';

/** One field's indexes. */
export class FieldIndex {
  /** Every type the field's values were matched as (a field outside the ECS map may hold several). */
  readonly types = new Set<LogFieldType>();
  /** Events holding at least one value (an empty string counts, as in Elasticsearch's `exists`). */
  readonly holders = new Postings();
  readonly values = new PostingsDictionary();
  readonly terms = new PostingsDictionary();
  /**
   * Whether the field has held objects (an array of objects, which KQL reads as nested documents): its
   * values are then not scalars the dictionaries can hold, and only the KQL predicate reads it.
   */
  opaque = false;

  constructor(readonly name: string) {}

  add(id: number, value: unknown, terms: (text: string) => readonly string[]): void {
    const values = fieldValues(value);
    if (values.length === 0) return;
    this.holders.push(id);
    for (const v of values) {
      if (typeof v === 'object') {
        this.opaque = true;
        continue;
      }
      const type: LogFieldType = fieldType(this.name, v);
      this.types.add(type);
      if (type === 'text') for (const term of terms(String(v))) this.terms.add(term, id);
      else if (type !== 'date') this.values.add(valueKey(type, v), id);
    }
  }

  /** The one type all its values share, or undefined when they differ or are not all scalars. */
  soleType(): LogFieldType | undefined {
    return this.types.size === 1 && !this.opaque ? this.types.values().next().value : undefined;
  }

  dropBelow(id: number): void {
    this.holders.dropBelow(id);
    this.values.dropBelow(id);
    this.terms.dropBelow(id);
  }
}

/**
 * `analyze` with a memory of recent texts: stack traces and error messages repeat across thousands of
 * events, and analysing one is the dearest step of indexing.
 */
export function memoAnalyze(limit = 20_000): (text: string) => readonly string[] {
  let memo = new Map<string, readonly string[]>();
  return (text) => {
    let terms = memo.get(text);
    if (terms === undefined) {
      if (memo.size >= limit) memo = new Map();
      memo.set(text, (terms = analyze(text)));
    }
    return terms;
  };
}

/** How a value is keyed in the value dictionary: numbers by their numeric value (`"0500"` and `500` are one). */
export function valueKey(type: LogFieldType, value: unknown): string {
  return type === 'number' ? String(Number(value)) : String(value);
}

/** Each leaf field of an event with its value; arrays are leaves (their items are the field's values). */
export function leafFields(event: EcsEvent, visit: (name: string, value: unknown) => void): void {
  walk(event as Record<string, unknown>, '', visit);
}

function walk(obj: Record<string, unknown>, prefix: string, visit: (name: string, value: unknown) => void): void {
  for (const key in obj) {
    const value = obj[key];
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) walk(value as Record<string, unknown>, `${prefix}${key}.`, visit);
    else visit(prefix + key, value);
  }
}
