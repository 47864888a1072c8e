import type { Json } from './ast';

/** A run-time error, reported as `jq: error (at <file>:N): message` with exit status 5. */
export class JqError extends Error {}

export function typeOf(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

/** jq's `(value)` suffix in error messages, cut short as jq cuts it. */
export function describe(value: Json): string {
  const text = JSON.stringify(value);
  return `${typeOf(value)} (${text.length > 11 ? `${text.slice(0, 10)}...` : text})`;
}

const ORDER = ['null', 'boolean', 'number', 'string', 'array', 'object'];

/** jq's total order: null < false < true < numbers < strings < arrays < objects. */
export function compareJson(a: Json, b: Json): number {
  const ta = ORDER.indexOf(typeOf(a));
  const tb = ORDER.indexOf(typeOf(b));
  if (ta !== tb) return ta - tb;
  if (typeof a === 'boolean' || typeof a === 'number' || typeof a === 'string') return a < (b as typeof a) ? -1 : a > (b as typeof a) ? 1 : 0;
  if (Array.isArray(a)) {
    const other = b as Json[];
    for (let i = 0; i < Math.min(a.length, other.length); i++) {
      const order = compareJson(a[i]!, other[i]!);
      if (order !== 0) return order;
    }
    return a.length - other.length;
  }
  if (a === null) return 0;
  const x = a as Record<string, Json>;
  const y = b as Record<string, Json>;
  const keysOrder = compareJson(Object.keys(x).sort(), Object.keys(y).sort());
  if (keysOrder !== 0) return keysOrder;
  for (const key of Object.keys(x).sort()) {
    const order = compareJson(x[key]!, y[key]!);
    if (order !== 0) return order;
  }
  return 0;
}

export function truthy(value: Json): boolean {
  return value !== null && value !== false;
}

/** jq's text for a value inside a string interpolation or tostring: strings raw, the rest as JSON. */
export function toText(value: Json): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function sortKeysDeep(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeysDeep(value[k]!)]));
}

/** jq's output: two-space indentation, or compact with -c; keys sorted with -S. */
export function formatJson(value: Json, compact: boolean, sortKeys: boolean): string {
  const shown = sortKeys ? sortKeysDeep(value) : value;
  return compact ? JSON.stringify(shown) : JSON.stringify(shown, null, 2);
}
