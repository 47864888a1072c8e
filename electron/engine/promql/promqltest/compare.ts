/**
 * Compares a query's result with an eval's expectations by upstream's rules (promqltest compareResult):
 * label sets match exactly, as a set unless the eval is ordered; floats are equal if both NaN, both stale,
 * or within a relative 1e-6; a matrix must be sorted by labels and hold exactly the expected points.
 */
import type { Labels } from '../../tsdb';
import { isStaleNaN, labelsKey } from '../../tsdb';
import type { Sample, Series, Value } from '../engine/values';
import type { EvalCommand, ExpectedSeries } from './script';

const EPSILON = 1e-6;
const MIN_NORMAL = 2.2250738585072014e-308;

/** Prometheus's util/almost.Equal. */
export function almostEqual(a: number, b: number, epsilon = EPSILON): boolean {
  if (isStaleNaN(a) || isStaleNaN(b)) return isStaleNaN(a) && isStaleNaN(b);
  if (Number.isNaN(a) && Number.isNaN(b)) return true;
  if (a === b) return true;
  const absSum = Math.abs(a) + Math.abs(b);
  const diff = Math.abs(a - b);
  if (a === 0 || b === 0 || absSum < MIN_NORMAL) return diff < epsilon * MIN_NORMAL;
  return diff / Math.min(absSum, Number.MAX_VALUE) < epsilon;
}

/** Go's strconv.FormatFloat(v, 'g', -1, 64)-like text, as upstream prints values. */
export function formatNumber(v: number): string {
  if (isStaleNaN(v)) return 'stale';
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

/** Labels as Prometheus prints them: `name{a="x", b="y"}`, labels sorted. */
export function formatLabels(labels: Labels): string {
  const name = labels.__name__ ?? '';
  const rest = Object.keys(labels)
    .filter((k) => k !== '__name__')
    .sort()
    .map((k) => `${k}=${JSON.stringify(labels[k])}`);
  return `${name}{${rest.join(', ')}}`;
}

/** Prometheus's labels.Compare: label by label in name order, names first, then values, then length. */
export function compareLabels(a: Labels, b: Labels): number {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
    const na = ka[i]!;
    const nb = kb[i]!;
    if (na !== nb) return na < nb ? -1 : 1;
    const va = a[na]!;
    const vb = b[nb]!;
    if (va !== vb) return va < vb ? -1 : 1;
  }
  return ka.length - kb.length;
}

const MAX_SHOWN = 12;

function clip(items: string[]): string {
  if (items.length <= MAX_SHOWN) return items.join(', ');
  return `${items.slice(0, MAX_SHOWN).join(', ')}, … (${items.length} series)`;
}

function formatExpectedSeries(e: ExpectedSeries, ev: EvalCommand): string {
  const values = e.values.map((v, i) => {
    if (v.kind === 'omitted') return '_';
    if (v.kind === 'histogram') return '{{…}}';
    return ev.range || ev.rangeVector ? `${formatNumber(v.value)}@${(ev.start + i * ev.step) / 1000}` : formatNumber(v.value);
  });
  return `${formatLabels(e.labels)} ${values.join(' ')}`;
}

/** The expectation, one line. */
export function describeExpected(ev: EvalCommand): string {
  if (ev.fail) {
    if (ev.fail.message !== undefined) return `error with message ${JSON.stringify(ev.fail.message)}`;
    if (ev.fail.regex !== undefined) return `error matching /${ev.fail.regex}/`;
    return 'an error';
  }
  if (ev.expectScalar !== undefined) return `scalar ${formatNumber(ev.expectScalar)}`;
  if (ev.expectString !== undefined) return `string ${JSON.stringify(ev.expectString)}`;
  if (ev.expected.length === 0) return 'empty result';
  const kind = ev.range || ev.rangeVector ? 'matrix' : ev.ordered ? 'vector (ordered)' : 'vector';
  return `${kind}: ${clip(ev.expected.map((e) => formatExpectedSeries(e, ev)))}`;
}

function formatSample(s: Sample): string {
  return `${formatLabels(s.metric)} ${formatNumber(s.v)}`;
}

function formatSeries(s: Series): string {
  return `${formatLabels(s.metric)} ${s.points.map((p) => `${formatNumber(p.v)}@${p.t / 1000}`).join(' ')}`;
}

/** A query result, one line. */
export function describeValue(value: Value): string {
  switch (value.type) {
    case 'scalar':
      return `scalar ${formatNumber(value.v)}`;
    case 'string':
      return `string ${JSON.stringify(value.v)}`;
    case 'vector':
      return value.samples.length === 0 ? 'empty vector' : `vector: ${clip(value.samples.map(formatSample))}`;
    case 'matrix':
      return value.series.length === 0 ? 'empty matrix' : `matrix: ${clip(value.series.map(formatSeries))}`;
  }
}

/** Why the result does not match (upstream's wording where it has one), or undefined if it does. */
export function compareResult(ev: EvalCommand, value: Value): string | undefined {
  const expectScalar = ev.expectScalar !== undefined;
  const expected = new Map<string, { e: ExpectedSeries; pos: number }>();
  ev.expected.forEach((e, i) => expected.set(labelsKey(e.labels), { e, pos: i + 1 }));
  switch (value.type) {
    case 'matrix': {
      if (ev.ordered) return 'expected ordered result, but query returned a matrix';
      if (expectScalar) return 'expected scalar result, but got matrix';
      for (let i = 1; i < value.series.length; i++) {
        if (compareLabels(value.series[i - 1]!.metric, value.series[i]!.metric) > 0) {
          return `matrix results should always be sorted by labels, but ${formatLabels(value.series[i]!.metric)} comes after ${formatLabels(value.series[i - 1]!.metric)}`;
        }
      }
      const seen = new Set<string>();
      for (const s of value.series) {
        const key = labelsKey(s.metric);
        const exp = expected.get(key);
        if (!exp) return `unexpected metric ${formatLabels(s.metric)} in result`;
        seen.add(key);
        const want: { t: number; v: number }[] = [];
        for (let i = 0; i < exp.e.values.length; i++) {
          const t = ev.start + i * ev.step;
          if (t > ev.end) return `expected ${exp.e.values.length} points for ${formatLabels(s.metric)}, but the query range cannot return this many`;
          const v = exp.e.values[i]!;
          if (v.kind === 'float') want.push({ t, v: v.value });
        }
        if (want.length !== s.points.length) return `expected ${want.length} float points for ${formatLabels(s.metric)}, got ${s.points.length}`;
        for (let i = 0; i < want.length; i++) {
          const w = want[i]!;
          const got = s.points[i]!;
          if (w.t !== got.t) return `expected point ${i} of ${formatLabels(s.metric)} at t=${w.t}ms, got t=${got.t}ms`;
          if (!almostEqual(got.v, w.v)) return `expected ${formatNumber(w.v)} at t=${w.t}ms for ${formatLabels(s.metric)}, got ${formatNumber(got.v)}`;
        }
      }
      for (const [key, { e }] of expected) if (!seen.has(key)) return `expected metric ${formatLabels(e.labels)} not found`;
      return undefined;
    }
    case 'vector': {
      if (expectScalar) return 'expected scalar result, but got vector';
      const seen = new Set<string>();
      for (let pos = 0; pos < value.samples.length; pos++) {
        const s = value.samples[pos]!;
        const key = labelsKey(s.metric);
        const exp = expected.get(key);
        if (!exp) return `unexpected metric ${formatLabels(s.metric)} in result, has value ${formatNumber(s.v)}`;
        if (ev.ordered && exp.pos !== pos + 1) return `expected metric ${formatLabels(s.metric)} at position ${exp.pos} but was at ${pos + 1}`;
        const v0 = exp.e.values[0];
        const want = v0?.kind === 'float' ? v0.value : 0;
        if (!almostEqual(want, s.v)) return `expected ${formatNumber(want)} for ${formatLabels(s.metric)} but got ${formatNumber(s.v)}`;
        seen.add(key);
      }
      for (const [key, { e }] of expected) if (!seen.has(key)) return `expected metric ${formatLabels(e.labels)} not found`;
      return undefined;
    }
    case 'scalar':
      if (!expectScalar) return `expected vector or matrix result, but got scalar ${formatNumber(value.v)}`;
      return almostEqual(ev.expectScalar!, value.v) ? undefined : `expected scalar ${formatNumber(ev.expectScalar!)} but got ${formatNumber(value.v)}`;
    case 'string': {
      const want = ev.expectString ?? '';
      return want === value.v ? undefined : `expected string ${JSON.stringify(want)} but got ${JSON.stringify(value.v)}`;
    }
  }
}

/** Whether an error message satisfies an eval's `expect fail`; undefined if it does, else why not. */
export function checkFailure(ev: EvalCommand, errorText: string): string | undefined {
  const fail = ev.fail!;
  if (fail.message !== undefined && fail.message !== '' && fail.message !== errorText) return `expected error ${JSON.stringify(fail.message)}, got ${JSON.stringify(errorText)}`;
  if (fail.regex !== undefined) {
    let re: RegExp;
    try {
      re = new RegExp(fail.regex);
    } catch {
      return `unreadable pattern /${fail.regex}/`;
    }
    if (!re.test(errorText)) return `expected error matching /${fail.regex}/, got ${JSON.stringify(errorText)}`;
  }
  return undefined;
}
