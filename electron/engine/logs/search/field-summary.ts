/**
 * Discover's field sidebar: over a sample of hits (the newest ones), each field's count and its ten most
 * frequent values, sorted by field name.
 */
import { fieldType, fieldValues } from '../kql';
import type { EcsEvent } from '../../sim/outputs/ecs';
import type { LogFieldSummary, LogFieldType } from '../types';
import { leafFields } from './field-index';

const TOP_VALUES = 10;

export function fieldSummaries(events: readonly EcsEvent[]): LogFieldSummary[] {
  const fields = new Map<string, { type: LogFieldType; count: number; values: Map<string, number> }>();
  for (const event of events) {
    leafFields(event, (name, value) => {
      const values = fieldValues(value);
      if (values.length === 0) return;
      let f = fields.get(name);
      if (!f) fields.set(name, (f = { type: fieldType(name, values[0]), count: 0, values: new Map() }));
      f.count++;
      // An array counts each distinct value once per event, as a terms aggregation does.
      for (const v of new Set(values.map(String))) f.values.set(v, (f.values.get(v) ?? 0) + 1);
    });
  }
  return [...fields]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, f]) => ({ name, type: f.type, count: f.count, top: topValues(f.values, TOP_VALUES) }));
}

/** The `n` most frequent values, ties by value. */
export function topValues(counts: ReadonlyMap<string, number>, n: number): { value: string; count: number }[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n)
    .map(([value, count]) => ({ value, count }));
}
