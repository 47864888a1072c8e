import { describe, expect, it } from 'vitest';
import type { LabelMatcher } from './matchers';
import { compileRegex } from './matchers';
import { SeriesStore } from './store';

function store(): SeriesStore {
  const s = new SeriesStore();
  const all: Record<string, string>[] = [
    { __name__: 'up', job: 'api', instance: 'a:9090' },
    { __name__: 'up', job: 'api', instance: 'b:9090', env: 'prod' },
    { __name__: 'up', job: 'web', instance: 'c:9090', env: '' },
    { __name__: 'http_requests_total', job: 'api', path: '/a\nb' },
    { __name__: 'upstream_latency', job: 'web' },
  ];
  for (const labels of all) s.append(s.ref(labels), 0, 1);
  return s;
}

const m = (name: string, type: LabelMatcher['type'], value: string): LabelMatcher => ({ name, type, value });
const names = (s: SeriesStore, matchers: LabelMatcher[]) => s.select(matchers).map((x) => `${x.labels.__name__}/${x.labels.instance ?? x.labels.path ?? x.labels.job}`);

describe('SeriesStore.select', () => {
  const cases: [string, LabelMatcher[], string[]][] = [
    ['equality on the name', [m('__name__', '=', 'up')], ['up/a:9090', 'up/b:9090', 'up/c:9090']],
    ['two equalities intersect', [m('__name__', '=', 'up'), m('job', '=', 'api')], ['up/a:9090', 'up/b:9090']],
    ['inequality', [m('__name__', '=', 'up'), m('job', '!=', 'api')], ['up/c:9090']],
    ['regex is anchored at both ends', [m('__name__', '=~', 'up')], ['up/a:9090', 'up/b:9090', 'up/c:9090']],
    ['regex prefix needs .*', [m('__name__', '=~', 'up.*')], ['up/a:9090', 'up/b:9090', 'up/c:9090', 'upstream_latency/web']],
    ['regex alternation is grouped before anchoring', [m('__name__', '=~', 'up|http_requests_total')], ['up/a:9090', 'up/b:9090', 'up/c:9090', 'http_requests_total//a\nb']],
    ['negative regex', [m('__name__', '=~', '.+'), m('job', '!~', 'a.*')], ['up/c:9090', 'upstream_latency/web']],
    ['{a=""} matches series without the label', [m('__name__', '=', 'up'), m('env', '=', '')], ['up/a:9090', 'up/c:9090']],
    ['{a!=""} needs the label', [m('__name__', '=', 'up'), m('env', '!=', '')], ['up/b:9090']],
    ['{a=~".*"} matches with or without', [m('__name__', '=', 'up'), m('env', '=~', '.*')], ['up/a:9090', 'up/b:9090', 'up/c:9090']],
    ['{a=~".+"} needs a value', [m('__name__', '=', 'up'), m('env', '=~', '.+')], ['up/b:9090']],
    ['{a!~"prod"} matches a missing label', [m('__name__', '=', 'up'), m('env', '!~', 'prod')], ['up/a:9090', 'up/c:9090']],
    ['. matches a newline (Prometheus 3.x)', [m('path', '=~', '/a.b')], ['http_requests_total//a\nb']],
    ['a label no series has', [m('__name__', '=', 'up'), m('zone', '=', 'x')], []],
    ['(?i) makes the match case-insensitive', [m('job', '=~', '(?i)API'), m('__name__', '=', 'up')], ['up/a:9090', 'up/b:9090']],
  ];
  for (const [what, matchers, expected] of cases) {
    it(what, () => expect(names(store(), matchers)).toEqual(expected));
  }

  it('leaves empty label values out of the index', () => {
    expect(store().labelValues('env')).toEqual(['prod']);
  });
});

describe('compileRegex', () => {
  it('anchors the whole pattern and lets . match a newline', () => {
    expect(compileRegex('a|b').test('ab')).toBe(false);
    expect(compileRegex('a.c').test('a\nc')).toBe(true);
  });

  it('translates Go named groups', () => {
    expect(compileRegex('(?P<x>a+)').exec('aa')?.groups?.x).toBe('aa');
  });

  it('accepts escaped punctuation that unicode mode would refuse', () => {
    expect(compileRegex('a\\-b').test('a-b')).toBe(true);
  });

  it('throws on an invalid pattern', () => {
    expect(() => compileRegex('(.*')).toThrow(/error parsing regexp/);
  });
});

describe('listings and retention', () => {
  it('lists label names and values, optionally for matching series', () => {
    const s = store();
    expect(s.labelNames()).toEqual(['__name__', 'env', 'instance', 'job', 'path']);
    expect(s.labelValues('job')).toEqual(['api', 'web']);
    expect(s.labelValues('instance', [m('job', '=', 'api')])).toEqual(['a:9090', 'b:9090']);
    expect(s.labelNames([m('__name__', '=', 'upstream_latency')])).toEqual(['__name__', 'job']);
    expect(s.metricNames()).toEqual(['http_requests_total', 'up', 'upstream_latency']);
  });

  it('drops samples older than the horizon and keeps the rest in order', () => {
    const s = new SeriesStore();
    const ref = s.ref({ __name__: 'x' });
    for (let t = 0; t < 10; t++) s.append(ref, t * 1000, t);
    expect(s.dropBefore(4000)).toBe(4);
    const x = s.get(ref);
    expect(Array.from(x.times.subarray(0, x.length))).toEqual([4000, 5000, 6000, 7000, 8000, 9000]);
    expect(Array.from(x.values.subarray(0, x.length))).toEqual([4, 5, 6, 7, 8, 9]);
    expect(s.sampleCount).toBe(6);
    s.append(ref, 10_000, 10);
    expect(s.get(ref).length).toBe(7);
  });

  it('keeps at most 16 bytes a sample', () => {
    const s = new SeriesStore();
    const ref = s.ref({ __name__: 'x' });
    for (let t = 0; t < 64; t++) s.append(ref, t, t);
    expect(s.sampleBytes / s.sampleCount).toBeLessThanOrEqual(16);
  });
});
