/**
 * Searches over a log store, as Discover runs them: a KQL query over an inclusive time range to the total,
 * a page of hits newest first, and optionally the hit histogram, the field sidebar and highlights. The
 * match set of the last few searches is kept, so paging through the same query and range only walks bits.
 */
import type { KqlNode, KqlSyntaxError } from '../kql';
import { highlight, parseKql } from '../kql';
import type { EcsEvent } from '../../sim/outputs/ecs';
import type { LogStore } from '../store';
import type { LogHit, LogSearchResult } from '../types';
import type { Bitset } from './bitset';
import { fieldSummaries } from './field-summary';
import { histogram } from './histogram';
import type { Slice } from './match';
import { matchSlice } from './match';
import { queryNotices } from './notices';

export type SearchOptions = {
  /** Inclusive bounds in unix ms: `from` defaults to the oldest event, `to` to `nowMs`. */
  from?: number;
  to?: number;
  /** What `now` means in date math. */
  nowMs: number;
  limit: number;
  offset?: number;
  /** The histogram's bar target. */
  histogram?: { buckets: number };
  /** Summarise the fields of the newest `sample` hits. */
  fields?: { sample: number };
  highlight?: boolean;
};

export type Searched<T> = { ok: true; result: T } | { ok: false; error: KqlSyntaxError };

/** A query's matches over a range, as searches share them. */
export type MatchSet = { ast: KqlNode; slice: Slice; matches: Bitset; from: number; to: number };

const CACHED = 4;
const recent = new WeakMap<LogStore, { key: string; set: MatchSet }[]>();

/** The match set of a query over [from, to], from the cache when the same search ran last on the same store contents. */
export function findMatches(store: LogStore, query: string, range: { from?: number; to?: number; nowMs: number }): Searched<MatchSet> {
  const to = range.to ?? range.nowMs;
  const from = range.from ?? (store.size > 0 ? Math.min(store.timeAt(0), to) : to);
  const key = JSON.stringify([query, from, to, range.nowMs, store.firstId, store.size]);
  const cached = recent.get(store) ?? [];
  const hit = cached.find((c) => c.key === key);
  if (hit) return { ok: true, result: hit.set };
  const parsed = parseKql(query);
  if (!parsed.ok) return parsed;
  const slice: Slice = { store, lo: store.firstAtOrAfter(from), hi: Math.max(store.firstAtOrAfter(from), store.firstAfter(to)), nowMs: range.nowMs };
  const set: MatchSet = { ast: parsed.ast, slice, matches: matchSlice(parsed.ast, slice), from, to };
  recent.set(store, [{ key, set }, ...cached].slice(0, CACHED));
  return { ok: true, result: set };
}

/** How many events a query matches over [from, to], matched afresh (no cache): what `logs eval` times. */
export function countMatches(store: LogStore, query: string, range: { from?: number; to?: number; nowMs: number }): Searched<number> {
  const parsed = parseKql(query);
  if (!parsed.ok) return parsed;
  const to = range.to ?? range.nowMs;
  const lo = range.from === undefined ? 0 : store.firstAtOrAfter(range.from);
  const slice: Slice = { store, lo, hi: Math.max(lo, store.firstAfter(to)), nowMs: range.nowMs };
  return { ok: true, result: matchSlice(parsed.ast, slice).count() };
}

export function searchLogs(store: LogStore, query: string, options: SearchOptions): Searched<LogSearchResult> {
  const found = findMatches(store, query, options);
  if (!found.ok) return found;
  const { ast, slice, matches, from, to } = found.result;
  const events = store.all();
  const hitAt = (bit: number): LogHit => {
    const position = slice.lo + bit;
    const hit: LogHit = { id: store.firstId + position, event: events[position]! };
    if (options.highlight) hit.highlight = highlight(ast, hit.event, { nowMs: options.nowMs });
    return hit;
  };
  const result: LogSearchResult = { total: matches.count(), hits: take(matches.descending(options.offset ?? 0), options.limit).map(hitAt), notices: queryNotices(ast, store), nowMs: options.nowMs };
  if (options.histogram) result.histogram = histogram(matches, slice, from, to, options.histogram.buckets);
  if (options.fields) {
    const sample = take(matches.descending(), options.fields.sample).map((bit) => events[slice.lo + bit]!);
    result.fields = fieldSummaries(sample);
    result.sampled = sample.length;
  }
  return { ok: true, result };
}

/** The events matching a parsed query in [fromMs, toMs] (inclusive), oldest first: what a log alert rule counts. */
export function* matchingEvents(store: LogStore, ast: KqlNode, fromMs: number, toMs: number, nowMs: number): Generator<EcsEvent> {
  const lo = store.firstAtOrAfter(fromMs);
  const slice: Slice = { store, lo, hi: Math.max(lo, store.firstAfter(toMs)), nowMs };
  const events = store.all();
  for (const bit of matchSlice(ast, slice).ascending()) yield events[lo + bit]!;
}

function take(bits: Iterator<number>, n: number): number[] {
  const out: number[] = [];
  for (let next = bits.next(); out.length < n && !next.done; next = bits.next()) out.push(next.value);
  return out;
}
