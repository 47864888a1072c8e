import { describe, expect, it } from 'vitest';
import { call, num, S, sel, str, testStore, vectorLines, bin } from './test-support';
import type { Expr } from '../parser/ast';

function histogram() {
  const t = testStore();
  const bucket = (le: string, job: string, v: number): [Record<string, string>, number[]] => [{ __name__: 'lat_bucket', le, job }, [v]];
  t.load(S, [
    bucket('0.1', 'a', 10),
    bucket('0.5', 'a', 50),
    bucket('1', 'a', 90),
    bucket('+Inf', 'a', 100),
    // b: not monotonic (8 after 10) and no +Inf for c.
    bucket('0.1', 'b', 10),
    bucket('0.5', 'b', 8),
    bucket('1', 'b', 20),
    bucket('+Inf', 'b', 20),
    bucket('0.1', 'c', 1),
    bucket('1', 'c', 2),
    bucket('0.5', 'e', 0),
    bucket('+Inf', 'e', 0),
    bucket('oops', 'a', 3),
  ]);
  return t;
}

const hq = (q: number, job: string) => vectorLines(histogram().instant(call('histogram_quantile', num(q), sel('lat_bucket', { job })), 0));

describe('histogram_quantile (classic buckets)', () => {
  it('interpolates linearly inside the bucket the rank falls in, from 0 below the first', () => {
    expect(hq(0.5, 'a')).toEqual(['{job="a"} 0.5']);
    expect(hq(0.25, 'a')).toEqual(['{job="a"} 0.25']);
    expect(hq(0.9, 'a')).toEqual(['{job="a"} 1']);
    expect(hq(0.05, 'a')).toEqual(['{job="a"} 0.05']);
  });

  it('answers the highest finite bound when the rank falls in the +Inf bucket', () => {
    expect(hq(0.99, 'a')).toEqual(['{job="a"} 1']);
  });

  it('follows Prometheus for out-of-range q, a missing +Inf bucket and no observations', () => {
    expect(hq(-1, 'a')).toEqual(['{job="a"} -Infinity']);
    expect(hq(2, 'a')).toEqual(['{job="a"} Infinity']);
    expect(hq(NaN, 'a')).toEqual(['{job="a"} NaN']);
    expect(hq(0.5, 'c')).toEqual(['{job="c"} NaN']);
    expect(hq(0.5, 'e')).toEqual(['{job="e"} NaN']);
  });

  it('makes bucket counts monotonic before searching', () => {
    expect(hq(0.5, 'b')).toEqual(['{job="b"} 0.1']);
  });

  it('groups by every label but le, and returns them without le and the name', () => {
    expect(vectorLines(histogram().instant(call('histogram_quantile', num(0.5), sel('lat_bucket', {}, [{ name: 'job', type: '=~', value: 'a|b' }])), 0))).toEqual(['{job="a"} 0.5', '{job="b"} 0.1']);
  });
});

function data() {
  const t = testStore();
  t.load(S, [
    [{ __name__: 'x', a: 'foo-bar', b: 'baz' }, [-2.5]],
    [{ __name__: 'y', src: 'one' }, [2.25]],
  ]);
  return t;
}
const at0 = (e: Expr) => vectorLines(data().instant(e, 0));

describe('math', () => {
  it('applies per element and drops the name', () => {
    expect(at0(call('abs', sel('x')))).toEqual(['{a="foo-bar",b="baz"} 2.5']);
    expect(at0(call('ceil', sel('x')))).toEqual(['{a="foo-bar",b="baz"} -2']);
    expect(at0(call('floor', sel('x')))).toEqual(['{a="foo-bar",b="baz"} -3']);
    expect(at0(call('sgn', sel('x')))).toEqual(['{a="foo-bar",b="baz"} -1']);
    expect(at0(call('sqrt', sel('y')))).toEqual(['{src="one"} 1.5']);
    expect(at0(call('deg', call('vector', call('pi'))))).toEqual(['{} 180']);
  });

  it('round rounds half up, to a multiple when asked', () => {
    expect(at0(call('round', sel('x')))).toEqual(['{a="foo-bar",b="baz"} -2']);
    expect(at0(call('round', sel('y'), num(0.5)))).toEqual(['{src="one"} 2.5']);
  });

  it('clamp, clamp_min, clamp_max; clamp with min > max gives nothing', () => {
    expect(at0(call('clamp', sel('x'), num(-1), num(1)))).toEqual(['{a="foo-bar",b="baz"} -1']);
    expect(at0(call('clamp_min', sel('y'), num(3)))).toEqual(['{src="one"} 3']);
    expect(at0(call('clamp_max', sel('y'), num(1)))).toEqual(['{src="one"} 1']);
    expect(at0(call('clamp', sel('y'), num(2), num(1)))).toEqual([]);
  });
});

describe('scalar, vector, time and sorting', () => {
  it('scalar() of one element is its value, of anything else NaN', () => {
    expect(data().instant(call('scalar', sel('y')), 0)).toEqual({ type: 'scalar', t: 0, v: 2.25 });
    expect(data().instant(call('scalar', sel('nope')), 0)).toMatchObject({ type: 'scalar', v: NaN });
  });

  it('time() is the evaluation time in seconds', () => {
    expect(data().instant(call('time'), 90 * S)).toEqual({ type: 'scalar', t: 90 * S, v: 90 });
  });

  it('sort and sort_desc put NaN last', () => {
    const t = testStore();
    t.load(S, [
      [{ __name__: 's', i: '1' }, [3]],
      [{ __name__: 's', i: '2' }, [NaN]],
      [{ __name__: 's', i: '3' }, [1]],
      [{ __name__: 's', i: '4' }, [2]],
    ]);
    const order = (f: string) => {
      const v = t.instant(call(f, sel('s')), 0);
      return v.type === 'vector' ? v.samples.map((s) => s.metric.i) : [];
    };
    expect(order('sort')).toEqual(['3', '4', '1', '2']);
    expect(order('sort_desc')).toEqual(['1', '4', '3', '2']);
  });
});

describe('label_replace and label_join', () => {
  it('label_replace writes the expansion of the anchored regex, or leaves the series alone', () => {
    expect(at0(call('label_replace', sel('x'), str('dst'), str('$2-$1'), str('a'), str('(.*)-(.*)')))).toEqual(['x{a="foo-bar",b="baz",dst="bar-foo"} -2.5']);
    expect(at0(call('label_replace', sel('x'), str('dst'), str('$1'), str('a'), str('foo')))).toEqual(['x{a="foo-bar",b="baz"} -2.5']);
    expect(at0(call('label_replace', sel('x'), str('dst'), str('${1}x $1x $$'), str('a'), str('(foo)-bar')))).toEqual(['x{a="foo-bar",b="baz",dst="foox  $"} -2.5']);
    expect(at0(call('label_replace', sel('x'), str('b'), str(''), str('a'), str('.*')))).toEqual(['x{a="foo-bar"} -2.5']);
  });

  it('label_replace refuses an invalid regex', () => {
    expect(() => data().instant(call('label_replace', sel('x'), str('dst'), str(''), str('a'), str('(.*')), 0)).toThrow('invalid regular expression in label_replace(): (.*');
  });

  it('label_join joins source values, empty where missing', () => {
    expect(at0(call('label_join', sel('x'), str('j'), str(','), str('a'), str('none'), str('b')))).toEqual(['x{a="foo-bar",b="baz",j="foo-bar,,baz"} -2.5']);
  });

  it('a label change that makes two series equal is an error', () => {
    const t = testStore();
    t.load(S, [
      [{ __name__: 'd', src: 'a' }, [1]],
      [{ __name__: 'd', src: 'b' }, [2]],
    ]);
    expect(() => t.instant(call('label_replace', sel('d'), str('src'), str(''), str(''), str('')), 0)).toThrow('vector cannot contain metrics with the same labelset');
  });
});

describe('date functions (UTC)', () => {
  // 1136239445 = 2006-01-02T22:04:05Z, a Monday.
  const d = (f: string) => at0(call(f, call('vector', num(1136239445))));
  it('read the value as unix seconds', () => {
    expect(d('year')).toEqual(['{} 2006']);
    expect(d('month')).toEqual(['{} 1']);
    expect(d('day_of_month')).toEqual(['{} 2']);
    expect(d('day_of_week')).toEqual(['{} 1']);
    expect(d('day_of_year')).toEqual(['{} 2']);
    expect(d('hour')).toEqual(['{} 22']);
    expect(d('minute')).toEqual(['{} 4']);
    expect(d('days_in_month')).toEqual(['{} 31']);
    expect(at0(call('days_in_month', call('vector', num(Date.UTC(2024, 1, 10) / 1000))))).toEqual(['{} 29']);
  });

  it('default to the evaluation time', () => {
    expect(vectorLines(data().instant(call('hour'), 3 * 3600 * S))).toEqual(['{} 3']);
  });
});

describe('the name under delayed removal', () => {
  it('stays until the end, where equal label sets then collide', () => {
    const t = testStore();
    t.load(S, [
      [{ __name__: 'm1', k: 'a' }, [1]],
      [{ __name__: 'm2', k: 'a' }, [2]],
    ]);
    const both = sel(undefined, {}, [{ name: '__name__', type: '=~', value: 'm1|m2' }]);
    expect(() => t.instant(call('ceil', both), 0)).toThrow('vector cannot contain metrics with the same labelset');
    expect(() => t.instant(call('ceil', both), 0, { delayedNameRemoval: true })).toThrow('vector cannot contain metrics with the same labelset');
    expect(vectorLines(t.instant(bin('>', call('ceil', both), num(1)), 0, { delayedNameRemoval: true }))).toEqual(['{k="a"} 2']);
    expect(vectorLines(t.instant(call('label_replace', call('ceil', sel('m1')), str('__name__'), str('kept'), str(''), str('')), 0, { delayedNameRemoval: true }))).toEqual(['kept{k="a"} 1']);
  });
});
