/** How Discover shows an event: its fields flattened and sorted, values as text, the timestamp in sim time. */
import type { EcsEvent } from '../../../electron/contract';

/** A field of an event: its dotted name and raw value (nested objects such as `labels` flattened). */
export type DocField = { name: string; value: unknown };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every field an event holds, by name. */
export function documentFields(event: EcsEvent): DocField[] {
  const out: DocField[] = [];
  const walk = (obj: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(obj)) {
      if (isObject(value)) walk(value, `${prefix}${key}.`);
      else if (value !== undefined) out.push({ name: prefix + key, value });
    }
  };
  walk(event as Record<string, unknown>, '');
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The Document summary column's fields: the message first (what a reader scans for), then the rest by name. */
export function summaryFields(event: EcsEvent): DocField[] {
  const fields = documentFields(event).filter((f) => f.name !== '@timestamp');
  return [...fields.filter((f) => f.name === 'message'), ...fields.filter((f) => f.name !== 'message')];
}

/** A value as the table shows it: arrays comma-separated, missing as an em dash. */
export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (Array.isArray(value)) return value.map((v) => formatValue(v)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The value a "filter for value" button filters on; undefined for a field holding several values. */
export function filterValue(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.length === 1 ? filterValue(value[0]) : undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** An ISO timestamp as the table shows it: `YYYY-MM-DD HH:mm:ss.SSS` (UTC, the drill's sim time). */
export function formatTimestamp(iso: unknown): string {
  return typeof iso === 'string' ? iso.replace('T', ' ').replace(/Z$/, '') : '—';
}
