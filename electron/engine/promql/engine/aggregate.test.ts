import { describe, expect, it } from 'vitest';
import { agg, matrixLines, num, S, sel, str, testStore, vectorLines } from './test-support';
import type { Value } from './values';

function data() {
  const t = testStore();
  t.load(10 * S, [
    [{ __name__: 'req', job: 'api', inst: '0' }, [100, 100]],
    [{ __name__: 'req', job: 'api', inst: '1' }, [200, 200]],
    [{ __name__: 'req', job: 'web', inst: '0' }, [300, 300]],
    [{ __name__: 'req', job: 'web', inst: '1' }, [400, 400]],
    [{ __name__: 'req', job: 'web', inst: '2' }, [NaN, 500]],
  ]);
  return t;
}

const at0 = (t: ReturnType<typeof data>, e: Parameters<ReturnType<typeof data>['instant']>[0]) => vectorLines(t.instant(e, 0));
const job = (inst: string) => sel('req', { job: 'api' }, inst ? [{ name: 'inst', type: '=', value: inst }] : []);
const ordered = (v: Value) => (v.type === 'vector' ? v.samples.map((s) => `${s.metric.inst}=${s.v}`) : []);

describe('aggregations', () => {
  const t = data();
  const api = job('');

  it('sum, avg, min, max, count, group by job', () => {
    expect(at0(t, agg('sum', api, { by: ['job'] }))).toEqual(['{job="api"} 300']);
    expect(at0(t, agg('avg', api, { by: ['job'] }))).toEqual(['{job="api"} 150']);
    expect(at0(t, agg('min', api, { by: ['job'] }))).toEqual(['{job="api"} 100']);
    expect(at0(t, agg('max', api, { by: ['job'] }))).toEqual(['{job="api"} 200']);
    expect(at0(t, agg('count', api, { by: ['job'] }))).toEqual(['{job="api"} 2']);
    expect(at0(t, agg('group', api, { by: ['job'] }))).toEqual(['{job="api"} 1']);
  });

  it('without drops the listed labels and the name; no grouping gives one series without labels', () => {
    expect(at0(t, agg('sum', sel('req', {}, [{ name: 'inst', type: '!=', value: '2' }]), { without: ['inst'] }))).toEqual(['{job="api"} 300', '{job="web"} 700']);
    expect(at0(t, agg('count', sel('req')))).toEqual(['{} 5']);
  });

  it('stddev and stdvar are population statistics', () => {
    expect(at0(t, agg('stdvar', api))).toEqual(['{} 2500']);
    expect(at0(t, agg('stddev', api))).toEqual(['{} 50']);
  });

  it('a NaN input makes sum NaN, while max and min pass it over', () => {
    const web = sel('req', { job: 'web' });
    expect(at0(t, agg('sum', web))).toEqual(['{} NaN']);
    expect(at0(t, agg('max', web))).toEqual(['{} 400']);
    expect(at0(t, agg('min', web))).toEqual(['{} 300']);
  });

  it('quantile interpolates between ranks', () => {
    expect(at0(t, agg('quantile', api, { param: num(0.5) }))).toEqual(['{} 150']);
    expect(at0(t, agg('quantile', sel('req', { job: 'web' }, [{ name: 'inst', type: '!=', value: '2' }]), { param: num(0.25) }))).toEqual(['{} 325']);
  });

  it('count_values counts each value under a new label', () => {
    const t2 = testStore();
    t2.load(S, [
      [{ __name__: 'v', i: '1' }, [2]],
      [{ __name__: 'v', i: '2' }, [2]],
      [{ __name__: 'v', i: '3' }, [0.5]],
    ]);
    expect(vectorLines(t2.instant(agg('count_values', sel('v'), { param: str('value') }), 0))).toEqual(['{value="0.5"} 1', '{value="2"} 2']);
  });

  it('avg turns to the incremental mean where the sum would overflow', () => {
    const t2 = testStore();
    t2.load(S, [
      [{ __name__: 'big', i: '1' }, [1e308]],
      [{ __name__: 'big', i: '2' }, [1e308]],
    ]);
    expect(vectorLines(t2.instant(agg('avg', sel('big')), 0))).toEqual(['{} 1e+308']);
  });

  it('sum compensates rounding (Kahan–Neumaier)', () => {
    const t2 = testStore();
    t2.load(S, [1, 1e100, 1, -1e100].map((v, i): [Record<string, string>, number[]] => [{ __name__: 'k', i: String(i) }, [v]]));
    expect(vectorLines(t2.instant(agg('sum', sel('k')), 0))).toEqual(['{} 2']);
  });
});

describe('topk and bottomk', () => {
  const t = data();

  it('keep the input labels, best first, per group', () => {
    expect(vectorLines(t.instant(agg('topk', sel('req'), { by: ['job'], param: num(1) }), 0))).toEqual(['req{inst="1",job="api"} 200', 'req{inst="1",job="web"} 400']);
    expect(ordered(t.instant(agg('topk', sel('req', { job: 'web' }), { param: num(3) }), 0))).toEqual(['1=400', '0=300', '2=NaN']);
    expect(ordered(t.instant(agg('bottomk', sel('req', { job: 'web' }), { param: num(3) }), 0))).toEqual(['0=300', '1=400', '2=NaN']);
  });

  // Traced through Go's container/heap: for topk(2), b is pushed after a; c replaces a (the heap's
  // minimum) and, equal to b, stays on top; d equals the top and is not taken; the final reverse sort
  // (insertion sort for so few) leaves [c, b] as it is.
  it('resolve ties as Prometheus’s heap does', () => {
    const t2 = testStore();
    t2.load(S, [
      [{ __name__: 'tie', inst: 'a' }, [1]],
      [{ __name__: 'tie', inst: 'b' }, [5]],
      [{ __name__: 'tie', inst: 'c' }, [5]],
      [{ __name__: 'tie', inst: 'd' }, [5]],
    ]);
    expect(ordered(t2.instant(agg('topk', sel('tie'), { param: num(1) }), 0))).toEqual(['b=5']);
    expect(ordered(t2.instant(agg('topk', sel('tie'), { param: num(2) }), 0))).toEqual(['c=5', 'b=5']);
    expect(ordered(t2.instant(agg('bottomk', sel('tie'), { param: num(2) }), 0))).toEqual(['a=1', 'b=5']);
  });

  it('k below 1 gives nothing; a NaN k is an error', () => {
    expect(vectorLines(t.instant(agg('topk', sel('req'), { param: num(0) }), 0))).toEqual([]);
    expect(() => t.instant(agg('topk', sel('req'), { param: num(NaN) }), 0)).toThrow('Parameter value is NaN');
  });

  it('may pick different series at each step of a range query', () => {
    expect(matrixLines(t.range(agg('topk', sel('req', { job: 'web' }), { param: num(1) }), 0, 10 * S, 10 * S))).toEqual(['req{inst="1",job="web"} 0:400', 'req{inst="2",job="web"} 10:500']);
  });
});
