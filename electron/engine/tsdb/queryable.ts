import type { LabelMatcher } from './matchers';
import type { Labels, SeriesStore, StoredSeries } from './store';

/** One selected series as the query engine reads it: samples in time order, times in absolute (unix) ms. */
export type SeriesView = {
  readonly labels: Labels;
  /** Samples held now. */
  readonly length: number;
  timeAt(i: number): number;
  valueAt(i: number): number;
};

/** What the query engine selects from (Prometheus's storage.Queryable, reduced to one call). */
export type Queryable = {
  /** The series every matcher accepts. `minTime`/`maxTime` (absolute ms) are hints: series may hold more. */
  select(matchers: readonly LabelMatcher[], minTime?: number, maxTime?: number): SeriesView[];
};

class StoredSeriesView implements SeriesView {
  constructor(
    private readonly series: StoredSeries,
    private readonly epochMs: number,
  ) {}

  get labels(): Labels {
    return this.series.labels;
  }

  get length(): number {
    return this.series.length;
  }

  timeAt(i: number): number {
    return this.epochMs + this.series.times[i]!;
  }

  valueAt(i: number): number {
    return this.series.values[i]!;
  }
}

/**
 * The store as the engine's Queryable, its relative times shifted by `epochMs` (the unix ms of the
 * store's zero: the scenario start for a simulation, 0 for conformance data), so PromQL sees unix ms
 * while the store keeps compact Int32 offsets.
 */
export function storeQueryable(store: SeriesStore, epochMs = 0): Queryable {
  return {
    select: (matchers) => store.select(matchers).map((s) => new StoredSeriesView(s, epochMs)),
  };
}
