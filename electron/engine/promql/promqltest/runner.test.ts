import { describe, expect, it } from 'vitest';
import type { SeriesStore } from '../../tsdb';
import { STALE_NAN, isStaleNaN, sampleAt } from '../../tsdb';
import { QueryError } from '../engine/values';
import type { Value } from '../engine/values';
import { ParseError } from '../parser/errors';
import { skipReason, sketchQuery } from './classify';
import { almostEqual, compareResult } from './compare';
import { parseDuration, parseNumberLine, parseSeriesDescription, parseSequence, unquote } from './notation';
import type { EngineUnderTest } from './runner';
import { runScript } from './runner';
import type { EvalCommand } from './script';
import { parseScript } from './script';

/**
 * A stand-in engine that knows three queries: a bare metric name (instant: newest sample within 5m; range:
 * that at every step), `fail_me` (an execution error) and `1 +` (a parse error). Enough to drive the runner.
 */
const fakeEngine: EngineUnderTest = {
  instant(store, expr, t) {
    return { type: 'vector', samples: select(store, expr, t) };
  },
  range(store, expr, start, end, step) {
    const byKey = new Map<string, { metric: Record<string, string>; points: { t: number; v: number }[] }>();
    for (let t = start; t <= end; t += step) {
      for (const s of select(store, expr, t)) {
        const key = JSON.stringify(s.metric);
        const entry = byKey.get(key) ?? { metric: s.metric, points: [] };
        entry.points.push({ t, v: s.v });
        byKey.set(key, entry);
      }
    }
    return { type: 'matrix', series: [...byKey.values()] };
  },
};

function select(store: SeriesStore, expr: string, t: number) {
  if (expr === 'fail_me') throw new QueryError('boom: query failed');
  if (expr === '1 +') throw new ParseError('unexpected end of input', { start: 3, end: 3 }, expr);
  if (expr === 'crash') throw new TypeError('x is undefined');
  return store.byMetric(expr).flatMap((s) => {
    const p = sampleAt(s, t);
    return p ? [{ metric: { ...s.labels }, t, v: p.v }] : [];
  });
}

describe('series notation', () => {
  it('expands a+bxn, axn, _xn and stale as Prometheus does', () => {
    const floats = (text: string) => parseSequence(text).map((v) => (v.kind === 'float' ? v.value : v.kind));
    expect(floats('1+1x3')).toEqual([1, 2, 3, 4]);
    expect(floats('10-2x2')).toEqual([10, 8, 6]);
    expect(floats('5x2 _ _x2 -Inf NaN')).toEqual([5, 5, 5, 'omitted', 'omitted', 'omitted', -Infinity, NaN]);
    expect(floats('0x3')).toEqual([0, 0, 0, 0]);
    expect(isStaleNaN((parseSequence('stale')[0] as { value: number }).value)).toBe(true);
    expect(parseSequence('1 {{schema:0 sum:5 count:4 buckets:[1 2 1]}}x2 3').map((v) => v.kind)).toEqual(['float', 'histogram', 'histogram', 'histogram', 'float']);
  });

  it('reads metrics, labels and quoted names', () => {
    expect(parseSeriesDescription('http_requests{job="api", path="/a\\"b"} 1 2')).toEqual({
      labels: { __name__: 'http_requests', job: 'api', path: '/a"b' },
      values: [
        { kind: 'float', value: 1 },
        { kind: 'float', value: 2 },
      ],
    });
    expect(parseSeriesDescription('{"my.metric", "a.b"="c"} 1').labels).toEqual({ __name__: 'my.metric', 'a.b': 'c' });
    expect(parseSeriesDescription('{} 3').labels).toEqual({});
  });

  it('parses durations, number lines and Go string literals', () => {
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('10s53ms')).toBe(10_053);
    expect(parseDuration('0')).toBe(0);
    expect(() => parseDuration('5x')).toThrow();
    expect(parseNumberLine('0x1F')).toBe(31);
    expect(parseNumberLine('-Inf')).toBe(-Infinity);
    expect(parseNumberLine('1e3')).toBe(1000);
    expect(parseNumberLine('foo{}')).toBeUndefined();
    expect(unquote('"a\\x41\\u00e9\\n"')).toBe('aAé\n');
    expect(unquote('`raw\\n`')).toBe('raw\\n');
    expect(unquote("'single'")).toBe('single');
  });
});

describe('script parser', () => {
  it('reads loads, evals with expectations, and the deprecated forms', () => {
    const cmds = parseScript(`
# a comment
load 5m
  metric{a="1"} 0+10x10

eval instant at 50m metric
  expect ordered
  expect warn msg: something
  metric{a="1"} 100

eval_fail instant at 0 bad(
  expected_fail_regexp unexpected.*

eval range from 0 to 10m step 5m metric
  metric{a="1"} 0 10 _

eval instant at 1m 3
  3

clear
bogus command
`);
    expect(cmds.map((c) => c.kind)).toEqual(['load', 'eval', 'eval', 'eval', 'eval', 'clear', 'unsupported']);
    const ordered = cmds[1] as EvalCommand;
    expect(ordered).toMatchObject({ line: 6, expr: 'metric', time: 3_000_000, ordered: true, annotations: ['expect warn msg: something'] });
    expect((cmds[2] as EvalCommand).fail).toEqual({ regex: 'unexpected.*' });
    expect(cmds[3]).toMatchObject({ range: true, start: 0, end: 600_000, step: 300_000 });
    expect((cmds[4] as EvalCommand).expectScalar).toBe(3);
  });

  it('marks an instant eval with several values and no range-vector line as unsupported', () => {
    const [ev] = parseScript('eval instant at 0 x\n  x 1 2\n') as EvalCommand[];
    expect(ev!.unsupported).toMatch(/several values/);
  });

  it('evaluates `expect range vector` instant evals at the range end', () => {
    const [ev] = parseScript('eval instant at 1m x[1m]\n  expect range vector from 10s to 1m step 10s\n  x 1 2 3 4 5 6\n') as EvalCommand[];
    expect(ev).toMatchObject({ rangeVector: true, time: 60_000, start: 10_000, end: 60_000, step: 10_000 });
  });
});

describe('matching rules', () => {
  const ev = (text: string) => parseScript(text)[0] as EvalCommand;
  const vector = (...samples: [Record<string, string>, number][]): Value => ({ type: 'vector', samples: samples.map(([metric, v]) => ({ metric, t: 0, v })) });

  it('compares floats with NaN and stale equality and a 1e-6 relative tolerance', () => {
    expect(almostEqual(NaN, NaN)).toBe(true);
    expect(almostEqual(STALE_NAN, STALE_NAN)).toBe(true);
    expect(almostEqual(STALE_NAN, NaN)).toBe(false);
    expect(almostEqual(1, 1 + 1e-7)).toBe(true);
    expect(almostEqual(1, 1 + 1e-5)).toBe(false);
    expect(almostEqual(0, 1e-300)).toBe(false);
  });

  it('matches vectors as sets unless ordered', () => {
    const unordered = ev('eval instant at 0 x\n  x{a="1"} 1\n  x{a="2"} 2\n');
    expect(compareResult(unordered, vector([{ __name__: 'x', a: '2' }, 2], [{ __name__: 'x', a: '1' }, 1]))).toBeUndefined();
    expect(compareResult(unordered, vector([{ __name__: 'x', a: '1' }, 1]))).toMatch(/not found/);
    expect(compareResult(unordered, vector([{ __name__: 'x', a: '1' }, 1], [{ __name__: 'x', a: '2' }, 2], [{ __name__: 'x', a: '3' }, 3]))).toMatch(/unexpected metric/);
    const ordered = ev('eval instant at 0 x\n  expect ordered\n  x{a="1"} 1\n  x{a="2"} 2\n');
    expect(compareResult(ordered, vector([{ __name__: 'x', a: '2' }, 2], [{ __name__: 'x', a: '1' }, 1]))).toMatch(/position/);
  });

  it('needs matrices sorted by labels with exactly the expected points', () => {
    const range = ev('eval range from 0 to 2m step 1m x\n  x{a="1"} 1 _ 3\n');
    const m = (points: { t: number; v: number }[]): Value => ({ type: 'matrix', series: [{ metric: { __name__: 'x', a: '1' }, points }] });
    expect(
      compareResult(
        range,
        m([
          { t: 0, v: 1 },
          { t: 120_000, v: 3 },
        ]),
      ),
    ).toBeUndefined();
    expect(
      compareResult(
        range,
        m([
          { t: 0, v: 1 },
          { t: 60_000, v: 2 },
          { t: 120_000, v: 3 },
        ]),
      ),
    ).toMatch(/expected 2 float points/);
    const unsorted: Value = {
      type: 'matrix',
      series: [
        { metric: { a: '2' }, points: [] },
        { metric: { a: '1' }, points: [] },
      ],
    };
    expect(compareResult(ev('eval range from 0 to 0 step 1m x\n'), unsorted)).toMatch(/sorted/);
  });

  it('checks scalar and string results', () => {
    expect(compareResult(ev('eval instant at 0 1\n  1\n'), { type: 'scalar', t: 0, v: 1 })).toBeUndefined();
    expect(compareResult(ev('eval instant at 0 1\n'), { type: 'scalar', t: 0, v: 1 })).toMatch(/got scalar/);
    expect(compareResult(ev('eval instant at 0 "a"\n  expect string "a"\n'), { type: 'string', t: 0, v: 'a' })).toBeUndefined();
  });
});

describe('skip classification', () => {
  const skip = (text: string, histograms: Record<string, string>[] = []) => skipReason(parseScript(text)[0] as EvalCommand, histograms);

  it('skips experimental functions, aggregations and syntax, and native histograms', () => {
    expect(skip('eval instant at 0 sort_by_label(x, "a")\n')).toBe('experimental function: sort_by_label');
    expect(skip('eval range from 0 to 1m step 30s step()\n')).toBe('experimental function: step');
    expect(skip('eval instant at 0 limitk(1, x)\n')).toBe('experimental aggregation: limitk');
    expect(skip('eval instant at 0 rate(x[5m+1m])\n')).toBe('experimental syntax: duration expression in a range');
    expect(skip('eval instant at 0 x + fill(0) y\n')).toBe('experimental syntax: binary operator modifier fill()');
    expect(skip('eval instant at 0 x\n  x {{schema:0 sum:1 count:1}}\n')).toBe('native histogram: expected result holds one');
    expect(skip('eval instant at 0 histogram_count(x)\n')).toBe('native histogram: function histogram_count');
    expect(skip('eval instant at 0 rate(h[5m])\n', [{ __name__: 'h' }])).toBe('native histogram: selects native-histogram series');
    expect(skip('eval instant at 0 {__name__=~"h|x"}\n', [{ __name__: 'h' }])).toBe('native histogram: selects native-histogram series');
  });

  it('runs standard syntax: subqueries, @ start(), offsets, grouping', () => {
    expect(skip('eval instant at 0 sum by (h) (rate(x[5m:1m] @ start() offset -1m))\n', [{ __name__: 'h' }])).toBeUndefined();
    expect(sketchQuery('a{b="c"} / on(d) group_left(e) f')!.selectors).toEqual([
      [
        { type: '=', name: '__name__', value: 'a' },
        { type: '=', name: 'b', value: 'c' },
      ],
      [{ type: '=', name: '__name__', value: 'f' }],
    ]);
  });
});

describe('runner', () => {
  const script = `
load 1m
  metric{a="1"} 1 2 3
  hist {{schema:0 sum:1 count:1}}

eval instant at 2m metric
  metric{a="1"} 3

eval instant at 2m metric
  metric{a="1"} 4

eval instant at 0 hist
  hist {{schema:0 sum:1 count:1}}

eval range from 0 to 2m step 1m metric
  metric{a="1"} 1 2 3

eval instant at 0 fail_me
  expect fail msg: boom: query failed

eval instant at 0 1 +
  expect fail regex: parse error

eval instant at 0 crash
  expect fail

clear

eval instant at 2m metric
`;

  it('counts a passing eval, a failing one with what it expected and got, and a skip with its reason', () => {
    const report = runScript(script, fakeEngine);
    expect(report.outcomes.map((o) => [o.line, o.status])).toEqual([
      [6, 'passed'],
      [9, 'failed'],
      [12, 'skipped'],
      [15, 'passed'],
      [18, 'passed'],
      [21, 'passed'],
      [24, 'failed'],
      [29, 'passed'],
    ]);
    expect({ passed: report.passed, failed: report.failed, skipped: report.skipped }).toEqual({ passed: 5, failed: 2, skipped: 1 });
    expect([...report.skipReasons]).toEqual([['native histogram: expected result holds one', 1]]);
    expect(report.outcomes[1]).toMatchObject({ expected: 'vector: metric{a="1"} 4', got: 'vector: metric{a="1"} 3', why: 'expected 4 for metric{a="1"} but got 3' });
    // A crash is never an expected failure.
    expect(report.outcomes[6]).toMatchObject({ why: 'the engine crashed', got: 'error: TypeError: x is undefined' });
  });

  it('checks the range-mode and @ invariants when asked', () => {
    const broken: EngineUnderTest = { ...fakeEngine, range: () => ({ type: 'matrix', series: [] }) };
    const text = 'load 1m\n  metric 1 2 3\n\neval instant at 1m metric\n  metric 2\n';
    expect(runScript(text, broken).passed).toBe(1);
    const report = runScript(text, broken, { invariants: true });
    expect(report.outcomes[0]).toMatchObject({ status: 'failed', why: 'range-mode invariant: expected metric metric{} not found' });
    // The fake engine knows no `@`: the rewritten query selects nothing.
    const seen: string[] = [];
    const recording: EngineUnderTest = { ...fakeEngine, instant: (store, expr, t) => (seen.push(`${expr} at ${t}`), fakeEngine.instant(store, expr, t)) };
    const at = runScript(text, recording, { invariants: true });
    expect(seen).toEqual(['metric at 60000', 'metric @ 60.000 at -600000']);
    expect(at.outcomes[0]).toMatchObject({ status: 'failed', why: expect.stringMatching(/^@ invariant \(metric @ 60.000 at -600s\): expected metric metric\{\} not found/) });
  });
});
