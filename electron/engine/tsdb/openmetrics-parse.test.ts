import { describe, expect, it } from 'vitest';
import { toOpenMetrics } from './openmetrics';
import { ingestOpenMetrics, OpenMetricsParseError } from './openmetrics-parse';
import { storeQueryable } from './queryable';
import { isStaleNaN, SeriesStore, STALE_NAN } from './store';

const EPOCH = Date.parse('2026-03-13T10:00:00Z');

function samples(store: SeriesStore) {
  return store
    .all()
    .map((s) => `${s.key} ${Array.from(s.times.subarray(0, s.length)).map((t, i) => `${t}=${s.values[i]}`).join(' ')}`)
    .sort();
}

describe('ingestOpenMetrics', () => {
  it('reads families, escaped label values, special values and float-second timestamps', () => {
    const store = new SeriesStore();
    const text = [
      '# HELP http_requests Requests served.',
      '# TYPE http_requests counter',
      '# UNIT http_requests requests',
      'http_requests_total{path="/a\\"b\\\\c\\nd",code="200"} 12 1773396000.25',
      'http_requests_total{path="/a\\"b\\\\c\\nd",code="200"} 15 1773396015',
      'temperature +Inf 1773396000',
      'temperature -Inf 1773396001',
      'temperature NaN 1773396002',
      'empty{a=""} 1 1773396000',
      '# EOF',
    ].join('\n');
    expect(ingestOpenMetrics(text, store, { epochMs: EPOCH })).toEqual({ series: 3, samples: 6 });
    const s = store.find({ __name__: 'http_requests_total', path: '/a"b\\c\nd', code: '200' })!;
    expect(Array.from(s.times.subarray(0, s.length))).toEqual([250, 15_000]);
    const temp = store.find({ __name__: 'temperature' })!;
    expect(Array.from(temp.values.subarray(0, 3))).toEqual([Infinity, -Infinity, NaN]);
    expect(store.find({ __name__: 'empty' })!.labels).toEqual({ __name__: 'empty' });
  });

  it('normalises le and quantile bounds to floats, as Prometheus 3.x does, and skips _created', () => {
    const store = new SeriesStore();
    ingestOpenMetrics(
      [
        '# TYPE lat histogram',
        'lat_bucket{le="1"} 2 10',
        'lat_bucket{le="2.5"} 3 10',
        'lat_bucket{le="+Inf"} 4 10',
        'lat_count 4 10',
        'lat_created 5 10',
        '# TYPE rpc summary',
        'rpc{quantile="1"} 7 10',
        '# TYPE plain gauge',
        'plain{le="1"} 1 10',
        '# EOF',
      ].join('\n'),
      store,
    );
    expect(store.labelValues('le')).toEqual(['+Inf', '1', '1.0', '2.5']);
    expect(store.labelValues('quantile')).toEqual(['1.0']);
    expect(store.metricNames()).not.toContain('lat_created');
  });

  const errors: [string, string, number, RegExp][] = [
    ['an unterminated label value', 'a{b="c} 1 0\n# EOF', 1, /unterminated string/],
    ['a bad value', '# TYPE a gauge\na 1x 0\n# EOF', 2, /invalid value "1x"/],
    ['a bad timestamp', 'a 1 0\na 2 soon\n# EOF', 2, /invalid timestamp/],
    ['an invalid escape', 'a{b="\\t"} 1 0\n# EOF', 1, /invalid escape/],
    ['a sample without timestamp', 'a 1\n# EOF', 1, /without a timestamp/],
    ['samples out of order', 'a 1 10\na 2 5\n# EOF', 2, /out-of-order/],
    ['content after # EOF', 'a 1 0\n# EOF\na 2 1', 3, /after # EOF/],
    ['a missing # EOF', 'a 1 0\n', 2, /missing # EOF/],
    ['an unknown type', '# TYPE a thing\n# EOF', 1, /unknown metric type/],
    ['a duplicate label', 'a{b="1",b="2"} 1 0\n# EOF', 1, /duplicate label/],
  ];
  for (const [what, text, line, message] of errors) {
    it(`reports ${what} with its line number`, () => {
      const store = new SeriesStore();
      let error: unknown;
      try {
        ingestOpenMetrics(text, store);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(OpenMetricsParseError);
      expect((error as OpenMetricsParseError).line).toBe(line);
      expect((error as OpenMetricsParseError).message).toMatch(message);
    });
  }

  it('reads back what the writer wrote (stale markers aside, which the writer leaves out)', () => {
    const original = new SeriesStore();
    const put = (labels: Record<string, string>, points: [number, number][]) => {
      const ref = original.ref(labels);
      for (const [t, v] of points) original.append(ref, t, v);
    };
    put({ __name__: 'http_requests_total', job: 'api', status: '500' }, [[-15_000, 1], [0, 3], [15_000, 5]]);
    put({ __name__: 'up', job: 'api' }, [[0, 1], [15_250, 0]]);
    put({ __name__: 'lat_seconds_bucket', pod: 'a', le: '0.25' }, [[0, 7]]);
    put({ __name__: 'lat_seconds_bucket', pod: 'a', le: '+Inf' }, [[0, 10]]);
    put({ __name__: 'lat_seconds_count', pod: 'a' }, [[0, 10]]);
    put({ __name__: 'note', text: 'say "hi"\\\n' }, [[0, NaN], [1_000, Infinity], [2_000, -0.5]]);
    const ref = original.ref({ __name__: 'gone' });
    original.append(ref, 0, 4);
    original.append(ref, 1_000, STALE_NAN);
    const copy = new SeriesStore();
    ingestOpenMetrics(toOpenMetrics(original, EPOCH), copy, { epochMs: EPOCH });
    const withoutStale = new SeriesStore();
    for (const s of original.all()) {
      const r = withoutStale.ref(s.labels);
      for (let i = 0; i < s.length; i++) if (!isStaleNaN(s.values[i]!)) withoutStale.append(r, s.times[i]!, s.values[i]!);
    }
    expect(samples(copy)).toEqual(samples(withoutStale));
  });
});

describe('storeQueryable', () => {
  it('shows the store to the engine in absolute ms, past the Int32 range', () => {
    const store = new SeriesStore();
    const ref = store.ref({ __name__: 'x', job: 'a' });
    store.append(ref, -1_000, 1);
    store.append(ref, 2_000, 2);
    const [view] = storeQueryable(store, EPOCH).select([{ type: '=', name: '__name__', value: 'x' }]);
    expect(view!.labels).toEqual({ __name__: 'x', job: 'a' });
    expect([view!.timeAt(0), view!.timeAt(1)]).toEqual([EPOCH - 1_000, EPOCH + 2_000]);
    expect(view!.valueAt(1)).toBe(2);
    store.append(ref, 3_000, 3);
    expect(view!.length).toBe(3);
  });
});
