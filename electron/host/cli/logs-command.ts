/**
 * `firedrill logs search|eval`: KQL over an ECS NDJSON file (such as `drill export --format ndjson` writes),
 * through the same indexed store and executor as the app. `now` in date math, and the default `to`, is the
 * newest event's time.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import type { NdjsonError } from '../../engine/logs';
import type { KqlSyntaxError } from '../../engine/logs/kql';
import { countMatches, LogStore, NdjsonReader, searchLogs } from '../../engine/logs';
import type { CliIo } from './io';
import { runEvalCommand } from './queries-file';
import type { EvalArgs } from './queries-file';

/** Hits printed by `logs search` unless `--limit` says otherwise (Discover's sample is larger; a terminal is not). */
export const DEFAULT_LIMIT = 100;
const CHUNK_BYTES = 16 * 1024 * 1024;

export type LoadedLogs = { ok: true; store: LogStore } | { ok: false; error: NdjsonError };

/** An NDJSON file's events in a store that keeps them all, read in chunks (a large export outgrows one string). */
export function loadNdjsonFile(path: string): LoadedLogs {
  const reader = new NdjsonReader();
  const decoder = new TextDecoder('utf-8');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const fd = openSync(path, 'r');
  try {
    for (let n = readSync(fd, buffer, 0, CHUNK_BYTES, null); n > 0; n = readSync(fd, buffer, 0, CHUNK_BYTES, null)) {
      reader.push(decoder.decode(buffer.subarray(0, n), { stream: true }));
    }
    reader.push(decoder.decode());
  } finally {
    closeSync(fd);
  }
  const read = reader.end();
  if (!read.ok) return read;
  const store = new LogStore(Math.max(1, read.events.length));
  store.append(read.events);
  return { ok: true, store };
}

/** A time as the CLI takes one: unix seconds (fractions allowed) or an ISO 8601 date/time, to unix ms. */
export function parseLogTime(value: string | number): number {
  if (typeof value === 'number') return Math.round(value * 1000);
  const text = value.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return Math.round(Number(text) * 1000);
  const ms = /^\d{4}-\d{2}(-\d{2})?([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(ms)) throw new Error(`cannot read "${value}" as a time (ISO 8601 or unix seconds)`);
  return ms;
}

function loadData(path: string, io: CliIo): LogStore | undefined {
  try {
    const loaded = loadNdjsonFile(path);
    if (loaded.ok) return loaded.store;
    io.err(`${path}:${loaded.error.line}: ${loaded.error.message}`);
  } catch (error) {
    io.err(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return undefined;
}

/** Kibana's message and where it points. */
function syntaxErrorText(error: KqlSyntaxError): string {
  return `${error.message} (at position ${error.position})`;
}

export type SearchArgs = { data?: string; query?: string; from?: string; to?: string; limit?: number };

/** `logs search --data F --query Q [--from T] [--to T] [--limit N]`: `{"total":N,"hits":[…]}`, newest first. */
export function logsSearchCommand(args: SearchArgs, io: CliIo): number {
  if (args.data === undefined || args.query === undefined) {
    io.err('usage: firedrill logs search --data <file.ndjson> --query <KQL> [--from T] [--to T] [--limit N]');
    return 2;
  }
  let range: { from?: number; to?: number };
  try {
    range = { ...(args.from !== undefined && { from: parseLogTime(args.from) }), ...(args.to !== undefined && { to: parseLogTime(args.to) }) };
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const store = loadData(args.data, io);
  if (!store) return 2;
  const found = searchLogs(store, args.query, { ...range, nowMs: store.newestMs() ?? 0, limit: args.limit ?? DEFAULT_LIMIT });
  if (!found.ok) {
    io.err(`query: ${syntaxErrorText(found.error)}\n  ${args.query}\n  ${' '.repeat(found.error.position)}^`);
    return 2;
  }
  for (const notice of found.result.notices) io.err(notice);
  const hits = found.result.hits.map((h) => JSON.stringify(h.event));
  io.out(hits.length === 0 ? `{"total":${found.result.total},"hits":[]}` : `{"total":${found.result.total},"hits":[\n${hits.join(',\n')}\n]}`);
  return 0;
}

const timeValue = z.union([z.number(), z.string()]);
const QueriesFile = z.object({
  queries: z.array(z.object({ id: z.union([z.string(), z.number()]), query: z.string(), from: timeValue.optional(), to: timeValue.optional() })),
});
type QueryInput = z.infer<typeof QueriesFile>['queries'][number];
export type EvalResult = { id: string | number; status: 'success'; total: number; ms: number } | { id: string | number; status: 'error'; error: string };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One query of an eval file, matched `repeat` times afresh; the total and the median time. */
export function evalQuery(store: LogStore, q: QueryInput, repeat: number): EvalResult {
  let range: { from?: number; to?: number };
  try {
    range = { ...(q.from !== undefined && { from: parseLogTime(q.from) }), ...(q.to !== undefined && { to: parseLogTime(q.to) }) };
  } catch (error) {
    return { id: q.id, status: 'error', error: error instanceof Error ? error.message : String(error) };
  }
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    const counted = countMatches(store, q.query, { ...range, nowMs: store.newestMs() ?? 0 });
    times.push(performance.now() - started);
    if (!counted.ok) return { id: q.id, status: 'error', error: syntaxErrorText(counted.error) };
    total = counted.result;
  }
  return { id: q.id, status: 'success', total, ms: Math.round(median(times) * 1000) / 1000 };
}

/** `logs eval --data F --queries Q.json [--repeat N] [--out F]`: `{"results":[…]}`, one result a line. */
export function logsEvalCommand(args: EvalArgs, io: CliIo): number {
  return runEvalCommand(args, io, {
    usage: 'firedrill logs eval --data <file.ndjson> --queries <file.json> [--repeat N] [--out FILE]',
    schema: QueriesFile,
    load: loadData,
    run: evalQuery,
  });
}
