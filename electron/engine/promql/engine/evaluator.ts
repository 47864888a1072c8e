import type { Labels, Queryable, SeriesView } from '../../tsdb';
import { compileRegex, formatFloatF } from '../../tsdb';
import type { AggregateExpr, AtModifier, BinaryExpr, Call, Expr, MatrixSelector, SubqueryExpr, UnaryExpr, VectorSelector } from '../parser/ast';
import { aggregate, groupingLabels } from './aggregate';
import { scalarBinop, vectorAnd, vectorBinop, vectorOr, vectorScalarBinop, vectorUnless } from './binary';
import { exprType, matchingOf, unwrapParens } from './expr-type';
import type { RangeFunction } from './function-types';
import { FUNCTION_CALLS } from './functions';
import { absentLabels } from './instant-functions';
import { isValidLabelName, labelJoin, labelReplace } from './label-functions';
import { dropMetadata, labelsHash, setLabel, signature } from './labels';
import { pointsWindow, sampleAt, viewWindow } from './selectors';
import type { EvalResult, EvalSample, EvalSeries, Point } from './series';
import { NO_LABELS, totalPoints } from './series';
import { QueryError } from './values';

/** What every evaluator of one query shares. */
export type EvalContext = {
  readonly queryable: Queryable;
  readonly lookbackMs: number;
  readonly maxSamples: number;
  /** The step of a subquery written without one (`[30m:]`). */
  readonly subqueryStepMs: number;
  readonly delayedNameRemoval: boolean;
  readonly prometheus2: boolean;
  /** What `@ start()` and `@ end()` stand for. */
  readonly queryStart: number;
  readonly queryEnd: number;
  /** Throws the timeout error once the query's time budget is spent. */
  readonly checkDeadline: () => void;
  /** Each selector's series, selected once per query. */
  readonly selections: Map<VectorSelector, SeriesView[]>;
  /** Samples held in memory now (Prometheus's currentSamples). */
  samples: number;
};

const TOO_MANY_SAMPLES = 'query processing would load too many samples into memory in query execution';

/**
 * Evaluates expressions over the steps start, start+interval, …, end, as Prometheus's evaluator does:
 * every node yields all its steps at once (a matrix); an instant query is a range of one step.
 */
export class Evaluator {
  constructor(
    private readonly ctx: EvalContext,
    readonly start: number,
    readonly end: number,
    readonly interval: number,
  ) {}

  /** 1 ms under Prometheus 2.x semantics: a window (mint, maxt] widened to [mint, maxt] on the ms grid. */
  private get leftClosedSlack(): number {
    return this.ctx.prometheus2 ? 1 : 0;
  }

  eval(e: Expr): EvalResult {
    this.ctx.checkDeadline();
    if (e.type === 'StringLiteral') return { type: 'string', v: e.val };
    // A parenthesised string ("Foo") is still a string expression.
    if (e.type === 'ParenExpr' && unwrapParens(e).type === 'StringLiteral') return this.eval(unwrapParens(e));
    if (this.end < this.start) return [];
    const before = this.ctx.samples;
    const result = this.evalNode(e);
    this.ctx.samples = before + totalPoints(result);
    return result;
  }

  evalMatrix(e: Expr): EvalSeries[] {
    const v = this.eval(e);
    if (!Array.isArray(v)) throw new QueryError('unexpected string value in expression evaluation');
    return v;
  }

  private evalNode(e: Exclude<Expr, { type: 'StringLiteral' }>): EvalSeries[] {
    switch (e.type) {
      case 'NumberLiteral':
        return this.rangeEval([], (_vs, ts) => [{ metric: NO_LABELS, t: ts, v: e.val, dropName: false }]);
      case 'ParenExpr':
        return this.evalMatrix(e.expr);
      case 'UnaryExpr':
        return this.unary(e);
      case 'VectorSelector':
        return this.vectorSelector(e, false);
      case 'MatrixSelector':
        if (this.start !== this.end) throw new QueryError('cannot do range evaluation of matrix selector');
        return this.matrixSelector(e);
      case 'SubqueryExpr':
        return this.subquery(e);
      case 'Call':
        return this.call(e);
      case 'AggregateExpr':
        return this.aggregation(e);
      case 'BinaryExpr':
        return this.binary(e);
    }
  }

  private addSamples(n: number): void {
    this.ctx.samples += n;
    if (this.ctx.samples > this.ctx.maxSamples) throw new QueryError(TOO_MANY_SAMPLES, 'too_many_samples');
  }

  private checkTransient(n: number): void {
    if (this.ctx.samples + n > this.ctx.maxSamples) throw new QueryError(TOO_MANY_SAMPLES, 'too_many_samples');
  }

  private atTime(at: AtModifier | undefined): number | undefined {
    if (!at) return undefined;
    return at.timestamp ?? (at.startOrEnd === 'start' ? this.ctx.queryStart : this.ctx.queryEnd);
  }

  private select(vs: VectorSelector): SeriesView[] {
    let series = this.ctx.selections.get(vs);
    if (!series) {
      series = this.ctx.queryable.select(vs.matchers);
      this.ctx.selections.set(vs, series);
    }
    return series;
  }

  /** The step times, checking the time budget at each. */
  private *steps(): Generator<[ts: number, step: number]> {
    let step = 0;
    for (let ts = this.start; ts <= this.end; ts += this.interval) {
      this.ctx.checkDeadline();
      yield [ts, step++];
    }
  }

  /** An instant selector at every step (`sampleTime`: the sample's own time in seconds as the value, for timestamp()). */
  private vectorSelector(vs: VectorSelector, sampleTime: boolean): EvalSeries[] {
    const at = this.atTime(vs.at);
    const out: EvalSeries[] = [];
    for (const s of this.select(vs)) {
      this.ctx.checkDeadline();
      const points: Point[] = [];
      for (const [ts] of this.steps()) {
        const p = sampleAt(s, (at ?? ts) - vs.offset, this.ctx.lookbackMs + this.leftClosedSlack);
        if (!p) continue;
        points.push({ t: ts, v: sampleTime ? p.t / 1000 : p.v });
        this.addSamples(1);
      }
      if (points.length > 0) out.push({ metric: s.labels, points, dropName: false });
    }
    return out;
  }

  /** A range selector evaluated once (an instant query's range-vector result): the raw samples. */
  private matrixSelector(ms: MatrixSelector): EvalSeries[] {
    const vs = ms.vectorSelector;
    const maxt = (this.atTime(vs.at) ?? this.start) - vs.offset;
    const out: EvalSeries[] = [];
    for (const s of this.select(vs)) {
      const points = viewWindow(s, maxt - ms.range - this.leftClosedSlack, maxt);
      if (points.length === 0) continue;
      this.addSamples(points.length);
      out.push({ metric: s.labels, points, dropName: false });
    }
    return out;
  }

  /** A subquery: its expression evaluated at steps aligned to multiples of its step (from epoch 0). */
  private subquery(sq: SubqueryExpr): EvalSeries[] {
    const interval = sq.step > 0 ? sq.step : this.ctx.subqueryStepMs;
    const at = this.atTime(sq.at);
    const end = (at ?? this.end) - sq.offset;
    const from = (at ?? this.start) - sq.offset - sq.range;
    let start = interval * Math.trunc(from / interval);
    if (start <= from) start += interval;
    return new Evaluator(this.ctx, start, end, interval).evalMatrix(sq.expr);
  }

  /**
   * Evaluates the expressions, then calls `fn` at every step with their elements at that step (undefined
   * for a string argument); the results are joined into series (Prometheus's rangeEval).
   */
  private rangeEval(exprs: readonly Expr[], fn: (vectors: (EvalSample[] | undefined)[], ts: number) => EvalSample[]): EvalSeries[] {
    const matrices = exprs.map((e) => (exprType(e) === 'string' ? undefined : this.evalMatrix(e)));
    const cursors = matrices.map((m) => (m ? new Array<number>(m.length).fill(0) : undefined));
    const base = this.ctx.samples;
    const out = new Map<string, { series: EvalSeries; last: number }>();
    let held = 0;
    for (const [ts] of this.steps()) {
      const vectors = matrices.map((m, i) => (m ? gather(m, cursors[i]!, ts) : undefined));
      const result = fn(vectors, ts);
      if (this.start === this.end) {
        if (!this.ctx.delayedNameRemoval) checkUniqueLabels(result);
        return result.map((s) => ({ metric: s.metric, points: [{ t: ts, v: s.v }], dropName: s.dropName }));
      }
      for (const s of result) {
        const key = labelsHash(s.metric);
        const entry = out.get(key);
        if (entry) {
          if (entry.last === ts) throw new QueryError('vector cannot contain metrics with the same labelset');
          entry.last = ts;
          entry.series.points.push({ t: ts, v: s.v });
        } else out.set(key, { series: { metric: s.metric, points: [{ t: ts, v: s.v }], dropName: s.dropName }, last: ts });
      }
      held += result.length;
      this.ctx.samples = base + held;
      this.checkTransient(0);
    }
    return [...out.values()].map((e) => e.series);
  }

  private unary(e: UnaryExpr): EvalSeries[] {
    const mat = this.evalMatrix(e.expr);
    if (e.op === '+') return mat;
    const negated = mat.map((s) => ({
      metric: this.ctx.delayedNameRemoval ? s.metric : dropMetadata(s.metric),
      points: s.points.map((p) => ({ t: p.t, v: -p.v })),
      dropName: true,
    }));
    return this.ctx.delayedNameRemoval ? negated : mergeSeriesWithSameLabels(negated);
  }

  private binary(e: BinaryExpr): EvalSeries[] {
    const lt = exprType(e.lhs);
    const rt = exprType(e.rhs);
    const delayed = this.ctx.delayedNameRemoval;
    if (lt === 'scalar' && rt === 'scalar') {
      return this.rangeEval([e.lhs, e.rhs], (vs, ts) => [{ metric: NO_LABELS, t: ts, v: scalarBinop(e.op, vs[0]![0]!.v, vs[1]![0]!.v), dropName: false }]);
    }
    if (lt === 'vector' && rt === 'vector') {
      const matching = matchingOf(e);
      const memo = new WeakMap<Labels, string>();
      const sig = (m: Labels): string => {
        let key = memo.get(m);
        if (key === undefined) memo.set(m, (key = signature(m, matching.matchingLabels, matching.on)));
        return key;
      };
      switch (e.op) {
        case 'and':
          return this.rangeEval([e.lhs, e.rhs], (vs) => vectorAnd(vs[0]!, vs[1]!, sig));
        case 'or':
          return this.rangeEval([e.lhs, e.rhs], (vs) => vectorOr(vs[0]!, vs[1]!, sig));
        case 'unless':
          return this.rangeEval([e.lhs, e.rhs], (vs) => vectorUnless(vs[0]!, vs[1]!, sig));
        default:
          return this.rangeEval([e.lhs, e.rhs], (vs) => vectorBinop(e.op, vs[0]!, vs[1]!, matching, e.returnBool, sig, delayed));
      }
    }
    if (lt === 'vector') return this.rangeEval([e.lhs, e.rhs], (vs) => vectorScalarBinop(e.op, vs[0]!, vs[1]![0]!.v, false, e.returnBool, delayed));
    return this.rangeEval([e.lhs, e.rhs], (vs) => vectorScalarBinop(e.op, vs[1]!, vs[0]![0]!.v, true, e.returnBool, delayed));
  }

  private aggregation(e: AggregateExpr): EvalSeries[] {
    if (e.op === 'count_values') {
      const param = e.param && unwrapParens(e.param);
      const label = param?.type === 'StringLiteral' ? param.val : '';
      if (!isValidLabelName(label)) throw new QueryError(`invalid label name ${JSON.stringify(label)}`);
      const grouping = e.without ? [...e.grouping] : [...e.grouping, label];
      return this.rangeEval([e.expr], (vs, ts) => countValues(vs[0]!, label, grouping, e.without, ts));
    }
    let params: number[] | undefined;
    if (e.param) {
      const values = this.evalMatrix(e.param)[0]?.points ?? [];
      params = [...this.steps()].map(([ts]) => values.find((p) => p.t === ts)?.v ?? NaN);
    }
    const input = this.evalMatrix(e.expr);
    return aggregate(e, input, params, { start: this.start, end: this.end, interval: this.interval });
  }

  private call(e: Call): EvalSeries[] {
    const impl = FUNCTION_CALLS.get(e.func);
    if (!impl) throw new QueryError(`function "${e.func}" is not supported`);
    const first = e.args[0] && unwrapParens(e.args[0]);
    if (e.func === 'timestamp' && first?.type === 'VectorSelector') {
      return this.vectorSelector(first, true).map((s) => ({ metric: this.ctx.delayedNameRemoval ? s.metric : dropMetadata(s.metric), points: s.points, dropName: true }));
    }
    if (impl.kind === 'series') return e.func === 'label_replace' ? this.labelReplace(e) : this.labelJoin(e);
    const matrixIndex = e.args.findIndex((a) => {
      const u = unwrapParens(a);
      return u.type === 'MatrixSelector' || u.type === 'SubqueryExpr';
    });
    if (impl.kind === 'range') {
      if (matrixIndex < 0) throw new QueryError(`function "${e.func}" needs a range vector`);
      return this.rangeCall(e, impl, matrixIndex);
    }
    return this.rangeEval(e.args, (vs, ts) => impl.call(vs, { ts, args: e.args, delayedNameRemoval: this.ctx.delayedNameRemoval }));
  }

  /** A function over a range vector: each series' window at each step (Prometheus's matrix-argument path). */
  private rangeCall(e: Call, impl: RangeFunction, matrixIndex: number): EvalSeries[] {
    const arg = unwrapParens(e.args[matrixIndex]!) as MatrixSelector | SubqueryExpr;
    const scalars = e.args.map((a, i) => (i === matrixIndex ? undefined : this.evalMatrix(a)[0]?.points));
    let sources: { metric: Labels; window: (mint: number, maxt: number) => Point[] }[];
    let offset: number;
    let at: number | undefined;
    if (arg.type === 'MatrixSelector') {
      const vs = arg.vectorSelector;
      sources = this.select(vs).map((view) => ({ metric: view.labels, window: (mint, maxt) => viewWindow(view, mint, maxt) }));
      offset = vs.offset;
      at = this.atTime(vs.at);
    } else {
      sources = this.subquery(arg).map((s) => ({ metric: s.metric, window: (mint, maxt) => pointsWindow(s.points, mint, maxt) }));
      offset = arg.offset;
      at = this.atTime(arg.at);
    }
    const rangeMs = arg.range;
    const keepName = impl.keepName === true;
    const out: EvalSeries[] = [];
    for (const source of sources) {
      this.ctx.checkDeadline();
      const points: Point[] = [];
      for (const [ts, step] of this.steps()) {
        const maxt = (at ?? ts) - offset;
        const window = source.window(maxt - rangeMs - this.leftClosedSlack, maxt);
        if (window.length === 0) continue;
        this.checkTransient(window.length);
        const args = scalars.filter((s) => s !== undefined).map((s) => (s[step]?.t === ts ? s[step].v : (s.find((p) => p.t === ts)?.v ?? NaN)));
        let v: number | undefined;
        try {
          v = impl.call(window, { ts, rangeStart: maxt - rangeMs, rangeEnd: maxt, rangeMs, args, prometheus2: this.ctx.prometheus2 });
        } catch (err) {
          throw err instanceof QueryError ? err : new QueryError((err as Error).message);
        }
        if (v !== undefined) points.push({ t: ts, v });
      }
      if (points.length === 0) continue;
      this.addSamples(points.length);
      out.push({ metric: keepName || this.ctx.delayedNameRemoval ? source.metric : dropMetadata(source.metric), points, dropName: !keepName });
    }
    if (e.func === 'absent_over_time') return this.absentOverTime(out, e.args[matrixIndex]!);
    if (!this.ctx.delayedNameRemoval) checkUniqueSeries(out);
    return out;
  }

  /** absent_over_time: 1 at the steps where no series had a sample, labelled from the selector's matchers. */
  private absentOverTime(present: EvalSeries[], arg: Expr): EvalSeries[] {
    const found = new Set<number>();
    for (const s of present) for (const p of s.points) found.add(p.t);
    const points = [...this.steps()].filter(([ts]) => !found.has(ts)).map(([ts]) => ({ t: ts, v: 1 }));
    return points.length === 0 ? [] : [{ metric: absentLabels(arg), points, dropName: true }];
  }

  private stringArg(e: Call, i: number): string {
    const a = e.args[i] && unwrapParens(e.args[i]);
    if (a?.type !== 'StringLiteral') throw new QueryError(`expected a string literal as argument ${i + 1} of ${e.func}()`);
    return a.val;
  }

  private labelReplace(e: Call): EvalSeries[] {
    const [dst, replacement, src, pattern] = [1, 2, 3, 4].map((i) => this.stringArg(e, i)) as [string, string, string, string];
    let regex: RegExp;
    try {
      regex = compileRegex(pattern);
    } catch {
      throw new QueryError(`invalid regular expression in label_replace(): ${pattern}`);
    }
    if (!isValidLabelName(dst)) throw new QueryError(`invalid destination label name in label_replace(): ${dst}`);
    const mat = this.evalMatrix(e.args[0]!).map((s) => {
      const metric = labelReplace(s.metric, dst, replacement, src, regex);
      return { metric, points: s.points, dropName: dst === '__name__' && metric !== s.metric ? false : s.dropName };
    });
    return mergeSeriesWithSameLabels(mat);
  }

  private labelJoin(e: Call): EvalSeries[] {
    const dst = this.stringArg(e, 1);
    const separator = this.stringArg(e, 2);
    const sources = e.args.slice(3).map((_, i) => this.stringArg(e, i + 3));
    for (const s of sources) if (!isValidLabelName(s)) throw new QueryError(`invalid source label name in label_join(): ${s}`);
    if (!isValidLabelName(dst)) throw new QueryError(`invalid destination label name in label_join(): ${dst}`);
    const mat = this.evalMatrix(e.args[0]!).map((s) => ({ metric: labelJoin(s.metric, dst, separator, sources), points: s.points, dropName: dst === '__name__' ? false : s.dropName }));
    return mergeSeriesWithSameLabels(mat);
  }
}

/** The elements of a matrix at one step, advancing each series' cursor past it. */
function gather(matrix: readonly EvalSeries[], cursors: number[], ts: number): EvalSample[] {
  const out: EvalSample[] = [];
  for (let i = 0; i < matrix.length; i++) {
    const s = matrix[i]!;
    const p = s.points[cursors[i]!];
    if (p && p.t === ts) {
      cursors[i]!++;
      out.push({ metric: s.metric, t: ts, v: p.v, dropName: s.dropName });
    }
  }
  return out;
}

function countValues(vector: readonly EvalSample[], label: string, grouping: string[], without: boolean, ts: number): EvalSample[] {
  const groups = new Map<string, EvalSample>();
  for (const s of vector) {
    const metric = groupingLabels(setLabel(s.metric, label, formatFloatF(s.v)), grouping, without);
    const key = labelsHash(metric);
    const group = groups.get(key);
    if (group) group.v++;
    else groups.set(key, { metric, t: ts, v: 1, dropName: false });
  }
  return [...groups.values()];
}

function checkUniqueLabels(vector: readonly { metric: Labels }[]): void {
  const seen = new Set<string>();
  for (const s of vector) {
    const key = labelsHash(s.metric);
    if (seen.has(key)) throw new QueryError('vector cannot contain metrics with the same labelset');
    seen.add(key);
  }
}

const checkUniqueSeries = checkUniqueLabels;

/**
 * Series that share a label set (after `__name__` went) become one, if their points do not collide;
 * a collision is the duplicate-labelset error (Prometheus's mergeSeriesWithSameLabelset).
 */
export function mergeSeriesWithSameLabels(mat: EvalSeries[]): EvalSeries[] {
  if (mat.length <= 1) return mat;
  const byKey = new Map<string, EvalSeries[]>();
  for (const s of mat) {
    const key = labelsHash(s.metric);
    const list = byKey.get(key);
    if (list) list.push(s);
    else byKey.set(key, [s]);
  }
  if (byKey.size === mat.length) return mat;
  return [...byKey.values()].map((list) => {
    if (list.length === 1) return list[0]!;
    const points = list.flatMap((s) => s.points).sort((a, b) => a.t - b.t);
    for (let i = 1; i < points.length; i++) if (points[i]!.t === points[i - 1]!.t) throw new QueryError('vector cannot contain metrics with the same labelset');
    return { metric: list[0]!.metric, points, dropName: list[0]!.dropName };
  });
}
