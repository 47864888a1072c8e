/** A label set, including `__name__`. */
import type { LabelMatcher } from './matchers';
import { compileMatcher, matchesAll } from './matchers';
import { PostingsIndex } from './postings';

export type Labels = Readonly<Record<string, string>>;

/** Prometheus's staleness marker: a NaN with this exact bit pattern means "series ended here". */
export const STALE_NAN_BITS = 0x7ff0000000000002n;
const staleBuffer = new DataView(new ArrayBuffer(8));
staleBuffer.setBigUint64(0, STALE_NAN_BITS);
export const STALE_NAN = staleBuffer.getFloat64(0);

export function isStaleNaN(value: number): boolean {
  if (!Number.isNaN(value)) return false;
  staleBuffer.setFloat64(0, value);
  return staleBuffer.getBigUint64(0) === STALE_NAN_BITS;
}

/** One series: its labels and samples (sim-ms times as Int32, values as Float64: 12 bytes a sample). */
export type StoredSeries = {
  readonly ref: number;
  readonly labels: Labels;
  readonly key: string;
  times: Int32Array;
  values: Float64Array;
  length: number;
};

/** The canonical key of a label set: `name{a="x",b="y"}` with labels sorted, as Prometheus prints them. */
export function labelsKey(labels: Labels): string {
  const name = labels.__name__ ?? '';
  const rest = Object.keys(labels)
    .filter((k) => k !== '__name__')
    .sort()
    .map((k) => `${k}=${JSON.stringify(labels[k])}`)
    .join(',');
  return `${name}{${rest}}`;
}

/** Room for `capacity` samples: values and times share one buffer (values first, for their alignment). */
function sampleArrays(capacity: number): { times: Int32Array; values: Float64Array } {
  const buffer = new ArrayBuffer(capacity * 12);
  return { values: new Float64Array(buffer, 0, capacity), times: new Int32Array(buffer, capacity * 8, capacity) };
}

/**
 * An in-memory series store: series by label set, samples appended in time order, with an inverted
 * index for label matchers. Times are Int32 milliseconds relative to the store's own zero (the
 * simulation's start); a reader that needs absolute times adds its epoch (see queryable.ts).
 */
export class SeriesStore {
  private readonly series: StoredSeries[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly postings = new PostingsIndex();
  private samples = 0;
  private initialCapacity = 64;

  /**
   * How many samples a new series has room for before it must grow. A writer that knows what is coming
   * (a day of warm past) raises it: regrowing arrays (copies, and the garbage collections the freed
   * buffers cause) is most of what appending costs otherwise.
   */
  setInitialCapacity(samples: number): void {
    this.initialCapacity = Math.max(16, Math.ceil(samples));
  }

  /** The series' reference number, creating the series on first use. */
  ref(labels: Labels): number {
    const key = labelsKey(labels);
    const existing = this.byKey.get(key);
    if (existing !== undefined) return existing;
    const ref = this.series.length;
    this.series.push({ ref, labels: Object.freeze({ ...labels }), key, ...sampleArrays(this.initialCapacity), length: 0 });
    this.byKey.set(key, ref);
    this.postings.add(ref, labels);
    return ref;
  }

  append(ref: number, t: number, value: number): void {
    const s = this.series[ref]!;
    if (s.length === s.times.length) {
      const grown = sampleArrays(s.times.length * 2);
      grown.times.set(s.times);
      grown.values.set(s.values);
      s.times = grown.times;
      s.values = grown.values;
    }
    s.times[s.length] = t;
    s.values[s.length] = value;
    s.length++;
    this.samples++;
  }

  get(ref: number): StoredSeries {
    return this.series[ref]!;
  }

  find(labels: Labels): StoredSeries | undefined {
    const ref = this.byKey.get(labelsKey(labels));
    return ref === undefined ? undefined : this.series[ref];
  }

  /** Every series with this metric name. */
  byMetric(name: string): StoredSeries[] {
    return this.postings.get('__name__', name).map((ref) => this.series[ref]!);
  }

  /** The series every matcher accepts (regexes fully anchored; a missing label has the empty value), in creation order. */
  select(matchers: readonly LabelMatcher[]): StoredSeries[] {
    const compiled = matchers.map(compileMatcher);
    return this.postings.select(compiled, (ref) => this.series[ref]!.labels).map((ref) => this.series[ref]!);
  }

  /** Label names in use (by series matching `matchers`, if given), sorted: for editor completion. */
  labelNames(matchers: readonly LabelMatcher[] = []): string[] {
    if (matchers.length === 0) return this.postings.names();
    const names = new Set<string>();
    for (const s of this.select(matchers)) for (const name of Object.keys(s.labels)) names.add(name);
    return [...names].sort();
  }

  /** Values of one label in use (by series matching `matchers`, if given), sorted: for editor completion. */
  labelValues(name: string, matchers: readonly LabelMatcher[] = []): string[] {
    if (matchers.length === 0) return this.postings.values(name);
    const compiled = matchers.map(compileMatcher);
    const values = new Set<string>();
    for (const ref of this.postings.select(compiled, (r) => this.series[r]!.labels)) {
      const s = this.series[ref]!;
      const value = s.labels[name];
      if (value !== undefined && value !== '' && matchesAll(s.labels, compiled)) values.add(value);
    }
    return [...values].sort();
  }

  /**
   * Bounded retention: drops every sample older than `minTime` (store-relative ms), keeping the series
   * and their capacity. Returns how many samples were dropped.
   */
  dropBefore(minTime: number): number {
    let dropped = 0;
    for (const s of this.series) {
      let cut = 0;
      while (cut < s.length && s.times[cut]! < minTime) cut++;
      if (cut === 0) continue;
      s.times.copyWithin(0, cut, s.length);
      s.values.copyWithin(0, cut, s.length);
      s.length -= cut;
      dropped += cut;
    }
    this.samples -= dropped;
    return dropped;
  }

  all(): readonly StoredSeries[] {
    return this.series;
  }

  metricNames(): string[] {
    return this.postings.values('__name__');
  }

  get sampleCount(): number {
    return this.samples;
  }

  get seriesCount(): number {
    return this.series.length;
  }

  /** Bytes held by sample arrays (allocated capacity, not just used: 12 a sample). */
  get sampleBytes(): number {
    return this.series.reduce((n, s) => n + s.times.byteLength + s.values.byteLength, 0);
  }
}

/** The newest sample at or before t within the lookback, skipping nothing (a stale marker hides the series). */
export function sampleAt(series: StoredSeries | undefined, t: number, lookbackMs = 300_000): { t: number; v: number } | undefined {
  if (!series || series.length === 0) return undefined;
  let lo = 0;
  let hi = series.length - 1;
  if (series.times[0]! > t) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (series.times[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  const st = series.times[lo]!;
  const v = series.values[lo]!;
  if (t - st > lookbackMs || isStaleNaN(v)) return undefined;
  return { t: st, v };
}
