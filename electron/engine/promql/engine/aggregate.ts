import type { Labels } from '../../tsdb';
import type { AggregateExpr } from '../parser/ast';
import { QueryError } from './values';
import { byReverseValue, byValue, goSort, heapFix, heapPush, reverse } from './go-sort';
import { kahanInc } from './kahan';
import { deleteLabels, keepLabels, labelsHash } from './labels';
import { quantile } from './quantile';
import type { EvalSample, EvalSeries } from './series';
import { NO_LABELS } from './series';

/** The steps an aggregation runs over: from start to end, every interval. */
export type Steps = { start: number; end: number; interval: number };

/** The labels of an aggregation's output group: `by` keeps those labels, `without` drops them and `__name__`. */
export function groupingLabels(metric: Labels, grouping: readonly string[], without: boolean): Labels {
  if (without) return deleteLabels(metric, [...grouping, '__name__']);
  if (grouping.length > 0) return keepLabels(metric, grouping);
  return NO_LABELS;
}

function groupingKey(metric: Labels, grouping: readonly string[], without: boolean): string {
  if (without) return labelsHash(deleteLabels(metric, [...grouping, '__name__']));
  if (grouping.length === 0) return '';
  return labelsHash(keepLabels(metric, grouping));
}

type Group = {
  seen: boolean;
  value: number;
  mean: number;
  kahanC: number;
  count: number;
  incrementalMean: boolean;
  dropName: boolean;
  values: number[];
  heap: EvalSample[];
};

const MAX_INT64 = 9223372036854774784;
const MIN_INT64 = -9223372036854775808;

/**
 * sum, avg, min, max, count, group, stddev, stdvar, quantile, topk and bottomk over every step
 * (Prometheus's rangeEvalAgg). `params[i]` is the parameter at step i (k or φ). Sums use Kahan–Neumaier
 * compensation; avg sums directly and turns to the incremental mean only if the sum would overflow.
 */
export function aggregate(e: AggregateExpr, input: EvalSeries[], params: readonly number[] | undefined, steps: Steps): EvalSeries[] {
  const grouping = [...e.grouping].sort();
  const isK = e.op === 'topk' || e.op === 'bottomk';
  const groupIndex = new Map<string, number>();
  const seriesGroup: number[] = [];
  const results: EvalSeries[] = [];
  for (const s of input) {
    const key = groupingKey(s.metric, grouping, e.without);
    let index = groupIndex.get(key);
    if (index === undefined) {
      index = groupIndex.size;
      groupIndex.set(key, index);
      if (!isK) results.push({ metric: groupingLabels(s.metric, grouping, e.without), points: [], dropName: false });
    }
    seriesGroup.push(index);
  }
  if (isK && params) {
    if (Math.max(...params) < 1) return [];
    if (params.some(Number.isNaN)) throw new QueryError('Parameter value is NaN');
    if (Math.min(...params) <= MIN_INT64) throw new QueryError(`Scalar value ${Math.min(...params)} underflows int64`);
    if (Math.max(...params) >= MAX_INT64) throw new QueryError(`Scalar value ${Math.max(...params)} overflows int64`);
  }
  const cursors = new Array<number>(input.length).fill(0);
  const kOut = new Map<string, EvalSeries>();
  const instant = steps.start === steps.end;
  const instantOut: EvalSeries[] = [];
  let step = 0;
  for (let ts = steps.start; ts <= steps.end; ts += steps.interval, step++) {
    const samples: { i: number; s: EvalSample }[] = [];
    input.forEach((series, i) => {
      const p = series.points[cursors[i]!];
      if (p && p.t === ts) {
        cursors[i]!++;
        samples.push({ i, s: { metric: series.metric, t: ts, v: p.v, dropName: series.dropName } });
      }
    });
    const param = params?.[step] ?? NaN;
    if (isK) {
      for (const s of aggregateK(e.op === 'topk', param, input.length, samples, seriesGroup, groupIndex.size)) {
        if (instant) instantOut.push({ metric: s.metric, points: [{ t: ts, v: s.v }], dropName: s.dropName });
        else {
          const key = labelsHash(s.metric);
          let out = kOut.get(key);
          if (!out) kOut.set(key, (out = { metric: s.metric, points: [], dropName: s.dropName }));
          out.points.push({ t: ts, v: s.v });
        }
      }
      continue;
    }
    const groups = aggregateStep(e.op, samples, seriesGroup, groupIndex.size);
    groups.forEach((g, gi) => {
      if (!g.seen) return;
      results[gi]!.points.push({ t: ts, v: finish(e.op, g, param) });
      results[gi]!.dropName = g.dropName;
    });
  }
  if (isK) return instant ? instantOut : [...kOut.values()];
  return results.filter((r) => r.points.length > 0);
}

function newGroup(): Group {
  return { seen: false, value: 0, mean: 0, kahanC: 0, count: 0, incrementalMean: false, dropName: false, values: [], heap: [] };
}

function aggregateStep(op: AggregateExpr['op'], samples: { i: number; s: EvalSample }[], seriesGroup: number[], n: number): Group[] {
  const groups = Array.from({ length: n }, newGroup);
  for (const { i, s } of samples) {
    const g = groups[seriesGroup[i]!]!;
    const f = s.v;
    if (!g.seen) {
      Object.assign(g, { seen: true, value: f, mean: f, count: 1, dropName: s.dropName });
      if (op === 'stddev' || op === 'stdvar') g.value = Number.isNaN(f) || f === Infinity || f === -Infinity ? NaN : 0;
      else if (op === 'quantile') g.values = [f];
      else if (op === 'group') g.value = 1;
      continue;
    }
    if (s.dropName) g.dropName = true;
    switch (op) {
      case 'sum':
        [g.value, g.kahanC] = kahanInc(f, g.value, g.kahanC);
        break;
      case 'avg': {
        g.count++;
        if (!g.incrementalMean) {
          const [newV, newC] = kahanInc(f, g.value, g.kahanC);
          if (newV !== Infinity && newV !== -Infinity) {
            g.value = newV;
            g.kahanC = newC;
            break;
          }
          // The sum would overflow: carry on with the incremental mean.
          g.incrementalMean = true;
          g.mean = g.value / (g.count - 1);
          g.kahanC /= g.count - 1;
        }
        const q = (g.count - 1) / g.count;
        [g.mean, g.kahanC] = kahanInc(f / g.count, q * g.mean, q * g.kahanC);
        break;
      }
      case 'max':
        if (g.value < f || Number.isNaN(g.value)) g.value = f;
        break;
      case 'min':
        if (g.value > f || Number.isNaN(g.value)) g.value = f;
        break;
      case 'count':
        g.count++;
        break;
      case 'stddev':
      case 'stdvar': {
        g.count++;
        const delta = f - g.mean;
        g.mean += delta / g.count;
        g.value += delta * (f - g.mean);
        break;
      }
      case 'quantile':
        g.values.push(f);
        break;
      case 'group':
        break;
      default:
        throw new QueryError(`expected aggregation operator but got "${op}"`);
    }
  }
  return groups;
}

function finish(op: AggregateExpr['op'], g: Group, param: number): number {
  switch (op) {
    case 'avg':
      return g.incrementalMean ? g.mean + g.kahanC : g.value / g.count + g.kahanC / g.count;
    case 'count':
      return g.count;
    case 'stdvar':
      return g.value / g.count;
    case 'stddev':
      return Math.sqrt(g.value / g.count);
    case 'quantile':
      return quantile(param, g.values);
    case 'sum':
      return g.value + g.kahanC;
    default:
      return g.value;
  }
}

/**
 * topk/bottomk at one step, with Prometheus's heaps (so ties resolve as there): per group a heap of up
 * to k elements, then each group's elements best first, groups in order of first appearance.
 */
function aggregateK(top: boolean, param: number, inputLength: number, samples: { i: number; s: EvalSample }[], seriesGroup: number[], n: number): EvalSample[] {
  const k = Math.min(Math.trunc(param), inputLength);
  if (k < 1) return [];
  const heapLess = top ? byValue : byReverseValue;
  const heaps: (EvalSample[] | undefined)[] = new Array(n);
  for (const { i, s } of samples) {
    const gi = seriesGroup[i]!;
    const heap = heaps[gi];
    if (!heap) {
      heaps[gi] = [s];
      continue;
    }
    if (heap.length < k) heapPush(heap, s, heapLess);
    else if (top ? heap[0]!.v < s.v || (Number.isNaN(heap[0]!.v) && !Number.isNaN(s.v)) : heap[0]!.v > s.v || (Number.isNaN(heap[0]!.v) && !Number.isNaN(s.v))) {
      heap[0] = s;
      if (k > 1) heapFix(heap, 0, heapLess);
    }
  }
  const out: EvalSample[] = [];
  for (const heap of heaps) {
    if (!heap) continue;
    if (heap.length > 1) goSort(heap, reverse(heapLess));
    out.push(...heap);
  }
  return out;
}
