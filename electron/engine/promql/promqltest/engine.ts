import type { EngineOptions } from '../engine';
import { instantQuery, rangeQuery } from '../engine';
import { parseExpr } from '../parser';
import { storeQueryable } from '../../tsdb';
import type { EngineUnderTest } from './runner';

/**
 * The engine settings Prometheus's own test runner uses (promqltest.NewTestEngine): lookback 5m, subquery
 * default step 1m, at most 10,000 samples a query, delayed `__name__` removal on. The store's zero is the
 * unix epoch, as test scripts load from t=0.
 */
export const UPSTREAM_TEST_OPTIONS: EngineOptions = {
  lookbackDeltaMs: 300_000,
  subqueryStepMs: 60_000,
  maxSamples: 10_000,
  delayedNameRemoval: true,
};

/** Firedrill's parser and evaluator, as the conformance runner drives them. */
export const firedrillEngine: EngineUnderTest = {
  instant: (store, expr, timeMs) => instantQuery(storeQueryable(store, 0), parseExpr(expr), timeMs, UPSTREAM_TEST_OPTIONS),
  range: (store, expr, startMs, endMs, stepMs) => rangeQuery(storeQueryable(store, 0), parseExpr(expr), startMs, endMs, stepMs, UPSTREAM_TEST_OPTIONS),
};
