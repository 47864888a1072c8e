/**
 * The shapes the log engine answers with: a search's hits, total, histogram and notices, a field's
 * summary, a field counted over time, and the documents around one. The contract hands these to the
 * renderer unchanged; the CLI prints some of them.
 */
import type { EcsEvent } from '../sim/outputs/ecs';

/** How a field is matched: exact (keyword), analysed (text), numerically, as a date, a boolean or an IP address. */
export type LogFieldType = 'keyword' | 'text' | 'number' | 'date' | 'boolean' | 'ip';

/** Half-open ranges [start, end) of UTF-16 offsets into a field's string value that a query matched. */
export type HighlightRanges = Record<string, [start: number, end: number][]>;

/**
 * One event found. `id` is the store's sequence number for it: stable for the life of the store (events
 * dropped by retention keep their numbers unused), increasing with time order.
 */
export type LogHit = { id: number; event: EcsEvent; highlight?: HighlightRanges };

/** Hits per time bucket over [from, to]; `buckets[i]` starts at `from + i × intervalMs` (from aligned down to the interval). */
export type LogHistogram = { from: number; to: number; intervalMs: number; counts: number[] };

/** A field as the sidebar lists it: its type, how many of the sampled hits hold it, and its most frequent values. */
export type LogFieldSummary = {
  name: string;
  type: LogFieldType;
  /** Sampled hits that hold the field (an empty string counts as held, as Elasticsearch's `exists` does). */
  count: number;
  /** Up to ten values, most frequent first (ties by value), each with its count among the sampled hits. */
  top: { value: string; count: number }[];
};

/** Everything a search reports. */
export type LogSearchResult = {
  /** Every matching event in the range, however many hits were returned. */
  total: number;
  /** Up to `limit` hits, newest first, starting `offset` hits from the newest. */
  hits: LogHit[];
  histogram?: LogHistogram;
  /** Field summaries over the newest `sample` hits (Kibana's sidebar sample), sorted by name. */
  fields?: LogFieldSummary[];
  /** How many hits the field summaries were computed from. */
  sampled?: number;
  /** What the learner should know about the query: unknown fields, a range on a field that cannot hold one. */
  notices: string[];
  /** The `now` date math and the default `to` were resolved against (unix ms). */
  nowMs: number;
};

/** A field's hits counted over time, one series per value (the `top` most frequent), plus the rest as `other`. */
export type LogFieldOverTime = {
  field: string;
  from: number;
  to: number;
  intervalMs: number;
  series: { value: string; counts: number[] }[];
  /** Hits holding the field with a value outside the top ones, per bucket. */
  other: number[];
  /** Hits without the field, per bucket. */
  missing: number[];
};

/**
 * The documents around one, by time then id, regardless of the query (as Kibana's surrounding documents
 * view drops the query and keeps only pinned filters): `before` are older, nearest last; `after` newer,
 * nearest first.
 */
export type LogContext = { anchor: LogHit; before: LogHit[]; after: LogHit[]; moreBefore: boolean; moreAfter: boolean };

/** A field as completion and the field list know it. */
export type LogFieldInfo = { name: string; type: LogFieldType; /** Events in the store that hold it. */ count: number };
