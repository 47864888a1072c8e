import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import type { Value } from '../../engine/promql/engine';
import { QueryError } from '../../engine/promql/engine';
import { ParseError } from '../../engine/promql/parser/errors';
import type { EngineUnderTest, ScriptReport } from '../../engine/promql/promqltest';
import { firedrillEngine, runScript } from '../../engine/promql/promqltest';
import type { Queryable } from '../../engine/tsdb';
import { storeQueryable } from '../../engine/tsdb';
import type { CliIo } from './io';
import { formatResults, runEvalCommand } from './queries-file';
import type { EvalArgs } from './queries-file';
import { loadOpenMetricsFile } from './openmetrics-file';
import { apiResult, instantQueryApi, rangeQueryApi } from './promql-engine';

// ---------------------------------------------------------------- promql test

export type TestArgs = { files: readonly string[]; invariants: boolean };

/** The eval's reference for a failure line: `file:line: eval …`. */
function failureLines(file: string, report: ScriptReport): string[] {
  const lines: string[] = [];
  for (const o of report.outcomes) {
    if (o.status !== 'failed') continue;
    lines.push(`${file}:${o.line}: ${o.text}`, `  expected: ${o.expected}`, `  got: ${o.got}`, `  why: ${o.why}`);
  }
  return lines;
}

/**
 * `promql test <files…>`: runs Prometheus PromQL test scripts against the engine. Prints every failing eval
 * (file:line, expected, got), a line per file, then `N passed, N failed, N skipped` and the skip reasons with
 * their counts. Exit 1 if any eval failed.
 */
export function testCommand(args: TestArgs, io: CliIo, engine: EngineUnderTest = firedrillEngine): number {
  if (args.files.length === 0) {
    io.err('usage: firedrill promql test <file.test…> [--invariants]');
    return 2;
  }
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const reasons = new Map<string, number>();
  const perFile: string[] = [];
  for (const file of args.files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      io.err(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
    const report = runScript(text, engine, { invariants: args.invariants });
    for (const line of failureLines(file, report)) io.out(line);
    perFile.push(`${file}: ${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped`);
    totals.passed += report.passed;
    totals.failed += report.failed;
    totals.skipped += report.skipped;
    for (const [reason, n] of report.skipReasons) reasons.set(reason, (reasons.get(reason) ?? 0) + n);
  }
  if (args.files.length > 1) for (const line of perFile) io.out(line);
  io.out(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) io.out(`  ${n} skipped: ${reason}`);
  return totals.failed > 0 ? 1 : 0;
}

// ---------------------------------------------------------------- times

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/**
 * A query time as Prometheus's API reads one: unix seconds (fractions allowed) or RFC 3339, to unix ms
 * (rounded to the millisecond, as Prometheus does).
 */
export function parseTime(value: string | number): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot parse "${value}" to a valid timestamp`);
    return Math.round(value * 1000);
  }
  const text = value.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const m = RFC3339.exec(text);
  if (!m) throw new Error(`cannot parse "${value}" to a valid timestamp`);
  const [, y, mo, d, h, mi, s, frac, , sign, oh, om] = m;
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) + Math.round(Number(`0.${frac ?? '0'}`) * 1000);
  if (sign) ms -= (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000;
  return ms;
}

const DURATION = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
const UNIT_MS = [365 * 86_400_000, 7 * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000, 1];

/** A query step as the API reads one: seconds (fractions allowed) or a Prometheus duration, to ms. */
export function parseStep(value: string | number): number {
  if (typeof value === 'number' || /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value.trim())) {
    const ms = Math.round(Number(value) * 1000);
    if (!Number.isFinite(ms)) throw new Error(`cannot parse "${value}" to a valid duration`);
    return ms;
  }
  const m = DURATION.exec(value.trim());
  if (!m || value.trim() === '') throw new Error(`cannot parse "${value}" to a valid duration`);
  return UNIT_MS.reduce((sum, unit, i) => sum + (m[i + 1] === undefined ? 0 : Number(m[i + 1]) * unit), 0);
}

// ---------------------------------------------------------------- promql eval / query

const timeValue = z.union([z.number(), z.string()]);
const QueryInput = z.discriminatedUnion('kind', [
  z.object({ id: z.union([z.string(), z.number()]), kind: z.literal('instant'), expr: z.string(), time: timeValue }),
  z.object({ id: z.union([z.string(), z.number()]), kind: z.literal('range'), expr: z.string(), start: timeValue, end: timeValue, step: timeValue }),
]);
const QueriesFile = z.object({ queries: z.array(QueryInput) });
export type QueryInput = z.infer<typeof QueriesFile>['queries'][number];

/** One entry of the output: the API's `data` on success, its errorType/error on failure, and the median time. */
export type QueryOutput =
  | { id: string | number; status: 'success'; resultType: string; result: unknown; ms: number }
  | { id: string | number; status: 'error'; errorType: string; error: string; ms: number };

class BadData extends Error {}

/**
 * Runs one query as the HTTP API would: reads the times, then evaluates (the engine checks the range
 * parameters with the API's messages). Throws BadData, ParseError or QueryError.
 */
function evaluate(queryable: Queryable, q: QueryInput): Value {
  const param = (name: string, parse: () => number) => {
    try {
      return parse();
    } catch (error) {
      throw new BadData(`invalid parameter "${name}": ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  if (q.kind === 'instant') return instantQueryApi(queryable, q.expr, param('time', () => parseTime(q.time)));
  const start = param('start', () => parseTime(q.start));
  const end = param('end', () => parseTime(q.end));
  const step = param('step', () => parseStep(q.step));
  return rangeQueryApi(queryable, q.expr, start, end, step);
}

/** An error as the API reports it (errorType, error). Anything unexpected is Prometheus's `internal`. */
function apiError(error: unknown): { errorType: string; error: string } {
  if (error instanceof BadData) return { errorType: 'bad_data', error: error.message };
  if (error instanceof ParseError) return { errorType: 'bad_data', error: `invalid parameter "query": ${error.display}` };
  if (error instanceof QueryError) {
    const errorType = error.kind === 'timeout' ? 'timeout' : error.kind === 'bad_data' ? 'bad_data' : 'execution';
    return { errorType, error: error.message };
  }
  return { errorType: 'internal', error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs a query `repeat` times; the first run's answer, the median time. */
export function runQuery(queryable: Queryable, q: QueryInput, repeat: number): QueryOutput {
  const times: number[] = [];
  let outcome: { ok: true; value: Value } | { ok: false; error: unknown } | undefined;
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    let run: { ok: true; value: Value } | { ok: false; error: unknown };
    try {
      run = { ok: true, value: evaluate(queryable, q) };
    } catch (error) {
      run = { ok: false, error };
    }
    times.push(performance.now() - started);
    outcome ??= run;
  }
  const ms = Math.round(median(times) * 1000) / 1000;
  if (!outcome!.ok) return { id: q.id, status: 'error', ...apiError(outcome!.error), ms };
  return { id: q.id, status: 'success', ...apiResult(outcome!.value), ms };
}

/** `{"results":[…]}` with one result a line. */

function loadData(path: string, io: CliIo): { queryable: Queryable; newestMs: number } | undefined {
  try {
    const loaded = loadOpenMetricsFile(path);
    return { queryable: storeQueryable(loaded.store, loaded.epochMs), newestMs: loaded.newestMs };
  } catch (error) {
    io.err(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** `promql eval --data F.om --queries Q.json [--repeat N] [--out F]`. */
export function evalCommand(args: EvalArgs, io: CliIo): number {
  return runEvalCommand(args, io, {
    usage: 'firedrill promql eval --data <file.om> --queries <file.json> [--repeat N] [--out FILE]',
    schema: QueriesFile,
    load: loadData,
    run: (data, query, repeat) => runQuery(data.queryable, query, repeat),
  });
}

export type QueryArgs = { data?: string; expr?: string; time?: string };

/** `promql query --data F.om --expr E [--time T]`: one instant query (T defaults to the newest sample's time). */
export function queryCommand(args: QueryArgs, io: CliIo): number {
  if (args.data === undefined || args.expr === undefined) {
    io.err('usage: firedrill promql query --data <file.om> --expr <PromQL> [--time <unix seconds | RFC 3339>]');
    return 2;
  }
  const data = loadData(args.data, io);
  if (!data) return 2;
  const time = args.time ?? (Number.isNaN(data.newestMs) ? 0 : data.newestMs / 1000);
  io.out(formatResults([runQuery(data.queryable, { id: 'query', kind: 'instant', expr: args.expr, time }, 1)]).trimEnd());
  return 0;
}
