import type { Json, JqNode } from './ast';
import { compareJson, describe, JqError, toText, truthy, typeOf } from './values';

/** Evaluates a node against an input, giving every output (jq programs produce streams). */
export type Evaluate = (node: JqNode, input: Json) => Json[];

type Builtin = (input: Json, args: readonly JqNode[], evaluate: Evaluate) => Json[];

function lengthOf(value: Json): number {
  if (value === null) return 0;
  if (typeof value === 'boolean') throw new JqError(`boolean (${value}) has no length`);
  if (typeof value === 'number') return Math.abs(value);
  if (typeof value === 'string') return [...value].length;
  return Array.isArray(value) ? value.length : Object.keys(value).length;
}

function elements(value: Json, what: string): Json[] {
  if (Array.isArray(value)) return value;
  if (value !== null && typeof value === 'object' && what === 'values') return Object.values(value);
  throw new JqError(`Cannot ${what === 'values' ? 'iterate over' : what} ${describe(value)}`);
}

function string(value: Json, fn: string): string {
  if (typeof value !== 'string') throw new JqError(`${describe(value)} cannot be ${fn}`);
  return value;
}

function contains(a: Json, b: Json): boolean {
  if (typeOf(a) !== typeOf(b)) throw new JqError(`${describe(a)} and ${describe(b)} cannot have their containment checked`);
  if (typeof a === 'string') return a.includes(b as string);
  if (Array.isArray(a)) return (b as Json[]).every((x) => a.some((y) => typeOf(x) === typeOf(y) && contains(y, x)));
  if (a !== null && typeof a === 'object') return Object.entries(b as Record<string, Json>).every(([k, v]) => k in a && typeOf(a[k]!) === typeOf(v) && contains(a[k]!, v));
  return a === b;
}

/** Runs `f` once per input and requires exactly its first output (for sort_by, group_by and friends). */
function keyed(input: Json, f: JqNode, evaluate: Evaluate): { value: Json; key: Json[] }[] {
  return elements(input, 'sort').map((value) => ({ value, key: evaluate(f, value) }));
}

function regexOf(pattern: Json, flags: Json): RegExp {
  try {
    return new RegExp(string(pattern, 'matched, as it is not a string'), typeof flags === 'string' ? flags.replace(/[gxnsl]/g, '') : '');
  } catch {
    throw new JqError(`${toText(pattern)} (at offset 0) is not a valid regex`);
  }
}

const each = (fn: (input: Json, arg: Json) => Json): Builtin => (input, args, evaluate) => evaluate(args[0]!, input).map((arg) => fn(input, arg));

/** The functions this jq knows, keyed `name/arity` as jq names them. */
export const JQ_BUILTINS: Record<string, Builtin> = {
  'empty/0': () => [],
  'not/0': (input) => [!truthy(input)],
  'length/0': (input) => [lengthOf(input)],
  'keys/0': (input) => [Array.isArray(input) ? input.map((_, i) => i) : Object.keys(elementsObject(input, 'keys')).sort()],
  'keys_unsorted/0': (input) => [Array.isArray(input) ? input.map((_, i) => i) : Object.keys(elementsObject(input, 'keys'))],
  'values/0': (input) => (input === null ? [] : [input]),
  'has/1': each((input, key) => (Array.isArray(input) ? typeof key === 'number' && key >= 0 && key < input.length : Object.prototype.hasOwnProperty.call(elementsObject(input, 'has'), toText(key)))),
  'select/1': (input, args, evaluate) => evaluate(args[0]!, input).filter(truthy).map(() => input),
  'map/1': (input, args, evaluate) => [elements(input, 'values').flatMap((x) => evaluate(args[0]!, x))],
  'map_values/1': (input, args, evaluate) => [Array.isArray(input) ? input.flatMap((x) => evaluate(args[0]!, x).slice(0, 1)) : Object.fromEntries(Object.entries(elementsObject(input, 'map_values')).flatMap(([k, v]) => evaluate(args[0]!, v).slice(0, 1).map((r) => [k, r])))],
  'add/0': (input) => [elements(input, 'values').reduce<Json>((sum, x) => (sum === null ? x : addValues(sum, x)), null)],
  'any/0': (input) => [elements(input, 'values').some(truthy)],
  'all/0': (input) => [elements(input, 'values').every(truthy)],
  'any/1': (input, args, evaluate) => [elements(input, 'values').some((x) => evaluate(args[0]!, x).some(truthy))],
  'all/1': (input, args, evaluate) => [elements(input, 'values').every((x) => evaluate(args[0]!, x).every(truthy))],
  'first/0': (input) => [elements(input, 'index')[0] ?? null],
  'last/0': (input) => [elements(input, 'index').at(-1) ?? null],
  'first/1': (input, args, evaluate) => evaluate(args[0]!, input).slice(0, 1),
  'reverse/0': (input) => [typeof input === 'string' ? [...input].reverse().join('') : input === null ? [] : [...elements(input, 'reverse')].reverse()],
  'sort/0': (input) => [[...elements(input, 'sort')].sort(compareJson)],
  'sort_by/1': (input, args, evaluate) => [keyed(input, args[0]!, evaluate).sort((a, b) => compareJson(a.key, b.key)).map((x) => x.value)],
  'group_by/1': (input, args, evaluate) => {
    const groups: { key: Json[]; values: Json[] }[] = [];
    for (const item of keyed(input, args[0]!, evaluate).sort((a, b) => compareJson(a.key, b.key))) {
      const previous = groups[groups.length - 1];
      if (previous && compareJson(previous.key, item.key) === 0) previous.values.push(item.value);
      else groups.push({ key: item.key, values: [item.value] });
    }
    return [groups.map((g) => g.values)];
  },
  'unique/0': (input) => [[...elements(input, 'sort')].sort(compareJson).filter((x, i, all) => i === 0 || compareJson(all[i - 1]!, x) !== 0)],
  'unique_by/1': (input, args, evaluate) => [keyed(input, args[0]!, evaluate).sort((a, b) => compareJson(a.key, b.key)).filter((x, i, all) => i === 0 || compareJson(all[i - 1]!.key, x.key) !== 0).map((x) => x.value)],
  'min/0': (input) => [[...elements(input, 'sort')].sort(compareJson)[0] ?? null],
  'max/0': (input) => [[...elements(input, 'sort')].sort(compareJson).at(-1) ?? null],
  'min_by/1': (input, args, evaluate) => [keyed(input, args[0]!, evaluate).sort((a, b) => compareJson(a.key, b.key))[0]?.value ?? null],
  'max_by/1': (input, args, evaluate) => [keyed(input, args[0]!, evaluate).sort((a, b) => compareJson(a.key, b.key)).at(-1)?.value ?? null],
  'type/0': (input) => [typeOf(input)],
  'tostring/0': (input) => [toText(input)],
  'tonumber/0': (input) => {
    if (typeof input === 'number') return [input];
    const n = typeof input === 'string' && /^\s*-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(input) ? Number(input) : NaN;
    if (Number.isNaN(n)) throw new JqError(`Cannot parse '${toText(input)}' as JSON`);
    return [n];
  },
  'tojson/0': (input) => [JSON.stringify(input)],
  'fromjson/0': (input) => {
    try {
      return [JSON.parse(string(input, 'parsed as JSON')) as Json];
    } catch (error) {
      if (error instanceof JqError) throw error;
      throw new JqError(`${toText(input)} (while parsing '${toText(input)}')`);
    }
  },
  'ascii_downcase/0': (input) => [string(input, 'lowercased, as it is not a string').toLowerCase()],
  'ascii_upcase/0': (input) => [string(input, 'uppercased, as it is not a string').toUpperCase()],
  'startswith/1': each((input, prefix) => string(input, 'checked with startswith()').startsWith(string(prefix, 'used with startswith()'))),
  'endswith/1': each((input, suffix) => string(input, 'checked with endswith()').endsWith(string(suffix, 'used with endswith()'))),
  'ltrimstr/1': each((input, prefix) => (typeof input === 'string' && typeof prefix === 'string' && input.startsWith(prefix) ? input.slice(prefix.length) : input)),
  'rtrimstr/1': each((input, suffix) => (typeof input === 'string' && typeof suffix === 'string' && suffix !== '' && input.endsWith(suffix) ? input.slice(0, -suffix.length) : input)),
  'contains/1': each((input, b) => contains(input, b)),
  'split/1': each((input, separator) => string(input, 'split, as it is not a string').split(string(separator, 'used to split a string'))),
  'join/1': each((input, separator) => elements(input, 'values').map((x) => (x === null ? '' : typeof x === 'object' ? throwJoin(x) : String(x))).join(toText(separator))),
  'test/1': each((input, pattern) => regexOf(pattern, null).test(string(input, 'matched, as it is not a string'))),
  'test/2': (input, args, evaluate) => evaluate(args[1]!, input).flatMap((flags) => evaluate(args[0]!, input).map((pattern) => regexOf(pattern, flags).test(string(input, 'matched, as it is not a string')))),
  'to_entries/0': (input) => [Object.entries(elementsObject(input, 'to_entries')).map(([key, value]) => ({ key, value }))],
  'from_entries/0': (input) => [Object.fromEntries(elements(input, 'values').map((e) => entryOf(e)))],
  'with_entries/1': (input, args, evaluate) => [Object.fromEntries(Object.entries(elementsObject(input, 'with_entries')).flatMap(([key, value]) => evaluate(args[0]!, { key, value })).map((e) => entryOf(e)))],
  'floor/0': (input) => [Math.floor(numberOf(input, 'floor'))],
  'sqrt/0': (input) => [Math.sqrt(numberOf(input, 'sqrt'))],
  'range/1': (input, args, evaluate) => evaluate(args[0]!, input).flatMap((n) => Array.from({ length: Math.max(0, Math.min(Math.ceil(numberOf(n, 'range')), 100_000)) }, (_, i) => i)),
  'error/1': each((_input, message) => {
    throw new JqError(toText(message));
  }),
  'env/0': () => [{}],
};

function elementsObject(value: Json, fn: string): Record<string, Json> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new JqError(fn === 'keys' ? `${describe(value)} has no keys` : `${describe(value)} cannot be used with ${fn}`);
  return value;
}

function numberOf(value: Json, fn: string): number {
  if (typeof value !== 'number') throw new JqError(`${describe(value)} number required for ${fn}`);
  return value;
}

function entryOf(entry: Json): [string, Json] {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) throw new JqError(`Cannot index ${typeOf(entry)} with "key"`);
  const key = entry.key ?? entry.k ?? entry.name ?? entry.Name ?? entry.Key ?? entry.K ?? null;
  return [toText(key), entry.value ?? entry.v ?? entry.Value ?? entry.V ?? null];
}

function throwJoin(value: Json): never {
  throw new JqError(`Cannot join with ${typeOf(value)}`);
}

/** jq's `+`: numbers add, strings and arrays concatenate, objects merge, null is the identity. */
export function addValues(a: Json, b: Json): Json {
  if (a === null) return b;
  if (b === null) return a;
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) return { ...a, ...b };
  throw new JqError(`${describe(a)} and ${describe(b)} cannot be added`);
}
