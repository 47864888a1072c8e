/**
 * The log store: ECS events in @timestamp order, each numbered by a sequence id, with per-field indexes
 * (search/field-index.ts) and a column of timestamps for slicing by time. Bounded: once it holds a tenth more
 * than its capacity, the oldest events are dropped down to the capacity, in one chunk. Ids are never reused,
 * so a dropped event's id just stops resolving.
 *
 * Events must arrive in time order (ties allowed). An event older than the newest held, or without a
 * readable @timestamp, is rejected and counted in `rejected`: inserting it would renumber every later
 * event, and ids must increase with time for newest-first paging and surrounding documents. The simulation
 * and the NDJSON loader both sort before appending.
 */
import type { EcsEvent } from '../sim/outputs/ecs';
import { FieldIndex, leafFields, memoAnalyze } from './search/field-index';
import { entryCount } from './search/postings';
import type { LogFieldInfo, LogHit } from './types';

export class LogStore {
  private events: EcsEvent[] = [];
  private times = new Float64Array(1024);
  /** The id of `events[0]`. */
  private baseId = 0;
  private readonly index = new Map<string, FieldIndex>();
  private readonly terms = memoAnalyze();
  /** Events refused by `append` (out of order, or without a valid @timestamp). */
  rejected = 0;

  constructor(private readonly capacity = 200_000) {}

  append(batch: readonly EcsEvent[]): void {
    for (const event of batch) {
      const t = Date.parse(event['@timestamp']);
      const n = this.events.length;
      if (Number.isNaN(t) || (n > 0 && t < this.times[n - 1]!)) {
        this.rejected++;
        continue;
      }
      if (n === this.times.length) {
        const grown = new Float64Array(n * 2);
        grown.set(this.times);
        this.times = grown;
      }
      this.times[n] = t;
      this.events.push(event);
      const id = this.baseId + n;
      leafFields(event, (name, value) => this.fieldIndex(name).add(id, value, this.terms));
    }
    if (this.events.length - this.capacity > this.capacity / 10) this.drop(this.events.length - this.capacity);
  }

  get size(): number {
    return this.events.length;
  }

  /** Every event held, oldest first (position i has id `firstId + i`). */
  all(): readonly EcsEvent[] {
    return this.events;
  }

  /** The newest `limit` events, newest first. */
  tail(limit: number): EcsEvent[] {
    return this.events.slice(Math.max(0, this.events.length - limit)).reverse();
  }

  /** The newest event's time (unix ms), if any. */
  newestMs(): number | undefined {
    return this.events.length === 0 ? undefined : this.times[this.events.length - 1];
  }

  get(id: number): LogHit | undefined {
    const event = this.events[id - this.baseId];
    return event === undefined || id < this.baseId ? undefined : { id, event };
  }

  /** Every field held, by name: its type (as KQL matches it) and how many events hold it. */
  fields(): LogFieldInfo[] {
    const out: LogFieldInfo[] = [];
    for (const f of this.index.values()) {
      if (f.holders.length === 0) continue;
      out.push({ name: f.name, type: f.soleType() ?? f.types.values().next().value ?? 'keyword', count: f.holders.length });
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /**
   * A field's values starting with `prefix`, most frequent first (ties by value): whole values, or the
   * analysed terms of a text field (what an unquoted value matches there).
   */
  values(field: string, prefix: string, limit: number): string[] {
    const f = this.index.get(field);
    if (!f) return [];
    const dictionary = f.soleType() === 'text' ? f.terms : f.values;
    const found: [string, number][] = [];
    for (const [key, entry] of dictionary.entries) if (key.startsWith(prefix)) found.push([key, entryCount(entry)]);
    found.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return found.slice(0, limit).map(([key]) => key);
  }

  // ---- for the search executor: positions are indexes into `all()`, ids are `firstId + position`

  get firstId(): number {
    return this.baseId;
  }

  timeAt(position: number): number {
    return this.times[position]!;
  }

  field(name: string): FieldIndex | undefined {
    return this.index.get(name);
  }

  /** A text value's terms, as indexed (remembered for recent texts). */
  analyzed(text: string): readonly string[] {
    return this.terms(text);
  }

  /** Whether every field's values are scalars (no arrays of objects, which KQL reads as nested documents). */
  get flat(): boolean {
    for (const f of this.index.values()) if (f.opaque) return false;
    return true;
  }

  fieldIndexes(): IterableIterator<FieldIndex> {
    return this.index.values();
  }

  /** The first position whose time is at least `ms` (`size` if none). */
  firstAtOrAfter(ms: number): number {
    let lo = 0;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.times[mid]! < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first position whose time is after `ms` (`size` if none). */
  firstAfter(ms: number): number {
    let lo = 0;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.times[mid]! <= ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private fieldIndex(name: string): FieldIndex {
    let f = this.index.get(name);
    if (!f) this.index.set(name, (f = new FieldIndex(name)));
    return f;
  }

  private drop(count: number): void {
    this.events = this.events.slice(count);
    this.times.copyWithin(0, count, count + this.events.length);
    this.baseId += count;
    for (const f of this.index.values()) f.dropBelow(this.baseId);
  }
}
