import type { RequestError, Result } from '../../contract';
import { err, ok } from '../../contract';
import { instantQuery, QueryError, rangeQuery, toApiData } from '../../engine/promql/engine';
import type { EngineOptions } from '../../engine/promql/engine';
import { parseExpr, parseMetricSelector, ParseError } from '../../engine/promql/parser';
import type { Expr } from '../../engine/promql/parser';
import type { LabelMatcher, StoredSeries } from '../../engine/tsdb';
import { storeQueryable } from '../../engine/tsdb/queryable';
import type { AttemptSession } from '../drill/session';
import type { HandlerMap } from './context';
import { noDrill } from './drill-handlers';

/** A query from the UI may run this long before it is stopped with a clear error (the app must stay responsive). */
const QUERY_TIMEOUT_MS = 2_000;
/** Points a range query may return in all (a runaway query must not flood the renderer). */
const MAX_TOTAL_POINTS = 250_000;

const options: EngineOptions = { timeoutMs: QUERY_TIMEOUT_MS, now: () => performance.now(), maxPointsPerSeries: 11_000 };

function parse(expr: string): { ok: true; expr: Expr } | { ok: false; error: Result<never> } {
  try {
    return { ok: true, expr: parseExpr(expr) };
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    const failure: RequestError = { code: 'bad_input', message: error.display, field: 'expr', position: error.positionRange };
    return { ok: false, error: { ok: false, error: failure } };
  }
}

function run<T>(evaluate: () => T): Result<T> {
  try {
    return ok(evaluate());
  } catch (error) {
    if (error instanceof QueryError) return err('query_failed', error.message, 'expr');
    throw error;
  }
}

/** Unix ms of the drill's current moment: queries see the world up to now, never ahead of it. */
function nowMs(session: AttemptSession): number {
  return session.drill.sim.world.startUnixMs + session.drill.now;
}

function points(data: ReturnType<typeof toApiData>): number {
  return data.resultType === 'matrix' ? data.result.reduce((n, s) => n + s.values.length, 0) : 0;
}

export const promqlHandlers: HandlerMap = {
  'promql.query': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    const parsed = parse(input.expr);
    if (!parsed.ok) return parsed.error;
    const timeMs = input.time === undefined ? nowMs(session) : Math.round(input.time * 1000);
    if (!input.auto) session.record('promql.query', { expr: input.expr, time: timeMs / 1000 });
    const queryable = storeQueryable(session.drill.sim.store, session.drill.sim.world.startUnixMs);
    return run(() => toApiData(instantQuery(queryable, parsed.expr, timeMs, options)));
  },
  'promql.queryRange': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    const parsed = parse(input.expr);
    if (!parsed.ok) return parsed.error;
    const [start, end, step] = [Math.round(input.start * 1000), Math.round(input.end * 1000), Math.round(input.step * 1000)];
    if ((end - start) / step > 11_000) {
      return err('bad_input', 'exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)', 'step');
    }
    if (!input.auto) session.record('promql.queryRange', { expr: input.expr, start: input.start, end: input.end, step: input.step });
    const queryable = storeQueryable(session.drill.sim.store, session.drill.sim.world.startUnixMs);
    const result = run(() => toApiData(rangeQuery(queryable, parsed.expr, start, end, step, options)));
    if (result.ok && points(result.value) > MAX_TOTAL_POINTS) {
      return err('query_failed', `the query returned ${points(result.value).toLocaleString('en')} points, more than the ${MAX_TOTAL_POINTS.toLocaleString('en')} a panel can draw: aggregate it (sum by …) or raise the step`, 'expr');
    }
    return result;
  },
  'promql.labels': (context) => (context.session ? ok(context.session.drill.sim.store.labelNames()) : noDrill()),
  'promql.labelValues': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    const store = session.drill.sim.store;
    // The plain case stays on the postings index: completion asks for it on every keystroke.
    if (input.match === undefined && input.start === undefined && input.end === undefined) return ok(store.labelValues(input.label));
    const selected = selectSeries(session, input.match, input.start, input.end);
    if (!selected.ok) return selected;
    const values = new Set<string>();
    for (const s of selected.value) {
      const value = s.labels[input.label];
      if (value !== undefined && value !== '') values.add(value);
    }
    return ok([...values].sort());
  },
  'promql.series': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    const selected = selectSeries(session, input.match, input.start, input.end);
    return selected.ok ? ok(selected.value.map((s) => ({ ...s.labels }))) : selected;
  },
};

/**
 * The series any `match[]` selector accepts (every series when there is none), each once, that hold a
 * sample in [start, end] (unix seconds; the whole store up to now when left out) — /api/v1/series's rule.
 */
function selectSeries(session: AttemptSession, match: readonly string[] | undefined, start: number | undefined, end: number | undefined): Result<StoredSeries[]> {
  const sets: LabelMatcher[][] = [];
  for (const selector of match ?? []) {
    try {
      sets.push(parseMetricSelector(selector));
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      return { ok: false, error: { code: 'bad_input', message: `${selector}: ${error.display}`, field: 'match', position: error.positionRange } };
    }
  }
  const store = session.drill.sim.store;
  const epoch = session.drill.sim.world.startUnixMs;
  const from = start === undefined ? -Infinity : start * 1000 - epoch;
  const to = end === undefined ? session.drill.now : end * 1000 - epoch;
  const seen = new Set<number>();
  const out: StoredSeries[] = [];
  for (const s of sets.length === 0 ? store.all() : sets.flatMap((matchers) => store.select(matchers))) {
    if (seen.has(s.ref) || !hasSampleBetween(s, from, to)) continue;
    seen.add(s.ref);
    out.push(s);
  }
  return ok(out);
}

/** Whether a series holds a sample at a store-relative time in [from, to] (its times ascend). */
function hasSampleBetween(series: StoredSeries, from: number, to: number): boolean {
  let lo = 0;
  let hi = series.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (series.times[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < series.length && series.times[lo]! <= to;
}
