/**
 * Runs a PromQL test script against an engine: loads series into a store, evaluates every eval that is not
 * skipped, and compares by upstream's matching rules. Pure: the caller reads files and supplies the engine.
 */
import type { Labels } from '../../tsdb';
import { SeriesStore, labelsKey } from '../../tsdb';
import type { Expr } from '../parser';
import { ParseError, formatExpr, parseExpr } from '../parser';
import type { Value } from '../engine/values';
import { QueryError } from '../engine/values';
import { almostEqual, checkFailure, compareResult, describeExpected, describeValue, formatNumber } from './compare';
import { skipReason } from './classify';
import type { EvalCommand, LoadCommand } from './script';
import { parseScript } from './script';

/** The engine under test: instant and range queries over a store whose sample times are unix milliseconds. */
export type EngineUnderTest = {
  instant(store: SeriesStore, expr: string, timeMs: number): Value;
  range(store: SeriesStore, expr: string, startMs: number, endMs: number, stepMs: number): Value;
};

export type EvalOutcome =
  | { status: 'passed'; line: number; text: string }
  | { status: 'failed'; line: number; text: string; expected: string; got: string; why: string }
  | { status: 'skipped'; line: number; text: string; reason: string };

export type ScriptReport = {
  outcomes: EvalOutcome[];
  passed: number;
  failed: number;
  skipped: number;
  /** Skip reason → how many evals it skipped. */
  skipReasons: Map<string, number>;
};

export type RunOptions = {
  /**
   * Also check upstream's extra invariants for instant evals: the query with `@ <t>` added to every selector
   * and subquery (evaluated at -10t, 0, t/5, t and 10t; at -1s, 0 and 1s for t=0) gives the same answer, and
   * each of these as a range query from t-1m to t+1m step 1m gives it at its middle step.
   */
  invariants?: boolean;
};

/** Prometheus's error text for a thrown error; `crashed` when it is not an error the engine means to raise. */
function errorText(error: unknown): { text: string; crashed: boolean } {
  if (error instanceof ParseError) return { text: error.display, crashed: false };
  if (error instanceof QueryError) return { text: error.message, crashed: false };
  if (error instanceof Error) return { text: `${error.name}: ${error.message}`, crashed: true };
  return { text: String(error), crashed: true };
}

/** The series loaded so far: samples by time, kept apart from the store so loads may come in any order. */
class LoadedData {
  private readonly series = new Map<string, { labels: Labels; samples: Map<number, number> }>();
  private store: SeriesStore | undefined;
  /** Label sets that hold native histograms (loaded with `{{…}}`, or `load_with_nhcb` twins). */
  readonly histograms = new Map<string, Labels>();

  load(cmd: LoadCommand): void {
    this.store = undefined;
    for (const s of cmd.series) {
      const key = labelsKey(s.labels);
      const entry = this.series.get(key) ?? { labels: s.labels, samples: new Map<number, number>() };
      this.series.set(key, entry);
      s.values.forEach((v, i) => {
        const t = i * cmd.stepMs;
        if (v.kind === 'float') entry.samples.set(t, v.value);
        else if (v.kind === 'histogram') this.histograms.set(key, s.labels);
      });
      if (cmd.withNhcb) {
        const twin = nhcbTwin(s.labels);
        if (twin) this.histograms.set(labelsKey(twin), twin);
      }
    }
  }

  /** The float samples as a store (series with no float sample are left out). */
  toStore(): SeriesStore {
    if (this.store) return this.store;
    const store = new SeriesStore();
    for (const { labels, samples } of this.series.values()) {
      if (samples.size === 0) continue;
      const ref = store.ref(labels);
      for (const t of [...samples.keys()].sort((a, b) => a - b)) store.append(ref, t, samples.get(t)!);
    }
    this.store = store;
    return store;
  }
}

/** The native histogram `load_with_nhcb` stores beside a classic histogram series: base name, no `le`. */
function nhcbTwin(labels: Labels): Labels | undefined {
  const name = labels.__name__ ?? '';
  const suffix = ['_bucket', '_count', '_sum'].find((s) => name.endsWith(s));
  if (!suffix || (suffix === '_bucket' && labels.le === undefined)) return undefined;
  const { le: _le, ...rest } = labels;
  return { ...rest, __name__: name.slice(0, -suffix.length) };
}

type Mismatch = { got: string; why: string };

/** Runs one query of an eval and checks it; undefined when it passes. */
function check(ev: EvalCommand, run: () => Value): { value?: Value; mismatch?: Mismatch } {
  let value: Value;
  try {
    value = run();
  } catch (error) {
    const { text, crashed } = errorText(error);
    if (ev.fail && !crashed) {
      const mismatch = checkFailure(ev, text);
      return mismatch === undefined ? {} : { mismatch: { got: `error: ${text}`, why: mismatch } };
    }
    return { mismatch: { got: `error: ${text}`, why: crashed ? 'the engine crashed' : 'unexpected error' } };
  }
  if (ev.fail) return { mismatch: { got: describeValue(value), why: 'expected an error, got a result' } };
  const mismatch = compareResult(ev, value);
  return mismatch === undefined ? { value } : { mismatch: { got: describeValue(value), why: mismatch } };
}

/** Runs one eval; undefined when it passes, else what came back and why it differs from the expectation. */
function runEval(ev: EvalCommand, store: SeriesStore, engine: EngineUnderTest, options: RunOptions): Mismatch | undefined {
  if (ev.range) return check(ev, () => engine.range(store, ev.expr, ev.start, ev.end, ev.step)).mismatch;
  const variants = [{ expr: ev.expr, time: ev.time, what: '' }];
  if (options.invariants) {
    const at = atVariant(ev.expr, ev.time);
    const times = ev.time === 0 ? [-1000, 0, 1000] : [-10 * ev.time, 0, Math.trunc(ev.time / 5), ev.time, 10 * ev.time];
    if (at !== undefined) for (const time of times) variants.push({ expr: at, time, what: `@ invariant (${at} at ${time / 1000}s): ` });
  }
  for (const variant of variants) {
    const { value, mismatch } = check(ev, () => engine.instant(store, variant.expr, variant.time));
    if (mismatch) return { got: mismatch.got, why: variant.what + mismatch.why };
    if (!options.invariants || value === undefined) continue;
    const ranged = rangeInvariant(ev, variant.expr, variant.time, value, store, engine);
    if (ranged) return { got: ranged.got, why: variant.what + ranged.why };
  }
  return undefined;
}

/** Prometheus's AtModifierUnsafeFunctions: their result varies with the evaluation time even under `@`. */
const AT_UNSAFE = new Set(['days_in_month', 'day_of_month', 'day_of_week', 'day_of_year', 'hour', 'minute', 'month', 'year', 'predict_linear', 'time', 'timestamp']);

/**
 * The query with `@ <time>` on every selector and subquery that has none (nothing changes below a subquery
 * that has one), printed back to text; undefined when it uses an @-unsafe function or does not parse.
 */
function atVariant(text: string, timeMs: number): string | undefined {
  let expr: Expr;
  try {
    expr = parseExpr(text);
  } catch {
    return undefined;
  }
  let unsafe = false;
  const at = { timestamp: timeMs };
  const visit = (e: Expr): void => {
    switch (e.type) {
      case 'VectorSelector':
        e.at ??= at;
        return;
      case 'MatrixSelector':
        e.vectorSelector.at ??= at;
        return;
      case 'SubqueryExpr':
        // Below a subquery with @, upstream leaves everything as it is.
        if (e.at === undefined) e.at = at;
        return;
      case 'Call':
        if (AT_UNSAFE.has(e.func)) unsafe = true;
        e.args.forEach(visit);
        return;
      case 'AggregateExpr':
        visit(e.expr);
        if (e.param) visit(e.param);
        return;
      case 'BinaryExpr':
        visit(e.lhs);
        visit(e.rhs);
        return;
      case 'ParenExpr':
      case 'UnaryExpr':
        visit(e.expr);
        return;
      default:
        return;
    }
  };
  visit(expr);
  return unsafe ? undefined : formatExpr(expr);
}

/** Upstream's range-mode check of an instant eval: the middle step of t-1m..t+1m (step 1m) equals the answer. */
function rangeInvariant(ev: EvalCommand, expr: string, time: number, instant: Value, store: SeriesStore, engine: EngineUnderTest): Mismatch | undefined {
  if (ev.rangeVector || ev.expectString !== undefined || ev.ordered) return undefined;
  if (/(start|end|range|step)\(\)/.test(expr)) return undefined;
  let ranged: Value;
  try {
    ranged = engine.range(store, expr, time - 60_000, time + 60_000, 60_000);
  } catch (error) {
    return { got: `error in range mode: ${errorText(error).text}`, why: 'range-mode invariant: the range query failed' };
  }
  if (ranged.type !== 'matrix') return { got: describeValue(ranged), why: 'range-mode invariant: a range query must return a matrix' };
  const samples = ranged.series.flatMap((s) => s.points.filter((p) => p.t === time).map((p) => ({ metric: s.metric, t: p.t, v: p.v })));
  if (instant.type === 'scalar') {
    const v = samples[0]?.v;
    if (v !== undefined && almostEqual(v, instant.v)) return undefined;
    return { got: `range mode: ${v === undefined ? 'no point' : formatNumber(v)}`, why: 'range-mode invariant: middle step differs from the instant answer' };
  }
  const mismatch = compareResult(ev, { type: 'vector', samples });
  return mismatch === undefined ? undefined : { got: `range mode: ${describeValue({ type: 'vector', samples })}`, why: `range-mode invariant: ${mismatch}` };
}

/** Runs a whole script. Never throws for the engine's sake: a crash is a failed eval. */
export function runScript(text: string, engine: EngineUnderTest, options: RunOptions = {}): ScriptReport {
  const report: ScriptReport = { outcomes: [], passed: 0, failed: 0, skipped: 0, skipReasons: new Map() };
  const skip = (line: number, text: string, reason: string) => {
    report.outcomes.push({ status: 'skipped', line, text, reason });
    report.skipped++;
    report.skipReasons.set(reason, (report.skipReasons.get(reason) ?? 0) + 1);
  };
  let data = new LoadedData();
  /** A load line this runner could not read: evals until the next `clear` would see incomplete data. */
  let tainted: string | undefined;
  for (const cmd of parseScript(text)) {
    if (cmd.kind === 'clear') {
      data = new LoadedData();
      tainted = undefined;
    } else if (cmd.kind === 'load') {
      data.load(cmd);
      if (cmd.problems.length > 0) tainted ??= `data not loaded (${cmd.problems[0]})`;
    } else if (cmd.kind === 'unsupported') {
      skip(cmd.line, cmd.text, `unsupported: ${cmd.reason}`);
    } else {
      const reason = skipReason(cmd, [...data.histograms.values()]) ?? (tainted === undefined ? undefined : `unsupported: ${tainted}`);
      if (reason !== undefined) {
        skip(cmd.line, cmd.text, reason);
        continue;
      }
      const result = runEval(cmd, data.toStore(), engine, options);
      if (result === undefined) {
        report.outcomes.push({ status: 'passed', line: cmd.line, text: cmd.text });
        report.passed++;
      } else {
        report.outcomes.push({ status: 'failed', line: cmd.line, text: cmd.text, expected: describeExpected(cmd), ...result });
        report.failed++;
      }
    }
  }
  return report;
}
