import type { Labels } from '../../tsdb';
import type { BinaryOp, VectorMatching } from '../parser/ast';
import { QueryError } from './values';
import { deleteLabels, dropMetadata, formatLabels, keepLabels, labelsHash } from './labels';
import type { EvalSample } from './series';

const COMPARISONS = new Set<BinaryOp>(['==', '!=', '>', '<', '>=', '<=']);

/** Arithmetic drops `__name__`: the result is no longer the metric (Prometheus's changesMetricSchema). */
export function changesMetricSchema(op: BinaryOp): boolean {
  return op === '+' || op === '-' || op === '*' || op === '/' || op === '^' || op === '%' || op === 'atan2';
}

export function isComparison(op: BinaryOp): boolean {
  return COMPARISONS.has(op);
}

/** Go's math.Mod: the remainder with the dividend's sign (JavaScript's % agrees). */
function arithmetic(op: BinaryOp, l: number, r: number): number {
  switch (op) {
    case '+':
      return l + r;
    case '-':
      return l - r;
    case '*':
      return l * r;
    case '/':
      return l / r;
    case '%':
      return l % r;
    case '^':
      return goPow(l, r);
    case 'atan2':
      return Math.atan2(l, r);
    default:
      throw new QueryError(`operator "${op}" not allowed for arithmetic`);
  }
}

/** Go's math.Pow where it differs from JavaScript's: 1^NaN = 1 and (-1)^±Inf = 1. */
function goPow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  return x ** y;
}

function compare(op: BinaryOp, l: number, r: number): boolean {
  switch (op) {
    case '==':
      return l === r;
    case '!=':
      return l !== r;
    case '>':
      return l > r;
    case '<':
      return l < r;
    case '>=':
      return l >= r;
    case '<=':
      return l <= r;
    default:
      return false;
  }
}

/** A binary operation between two scalars; comparisons give 1 or 0 (they need `bool`). */
export function scalarBinop(op: BinaryOp, l: number, r: number): number {
  if (isComparison(op)) return compare(op, l, r) ? 1 : 0;
  return arithmetic(op, l, r);
}

/** A vector element with a scalar: comparisons filter (keeping the vector's value) unless `bool`. */
export function vectorScalarBinop(op: BinaryOp, vector: readonly EvalSample[], scalar: number, swap: boolean, returnBool: boolean, delayed: boolean): EvalSample[] {
  const out: EvalSample[] = [];
  for (const s of vector) {
    const [l, r] = swap ? [scalar, s.v] : [s.v, scalar];
    let value: number;
    let keep = true;
    if (isComparison(op)) {
      keep = compare(op, l, r);
      value = s.v;
    } else value = arithmetic(op, l, r);
    if (returnBool) {
      value = keep ? 1 : 0;
      keep = true;
    }
    if (!keep) continue;
    if (changesMetricSchema(op) || returnBool) out.push({ metric: delayed ? s.metric : dropMetadata(s.metric), t: s.t, v: value, dropName: true });
    else out.push({ ...s, v: value });
  }
  return out;
}

/** The matching labels of a series, printed in errors (labels.MatchLabels). */
function matchLabels(metric: Labels, matching: VectorMatching): Labels {
  if (matching.on) return keepLabels(metric, matching.matchingLabels);
  return deleteLabels(metric, [...matching.matchingLabels, '__name__']);
}

/** The result's labels (Prometheus's resultMetric): `lhs` is the many side, `rhs` the one side. */
function resultMetric(lhs: Labels, rhs: Labels, op: BinaryOp, matching: VectorMatching): Labels {
  let metric = changesMetricSchema(op) ? dropMetadata(lhs) : lhs;
  if (matching.card === 'one-to-one') metric = matching.on ? keepLabels(metric, matching.matchingLabels) : deleteLabels(metric, matching.matchingLabels);
  if (matching.include.length > 0) {
    const out: Record<string, string> = { ...metric };
    for (const name of matching.include) {
      const v = rhs[name];
      if (v !== undefined && v !== '') out[name] = v;
      else delete out[name];
    }
    metric = out;
  }
  return metric;
}

/**
 * Arithmetic and comparison between two vectors (Prometheus's VectorBinop): each element of the
 * many side pairs with the element of the one side that has its signature. Duplicates on the one side,
 * or several matches without group_left/group_right, are errors, even where a comparison filters.
 */
export function vectorBinop(
  op: BinaryOp,
  lhsIn: readonly EvalSample[],
  rhsIn: readonly EvalSample[],
  matching: VectorMatching,
  returnBool: boolean,
  sig: (metric: Labels) => string,
  delayed: boolean,
): EvalSample[] {
  if (lhsIn.length === 0 || rhsIn.length === 0) return [];
  const swapped = matching.card === 'one-to-many';
  const [lhs, rhs] = swapped ? [rhsIn, lhsIn] : [lhsIn, rhsIn];
  const rightSigs = new Map<string, EvalSample>();
  for (const rs of rhs) {
    const key = sig(rs.metric);
    const dupl = rightSigs.get(key);
    if (dupl) {
      throw new QueryError(
        `found duplicate series for the match group ${formatLabels(matchLabels(rs.metric, matching))} on the ${swapped ? 'left' : 'right'} hand-side of the operation: [${formatLabels(rs.metric)}, ${formatLabels(dupl.metric)}];many-to-many matching not allowed: matching labels must be unique on one side`,
      );
    }
    rightSigs.set(key, rs);
  }
  const matched = new Map<string, Set<string> | null>();
  const out: EvalSample[] = [];
  for (const ls of lhs) {
    const key = sig(ls.metric);
    const rs = rightSigs.get(key);
    if (!rs) continue;
    const [l, r] = swapped ? [rs.v, ls.v] : [ls.v, rs.v];
    let value: number;
    let keep = true;
    if (isComparison(op)) {
      keep = compare(op, l, r);
      value = l;
    } else value = arithmetic(op, l, r);
    if (returnBool) value = keep ? 1 : 0;
    let metric = resultMetric(ls.metric, rs.metric, op, matching);
    if (!delayed && returnBool) metric = dropMetadata(metric);
    const inserted = matched.get(key);
    if (matching.card === 'one-to-one') {
      if (inserted !== undefined) throw new QueryError('multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)');
      matched.set(key, null);
    } else {
      const metricKey = labelsHash(metric);
      if (inserted === undefined || inserted === null) matched.set(key, new Set([metricKey]));
      else if (inserted.has(metricKey)) throw new QueryError('multiple matches for labels: grouping labels must ensure unique matches');
      else inserted.add(metricKey);
    }
    if (!keep && !returnBool) continue;
    out.push({ metric, t: ls.t, v: value, dropName: returnBool });
  }
  return out;
}

/** `and`: the left elements whose signature the right side has. */
export function vectorAnd(lhs: readonly EvalSample[], rhs: readonly EvalSample[], sig: (m: Labels) => string): EvalSample[] {
  if (lhs.length === 0 || rhs.length === 0) return [];
  const right = new Set(rhs.map((s) => sig(s.metric)));
  return lhs.filter((s) => right.has(sig(s.metric)));
}

/** `or`: all left elements, then the right elements whose signature the left side lacks. */
export function vectorOr(lhs: readonly EvalSample[], rhs: readonly EvalSample[], sig: (m: Labels) => string): EvalSample[] {
  if (lhs.length === 0) return [...rhs];
  if (rhs.length === 0) return [...lhs];
  const left = new Set(lhs.map((s) => sig(s.metric)));
  return [...lhs, ...rhs.filter((s) => !left.has(sig(s.metric)))];
}

/** `unless`: the left elements whose signature the right side lacks. */
export function vectorUnless(lhs: readonly EvalSample[], rhs: readonly EvalSample[], sig: (m: Labels) => string): EvalSample[] {
  if (lhs.length === 0 || rhs.length === 0) return [...lhs];
  const right = new Set(rhs.map((s) => sig(s.metric)));
  return lhs.filter((s) => !right.has(sig(s.metric)));
}
