import { performance } from 'node:perf_hooks';
import type { ApiData, EngineOptions, Value } from '../../engine/promql/engine';
import { instantQuery, rangeQuery, toApiData } from '../../engine/promql/engine';
import { parseExpr } from '../../engine/promql/parser';
import type { Queryable } from '../../engine/tsdb';

/** Prometheus's server defaults (2m query timeout, lookback 5m, 50M samples), timed by this process's clock. */
const SERVER_OPTIONS: EngineOptions = { timeoutMs: 120_000, now: () => performance.now() };

/** What /api/v1/query does with `query` and `time` (ms): parse, then evaluate. Throws ParseError or QueryError. */
export function instantQueryApi(queryable: Queryable, expr: string, timeMs: number): Value {
  return instantQuery(queryable, parseExpr(expr), timeMs, SERVER_OPTIONS);
}

/** What /api/v1/query_range does (times in ms). Throws ParseError or QueryError (bad_data for bad parameters). */
export function rangeQueryApi(queryable: Queryable, expr: string, startMs: number, endMs: number, stepMs: number): Value {
  return rangeQuery(queryable, parseExpr(expr), startMs, endMs, stepMs, SERVER_OPTIONS);
}

/** A result as the API's `data` object: resultType and result. */
export function apiResult(value: Value): ApiData {
  return toApiData(value);
}
