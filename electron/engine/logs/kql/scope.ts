/**
 * Where a KQL leaf looks: the document in scope (the event, or one object of a nested query's path),
 * the field names a field argument stands for there, and the values of those fields that a test accepts.
 */
import type { KqlValue } from './ast';
import type { Doc, LeafValue } from './event-fields';
import { fieldNames, leafValues } from './event-fields';
import { fieldType } from './fields';
import type { ValueTest } from './leaf';
import { wildcardRegex } from './leaf';

/**
 * A document in scope. `prefix` turns its relative field names into the full names the mapping knows
 * (`items.` inside `items:{…}`); `keyPrefix` is the same path with array indices, for highlight keys.
 */
export type Scope = { doc: Doc; prefix: string; keyPrefix: string };

/** A value that matched, with the full field name it belongs to. */
export type MatchedValue = LeafValue & { field: string };

export function rootScope(event: Doc): Scope {
  return { doc: event, prefix: '', keyPrefix: '' };
}

/**
 * The relative field names a field argument stands for in a scope: itself, the held fields its wildcard
 * matches, or — for free text, Kibana's default field `*` — every field the document holds.
 */
export function fieldResolver(field: KqlValue | null): (scope: Scope) => string[] {
  if (field === null) return (scope) => fieldNames(scope.doc);
  if (field.type === 'literal') {
    const names = [field.value];
    return () => names;
  }
  const pattern = wildcardRegex(field.parts);
  return (scope) => fieldNames(scope.doc).filter((n) => pattern.test(n));
}

/** The values of the named fields that pass `test`, each typed by its full field name. */
export function matchedValues(scope: Scope, names: readonly string[], test: ValueTest): MatchedValue[] {
  const out: MatchedValue[] = [];
  for (const name of names) {
    const field = scope.prefix + name;
    for (const v of leafValues(scope.doc, name, scope.keyPrefix)) if (test(fieldType(field, v.value), v.value)) out.push({ ...v, field });
  }
  return out;
}

/** Whether any of the named fields passes `test` (stops at the first). */
export function anyMatches(scope: Scope, names: readonly string[], test: ValueTest): boolean {
  for (const name of names) {
    const field = scope.prefix + name;
    if (leafValues(scope.doc, name).some((v) => test(fieldType(field, v.value), v.value))) return true;
  }
  return false;
}

/** `field:*`: a value (an empty string counts) in the field, or in a field under it when it is an object. */
export function exists(scope: Scope, names: readonly string[]): boolean {
  return names.some((name) => leafValues(scope.doc, name).length > 0 || fieldNames(scope.doc).some((n) => n.startsWith(`${name}.`)));
}
