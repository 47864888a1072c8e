import { describe, expect, it } from 'vitest';
import { instantQuery } from '../promql/engine';
import { parseExpr } from '../promql/parser';
import type { LabelMatcher } from './matchers';
import { mergeQueryables } from './merge-queryable';
import { storeQueryable } from './queryable';
import type { SeriesView } from './queryable';
import { SeriesStore } from './store';

const EPOCH = 1_000_000;
const byName = (name: string): LabelMatcher[] => [{ type: '=', name: '__name__', value: name }];
const samples = (s: SeriesView) => Array.from({ length: s.length }, (_, i) => [s.timeAt(i), s.valueAt(i)]);

function stores(): { base: SeriesStore; upper: SeriesStore } {
  const base = new SeriesStore();
  const upper = new SeriesStore();
  const a = base.ref({ __name__: 'm', id: 'a' });
  const shared = base.ref({ __name__: 'm', id: 'shared' });
  for (const t of [0, 10_000, 20_000]) {
    base.append(a, t, 1);
    base.append(shared, t, 2);
  }
  const b = upper.ref({ __name__: 'm', id: 'b' });
  const sharedUp = upper.ref({ __name__: 'm', id: 'shared' });
  upper.append(b, 5_000, 3);
  upper.append(sharedUp, 5_000, 4);
  upper.append(sharedUp, 10_000, 5);
  return { base, upper };
}

describe('mergeQueryables', () => {
  it('returns the series of both layers, merging a shared label set by time with the upper layer winning ties', () => {
    const { base, upper } = stores();
    const q = mergeQueryables(storeQueryable(base, EPOCH), storeQueryable(upper, EPOCH));
    const got = q.select(byName('m')).map((s) => [s.labels.id, samples(s)]);
    expect(got).toEqual([
      ['a', [[EPOCH, 1], [EPOCH + 10_000, 1], [EPOCH + 20_000, 1]]],
      ['shared', [[EPOCH, 2], [EPOCH + 5_000, 4], [EPOCH + 10_000, 5], [EPOCH + 20_000, 2]]],
      ['b', [[EPOCH + 5_000, 3]]],
    ]);
  });

  it('serves PromQL over both layers and leaves both stores as they were', () => {
    const { base, upper } = stores();
    const q = mergeQueryables(storeQueryable(base, EPOCH), storeQueryable(upper, EPOCH));
    const v = instantQuery(q, parseExpr('sum(m)'), EPOCH + 6_000);
    expect(v.type === 'vector' && v.samples.map((s) => s.v)).toEqual([1 + 4 + 3]);
    expect([base.seriesCount, base.sampleCount, upper.seriesCount, upper.sampleCount]).toEqual([2, 6, 2, 3]);
  });

  it('passes the base through untouched when the upper layer has nothing', () => {
    const { base } = stores();
    const q = mergeQueryables(storeQueryable(base, EPOCH), storeQueryable(new SeriesStore(), EPOCH));
    expect(q.select(byName('m')).map((s) => s.labels.id)).toEqual(['a', 'shared']);
  });
});
