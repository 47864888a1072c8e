/**
 * Discover's "Visualize" for a field: the hits of a query counted per bucket for each of the field's most
 * frequent values, the rest as `other`, and hits without the field as `missing`.
 */
import { fieldValue, fieldValues } from '../kql';
import type { LogStore } from '../store';
import type { LogFieldOverTime } from '../types';
import type { Searched } from './execute';
import { findMatches } from './execute';
import { topValues } from './field-summary';
import { bucketStart, histogramInterval } from './histogram';

export type FieldOverTimeOptions = { field: string; from?: number; to?: number; nowMs: number; top: number; buckets: number };

export function fieldOverTime(store: LogStore, query: string, options: FieldOverTimeOptions): Searched<LogFieldOverTime> {
  const found = findMatches(store, query, options);
  if (!found.ok) return found;
  const { slice, matches, from, to } = found.result;
  const intervalMs = histogramInterval(from, to, options.buckets);
  const start = bucketStart(from, intervalMs);
  const bucketCount = Math.floor((to - start) / intervalMs) + 1;
  const events = store.all();
  // One pass: each hit's bucket and distinct values, and how many hits hold each value overall.
  const hits: { bucket: number; values: string[] }[] = [];
  const totals = new Map<string, number>();
  for (const bit of matches.ascending()) {
    const position = slice.lo + bit;
    const values = [...new Set(fieldValues(fieldValue(events[position]!, options.field)).map(String))];
    for (const v of values) totals.set(v, (totals.get(v) ?? 0) + 1);
    hits.push({ bucket: Math.floor((store.timeAt(position) - start) / intervalMs), values });
  }
  const top = topValues(totals, options.top).map((t) => t.value);
  const series = top.map((value) => ({ value, counts: new Array<number>(bucketCount).fill(0) }));
  const seriesOf = new Map(series.map((s) => [s.value, s.counts]));
  const other = new Array<number>(bucketCount).fill(0);
  const missing = new Array<number>(bucketCount).fill(0);
  for (const { bucket, values } of hits) {
    if (values.length === 0) missing[bucket]!++;
    let outside = false;
    for (const v of values) {
      const counts = seriesOf.get(v);
      if (counts) counts[bucket]!++;
      else outside = true;
    }
    if (outside) other[bucket]!++;
  }
  return { ok: true, result: { field: options.field, from, to, intervalMs, series, other, missing } };
}
