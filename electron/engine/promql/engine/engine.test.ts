import { describe, expect, it } from 'vitest';
import { call, matrixLines, num, range, S, sel, sub, testStore, vectorLines, bin } from './test-support';
import { QueryError } from './values';

// foo: 1, 2, 3 at 0s, 10s, 20s; bar: 1, stale, 3.
function data() {
  const t = testStore();
  t.load(10 * S, [
    [{ __name__: 'foo' }, [1, 2, 3]],
    [{ __name__: 'bar' }, [1, 'stale', 3]],
  ]);
  return t;
}

describe('instant selectors: lookback and staleness', () => {
  it('sees the newest sample within the lookback, which is left-open (t-5m, t]', () => {
    const t = data();
    expect(vectorLines(t.instant(sel('foo'), 25 * S))).toEqual(['foo{} 3']);
    expect(vectorLines(t.instant(sel('foo'), 319_999))).toEqual(['foo{} 3']);
    expect(vectorLines(t.instant(sel('foo'), 320 * S))).toEqual([]);
  });

  it('honours a shorter lookback delta', () => {
    expect(vectorLines(data().instant(sel('foo'), 25 * S, { lookbackDeltaMs: 5 * S }))).toEqual([]);
  });

  it('hides a series from its staleness marker on, until a new sample', () => {
    const t = data();
    expect(vectorLines(t.instant(sel('bar'), 5 * S))).toEqual(['bar{} 1']);
    expect(vectorLines(t.instant(sel('bar'), 10 * S))).toEqual([]);
    expect(vectorLines(t.instant(sel('bar'), 15 * S))).toEqual([]);
    expect(vectorLines(t.instant(sel('bar'), 20 * S))).toEqual(['bar{} 3']);
  });

  it('reports the evaluation time, not the sample time', () => {
    const v = data().instant(sel('foo'), 25 * S);
    expect(v.type === 'vector' && v.samples[0]!.t).toBe(25 * S);
  });

  it('timestamp() reports the sample time', () => {
    expect(vectorLines(data().instant(call('timestamp', sel('foo')), 25 * S))).toEqual(['{} 20']);
  });
});

describe('range selectors: left-open windows', () => {
  it('(t-range, t] leaves out a sample exactly range before', () => {
    const t = data();
    expect(matrixLines(t.instant(range(sel('foo'), 10 * S), 20 * S))).toEqual(['foo{} 20:3']);
    expect(matrixLines(t.instant(range(sel('foo'), 20 * S), 20 * S))).toEqual(['foo{} 10:2 20:3']);
  });

  it('skips staleness markers', () => {
    expect(matrixLines(data().instant(range(sel('bar'), 30 * S), 20 * S))).toEqual(['bar{} 0:1 20:3']);
  });
});

describe('offset and @', () => {
  it('offset moves the evaluation back, a negative one forward', () => {
    const t = data();
    expect(vectorLines(t.instant(sel('foo', {}, [], { offset: 10 * S }), 20 * S))).toEqual(['foo{} 2']);
    expect(vectorLines(t.instant(sel('foo', {}, [], { offset: -10 * S }), 10 * S))).toEqual(['foo{} 3']);
  });

  it('@ fixes the evaluation time for every step', () => {
    const t = data();
    expect(vectorLines(t.instant(sel('foo', {}, [], { at: { timestamp: 10 * S } }), 1000 * S))).toEqual(['foo{} 2']);
    expect(matrixLines(t.range(sel('foo', {}, [], { at: { timestamp: 10 * S } }), 0, 20 * S, 10 * S))).toEqual(['foo{} 0:2 10:2 20:2']);
  });

  it('@ start() and @ end() are the range query’s start and end', () => {
    const t = data();
    expect(matrixLines(t.range(sel('foo', {}, [], { at: { startOrEnd: 'start' } }), 10 * S, 20 * S, 10 * S))).toEqual(['foo{} 10:2 20:2']);
    expect(matrixLines(t.range(sel('foo', {}, [], { at: { startOrEnd: 'end' } }), 10 * S, 20 * S, 10 * S))).toEqual(['foo{} 10:3 20:3']);
  });

  it('@ and offset combine: the window ends at @ less the offset', () => {
    expect(vectorLines(data().instant(call('max_over_time', range(sel('foo', {}, [], { at: { timestamp: 20 * S }, offset: 10 * S }), 15 * S)), 0))).toEqual(['{} 2']);
  });
});

describe('subqueries', () => {
  // foo2: t/10 at every 10s from 0 to 100s.
  function ramp() {
    const t = testStore();
    t.load(10 * S, [[{ __name__: 'foo2' }, Array.from({ length: 11 }, (_, i) => i)]]);
    return t;
  }

  it('evaluates at steps aligned to multiples of the step, inside (t-range, t]', () => {
    expect(matrixLines(ramp().instant(sub(sel('foo2'), 30 * S, 10 * S), 55 * S))).toEqual(['foo2{} 30:3 40:4 50:5']);
  });

  it('defaults the step to 1m', () => {
    expect(matrixLines(ramp().instant(sub(sel('foo2'), 120 * S), 125 * S))).toEqual(['foo2{} 60:6 120:10']);
  });

  it('feeds range functions, and obeys offset and @', () => {
    const t = ramp();
    expect(vectorLines(t.instant(call('max_over_time', sub(sel('foo2'), 30 * S, 10 * S)), 55 * S))).toEqual(['{} 5']);
    expect(vectorLines(t.instant(call('max_over_time', sub(sel('foo2'), 30 * S, 10 * S, { offset: 20 * S })), 55 * S))).toEqual(['{} 3']);
    expect(matrixLines(t.range(call('max_over_time', sub(sel('foo2'), 30 * S, 10 * S, { at: { timestamp: 40 * S } })), 0, 20 * S, 10 * S))).toEqual(['{} 0:4 10:4 20:4']);
  });
});

describe('range queries', () => {
  it('evaluates every step and returns a matrix sorted by labels', () => {
    const t = testStore();
    t.load(10 * S, [
      [{ __name__: 'z', a: '2' }, [1, 2, 3, 4]],
      [{ __name__: 'z', a: '1' }, [5, '_', '_', '_']],
    ]);
    expect(matrixLines(t.range(sel('z'), 0, 30 * S, 10 * S))).toEqual(['z{a="1"} 0:5 10:5 20:5 30:5', 'z{a="2"} 0:1 10:2 20:3 30:4']);
  });

  it('returns a scalar expression as one series without labels', () => {
    expect(matrixLines(testStore().range(bin('+', num(1), num(1)), 0, 20 * S, 10 * S))).toEqual(['{} 0:2 10:2 20:2']);
  });

  it('refuses range-vector expressions, bad steps and too many points', () => {
    const t = data();
    expect(() => t.range(range(sel('foo'), 10 * S), 0, 10 * S, S)).toThrow('invalid expression type "range vector" for range query, must be Scalar or instant Vector');
    expect(() => t.range(sel('foo'), 0, 10 * S, 0)).toThrow(/zero or negative query resolution step/);
    expect(() => t.range(sel('foo'), 10 * S, 0, S)).toThrow(/end timestamp must not be before start time/);
    expect(() => t.range(sel('foo'), 0, 20_000 * S, S)).toThrow(/exceeded maximum resolution of 11,000 points/);
  });
});

describe('limits', () => {
  it('fails a query that would hold more samples than allowed', () => {
    const t = data();
    expect(() => t.range(sel('foo'), 0, 100 * S, 10 * S, { maxSamples: 5 })).toThrow('query processing would load too many samples into memory in query execution');
    expect(t.range(sel('foo'), 0, 100 * S, 10 * S, { maxSamples: 11 }).type).toBe('matrix');
  });

  it('fails a query past its time budget, by the clock it is given', () => {
    let clock = 0;
    const now = () => (clock += 10);
    try {
      data().range(sel('foo'), 0, 100 * S, S, { now, timeoutMs: 50 });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(QueryError);
      expect((err as QueryError).kind).toBe('timeout');
      expect((err as QueryError).message).toBe('query timed out in expression evaluation');
    }
  });
});

describe('results of each type', () => {
  it('answers a scalar and a string at the evaluation time', () => {
    const t = data();
    expect(t.instant(num(4), 7 * S)).toEqual({ type: 'scalar', t: 7 * S, v: 4 });
    expect(t.instant({ type: 'StringLiteral', val: 'hi', pos: { start: 0, end: 0 } }, 7 * S)).toEqual({ type: 'string', t: 7 * S, v: 'hi' });
  });
});
