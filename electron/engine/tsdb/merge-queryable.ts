/**
 * Two queryables read as one (Prometheus's storage.NewMergeQuerier, reduced): series from both, and a
 * series both hold read as one, its samples interleaved by time. A scratch store layered over a drill's
 * store this way lets a preview write recording rules and ALERTS without touching the drill.
 */
import type { LabelMatcher } from './matchers';
import type { Queryable, SeriesView } from './queryable';
import { labelsKey } from './store';
import type { Labels } from './store';

class MergedSeriesView implements SeriesView {
  private readonly times: number[] = [];
  private readonly values: number[] = [];

  constructor(
    readonly labels: Labels,
    base: SeriesView,
    upper: SeriesView,
  ) {
    let i = 0;
    let j = 0;
    while (i < base.length || j < upper.length) {
      const tb = i < base.length ? base.timeAt(i) : Infinity;
      const tu = j < upper.length ? upper.timeAt(j) : Infinity;
      // On equal times the upper layer wins, as a later write would.
      if (tu <= tb) {
        this.push(tu, upper.valueAt(j++));
        if (tu === tb) i++;
      } else this.push(tb, base.valueAt(i++));
    }
  }

  private push(t: number, v: number): void {
    this.times.push(t);
    this.values.push(v);
  }

  get length(): number {
    return this.times.length;
  }

  timeAt(i: number): number {
    return this.times[i]!;
  }

  valueAt(i: number): number {
    return this.values[i]!;
  }
}

/** `upper` layered over `base`: every series of either; a label set both hold merges, `upper` winning ties. */
export function mergeQueryables(base: Queryable, upper: Queryable): Queryable {
  return {
    select(matchers: readonly LabelMatcher[], minTime?: number, maxTime?: number): SeriesView[] {
      const fromUpper = new Map(upper.select(matchers, minTime, maxTime).map((s) => [labelsKey(s.labels), s]));
      if (fromUpper.size === 0) return base.select(matchers, minTime, maxTime);
      const out: SeriesView[] = [];
      for (const s of base.select(matchers, minTime, maxTime)) {
        const key = labelsKey(s.labels);
        const over = fromUpper.get(key);
        if (over === undefined) out.push(s);
        else {
          out.push(new MergedSeriesView(s.labels, s, over));
          fromUpper.delete(key);
        }
      }
      out.push(...fromUpper.values());
      return out;
    },
  };
}
