/**
 * The field mapping KQL matches against: a small fixed map of ECS fields to Elasticsearch field types, and
 * how a dotted field name finds its value in an event (a dotted key, or a path into a nested object such
 * as `labels`).
 */
import type { EcsEvent } from '../../sim/outputs/ecs';

/** How a field is matched: exact (keyword), analysed (text), numerically (number) or as a date. */
export type FieldType = 'keyword' | 'text' | 'number' | 'date';

const FIELD_TYPES: ReadonlyMap<string, FieldType> = new Map<string, FieldType>([
  ['@timestamp', 'date'],
  ['message', 'text'],
  ['error.message', 'text'],
  ['error.stack_trace', 'text'],
  ['http.response.status_code', 'number'],
  ['event.duration', 'number'],
  ...[
    'ecs.version',
    'log.level',
    'log.logger',
    'service.name',
    'service.version',
    'service.environment',
    'host.name',
    'trace.id',
    'transaction.id',
    'event.dataset',
    'event.kind',
    'event.category',
    'event.type',
    'event.outcome',
    'event.action',
    'http.request.method',
    'url.path',
    'client.ip',
    'user_agent.original',
    'error.type',
    'orchestrator.type',
  ].map((name) => [name, 'keyword'] as const),
]);
/** Every field under these prefixes is a keyword. */
const KEYWORD_PREFIXES = ['kubernetes.', 'labels.'];

/** The type a field is matched as; a field outside the map is a number when the event holds a number, else a keyword. */
export function fieldType(name: string, value: unknown): FieldType {
  const mapped = FIELD_TYPES.get(name);
  if (mapped) return mapped;
  if (KEYWORD_PREFIXES.some((p) => name.startsWith(p))) return 'keyword';
  return typeof value === 'number' ? 'number' : 'keyword';
}

/** A field's value: the dotted key itself, else a path through nested objects (`labels.target` → `labels['target']`). */
export function fieldValue(event: EcsEvent, name: string): unknown {
  return lookup(event as Record<string, unknown>, name);
}

function lookup(obj: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(obj, name)) return obj[name];
  for (let dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) {
    const key = name.slice(0, dot);
    const head = Object.hasOwn(obj, key) ? obj[key] : undefined;
    if (isObject(head)) {
      const found = lookup(head, name.slice(dot + 1));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Every field name an event holds, nested objects flattened with dots (for wildcard field names). */
export function fieldNames(event: EcsEvent): string[] {
  const out: string[] = [];
  const walk = (obj: Record<string, unknown>, prefix: string): void => {
    for (const [k, v] of Object.entries(obj)) {
      if (isObject(v)) walk(v, `${prefix}${k}.`);
      else out.push(prefix + k);
    }
  };
  walk(event as Record<string, unknown>, '');
  return out;
}

/** A value as the list of values Elasticsearch indexes: arrays flattened, null and absent dropped. */
export function fieldValues(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.filter((v) => v !== undefined && v !== null) : [value];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
