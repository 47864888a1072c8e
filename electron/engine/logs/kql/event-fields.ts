/**
 * How a dotted field name finds its values in an event, as Elasticsearch flattens a JSON source: a dotted
 * key (`'log.level'`), a path through objects (`labels.target` → `labels['target']`), or both at once;
 * arrays — of values or of objects — contribute every element; null and absent are not indexed.
 */
import type { EcsEvent } from '../../sim/outputs/ecs';

/** A JSON object an event or a nested sub-document is. */
export type Doc = Readonly<Record<string, unknown>>;

/**
 * One indexed value of a field: the scalar and where it sits, written as a path with array indices
 * (`message`, `event.type[0]`, `items[1].name`); highlight ranges are keyed by it.
 */
export type LeafValue = { key: string; value: string | number | boolean };

/** Every scalar value a field holds in `doc`, from every place the name can point at. */
export function leafValues(doc: Doc, name: string, keyPrefix = ''): LeafValue[] {
  const out: LeafValue[] = [];
  for (const { key, raw } of rawValues(doc, name, keyPrefix)) pushScalars(raw, key, out);
  return out;
}

/** A field's value as the event holds it; several places holding it give the list of their values. */
export function fieldValue(event: EcsEvent | Doc, name: string): unknown {
  const found = rawValues(event as Doc, name, '');
  if (found.length === 0) return undefined;
  return found.length === 1 ? found[0]!.raw : found.flatMap((f) => (Array.isArray(f.raw) ? f.raw : [f.raw]));
}

/** A value as the list of values Elasticsearch indexes: arrays flattened, null and absent dropped. */
export function fieldValues(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return [value];
  return value.flatMap((v) => fieldValues(v));
}

/** The objects a nested query's path holds in `doc` (an array of objects, or one object), each with its key. */
export function subDocuments(doc: Doc, path: string, keyPrefix = ''): { doc: Doc; keyPrefix: string }[] {
  const out: { doc: Doc; keyPrefix: string }[] = [];
  for (const { key, raw } of rawValues(doc, path, keyPrefix)) {
    if (isObject(raw)) out.push({ doc: raw, keyPrefix: `${key}.` });
    else if (Array.isArray(raw)) raw.forEach((el, i) => isObject(el) && out.push({ doc: el, keyPrefix: `${key}[${i}].` }));
  }
  // Dotted keys under the path (`'labels.env'` beside `labels: {…}`) belong to the same object, as
  // Elasticsearch expands dots before indexing; without an object at the path they form one of their own.
  const dotted = Object.entries(doc).filter(([k]) => k.startsWith(`${path}.`));
  if (dotted.length === 0) return out;
  const extra = Object.fromEntries(dotted.map(([k, v]) => [k.slice(path.length + 1), v]));
  const own = out.findIndex((d) => d.keyPrefix === `${keyPrefix}${path}.`);
  if (own === -1) out.push({ doc: extra, keyPrefix: `${keyPrefix}${path}.` });
  else out[own] = { doc: { ...out[own]!.doc, ...extra }, keyPrefix: out[own]!.keyPrefix };
  return out;
}

/** Every field name holding a value in `doc`, objects (also inside arrays) flattened with dots. */
export function fieldNames(doc: EcsEvent | Doc): string[] {
  const names = new Set<string>();
  const walk = (value: unknown, name: string): void => {
    if (Array.isArray(value)) for (const el of value) walk(el, name);
    else if (isObject(value)) for (const [k, v] of Object.entries(value)) walk(v, name === '' ? k : `${name}.${k}`);
    else if (value !== null && value !== undefined && name !== '') names.add(name);
  };
  walk(doc, '');
  return [...names];
}

function rawValues(doc: Doc, name: string, keyPrefix: string): { key: string; raw: unknown }[] {
  const out: { key: string; raw: unknown }[] = [];
  const visit = (obj: Doc, rest: string, prefix: string): void => {
    if (Object.hasOwn(obj, rest) && obj[rest] !== undefined) out.push({ key: prefix + rest, raw: obj[rest] });
    for (let dot = rest.indexOf('.'); dot > 0; dot = rest.indexOf('.', dot + 1)) {
      const head = rest.slice(0, dot);
      const value = Object.hasOwn(obj, head) ? obj[head] : undefined;
      const tail = rest.slice(dot + 1);
      if (isObject(value)) visit(value, tail, `${prefix}${head}.`);
      else if (Array.isArray(value)) value.forEach((el, i) => isObject(el) && visit(el, tail, `${prefix}${head}[${i}].`));
    }
  };
  visit(doc, name, keyPrefix);
  return out;
}

function pushScalars(raw: unknown, key: string, out: LeafValue[]): void {
  if (Array.isArray(raw)) raw.forEach((el, i) => pushScalars(el, `${key}[${i}]`, out));
  else if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') out.push({ key, value: raw });
}

function isObject(v: unknown): v is Doc {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
