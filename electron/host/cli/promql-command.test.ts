import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './cli-testing';
import { loadOpenMetricsFile } from './openmetrics-file';
import { parseStep, parseTime } from './promql-command';

const cli = runCli;

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'firedrill-promql-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const T0 = 1_773_396_000;

/** Two counters scraped every 15 s for 10 minutes from T0, and a gauge. */
function openMetrics(): string {
  const lines = ['# TYPE http_requests counter'];
  for (const [status, perScrape] of [
    ['200', 30],
    ['500', 3],
  ] as const) {
    for (let i = 0; i <= 40; i++) lines.push(`http_requests_total{service="checkout",status="${status}"} ${i * perScrape} ${T0 + i * 15}`);
  }
  lines.push('# TYPE up gauge');
  for (let i = 0; i <= 40; i++) lines.push(`up{job="checkout"} 1 ${T0 + i * 15}.5`);
  lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}

describe('firedrill promql test', () => {
  const script = (name: string, text: string) => {
    const file = join(tmp, name);
    writeFileSync(file, text);
    return file;
  };

  it('prints each failing eval with what it expected and got, then the counts and skip reasons; exit 1', async () => {
    const file = script(
      'mixed.test',
      `load 1m
  metric{a="1"} 1 2 3
  hist {{schema:0 sum:1 count:1}}

eval instant at 2m metric
  metric{a="1"} 3

eval instant at 2m metric
  metric{a="1"} 4

eval instant at 0 sort_by_label(metric, "a")
  metric{a="1"} 1

eval instant at 1m hist
`,
    );
    const { code, out } = await cli('promql', 'test', file);
    expect(code).toBe(1);
    expect(out).toEqual([
      `${file}:8: eval instant at 2m metric`,
      '  expected: vector: metric{a="1"} 4',
      '  got: vector: metric{a="1"} 3',
      '  why: expected 4 for metric{a="1"} but got 3',
      '1 passed, 1 failed, 2 skipped',
      '  1 skipped: experimental function: sort_by_label',
      '  1 skipped: native histogram: selects native-histogram series',
    ]);
  });

  it('exits 0 when every eval passes, with a line per file for several files', async () => {
    const a = script('a.test', 'load 1m\n  x 1 2\n\neval instant at 1m x\n  x 2\n');
    const b = script('b.test', 'eval instant at 0 1 + 1\n  2\n');
    const { code, out } = await cli('promql', 'test', a, b);
    expect(code).toBe(0);
    expect(out).toEqual([`${a}: 1 passed, 0 failed, 0 skipped`, `${b}: 1 passed, 0 failed, 0 skipped`, '2 passed, 0 failed, 0 skipped']);
  });
});

describe('firedrill promql eval and query', () => {
  it('writes results in the HTTP API shape with the median time', async () => {
    const data = join(tmp, 'data.om');
    writeFileSync(data, openMetrics());
    const queries = join(tmp, 'queries.json');
    writeFileSync(
      queries,
      JSON.stringify({
        queries: [
          { id: 'rate', kind: 'instant', expr: 'sum by (status) (rate(http_requests_total[5m]))', time: T0 + 487.5 },
          { id: 'ratio', kind: 'range', expr: 'sum(rate(http_requests_total{status="500"}[1m])) / sum(rate(http_requests_total[1m]))', start: T0 + 120, end: T0 + 240, step: 60 },
          { id: 'up', kind: 'instant', expr: 'up', time: new Date((T0 + 300) * 1000).toISOString() },
          { id: 'scalar', kind: 'instant', expr: '1 + 1', time: String(T0) },
          { id: 'bad', kind: 'instant', expr: 'sum(', time: T0 },
          { id: 'badtime', kind: 'instant', expr: 'up', time: 'yesterday' },
          { id: 'backwards', kind: 'range', expr: 'up', start: T0 + 60, end: T0, step: '15s' },
        ],
      }),
    );
    const out = join(tmp, 'out.json');
    const { code, err } = await cli('promql', 'eval', '--data', data, '--queries', queries, '--repeat', '3', '--out', out);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const { results } = JSON.parse(readFileSync(out, 'utf8'));
    const byId = Object.fromEntries(results.map((r: { id: string }) => [r.id, r]));
    expect(results.map((r: { id: string }) => r.id)).toEqual(['rate', 'ratio', 'up', 'scalar', 'bad', 'badtime', 'backwards']);
    for (const r of results) expect(r.ms).toBeTypeOf('number');
    expect(byId.rate).toMatchObject({ status: 'success', resultType: 'vector' });
    const rates = Object.fromEntries(byId.rate.result.map((s: { metric: { status: string }; value: [number, string] }) => [s.metric.status, s.value]));
    expect(Object.keys(rates).sort()).toEqual(['200', '500']);
    expect(rates['200'][0]).toBe(T0 + 487.5);
    expect(rates['200'][1]).toBeTypeOf('string');
    expect(Number(rates['200'][1])).toBeCloseTo(2, 12);
    expect(Number(rates['500'][1])).toBeCloseTo(0.2, 12);
    expect(byId.ratio).toMatchObject({ status: 'success', resultType: 'matrix', result: [{ metric: {}, values: [[T0 + 120, expect.any(String)], [T0 + 180, expect.any(String)], [T0 + 240, expect.any(String)]] }] });
    expect(Number(byId.ratio.result[0].values[0][1])).toBeCloseTo(3 / 33, 12);
    expect(byId.up.result).toEqual([{ metric: { __name__: 'up', job: 'checkout' }, value: [T0 + 300, '1'] }]);
    expect(byId.scalar).toMatchObject({ resultType: 'scalar', result: [T0, '2'] });
    expect(byId.bad).toMatchObject({ status: 'error', errorType: 'bad_data', error: expect.stringMatching(/^invalid parameter "query": 1:5: parse error: /) });
    expect(byId.badtime).toMatchObject({ status: 'error', errorType: 'bad_data', error: 'invalid parameter "time": cannot parse "yesterday" to a valid timestamp' });
    expect(byId.backwards).toMatchObject({ status: 'error', errorType: 'bad_data', error: 'end timestamp must not be before start time' });
  });

  it('runs one query with promql query', async () => {
    const data = join(tmp, 'data.om');
    writeFileSync(data, openMetrics());
    const { code, out } = await cli('promql', 'query', '--data', data, '--expr', 'count(up)', '--time', '2026-03-13T10:05:00Z');
    expect(code).toBe(0);
    const { results } = JSON.parse(out.join('\n'));
    expect(results).toEqual([{ id: 'query', status: 'success', resultType: 'vector', result: [{ metric: {}, value: [Date.parse('2026-03-13T10:05:00Z') / 1000, '1'] }], ms: expect.any(Number) }]);
  });

  it('refuses a queries file of the wrong shape', async () => {
    const data = join(tmp, 'data.om');
    writeFileSync(data, openMetrics());
    const queries = join(tmp, 'q.json');
    writeFileSync(queries, JSON.stringify({ queries: [{ id: 'x', kind: 'sometimes', expr: 'up' }] }));
    const { code, err } = await cli('promql', 'eval', '--data', data, '--queries', queries);
    expect(code).toBe(2);
    expect(err[0]).toMatch(/^.*q\.json:queries\.0\.kind: /);
  });
});

describe('query parameters', () => {
  it('reads unix seconds and RFC 3339 times as Prometheus does', () => {
    expect(parseTime(1773396007.5)).toBe(1_773_396_007_500);
    expect(parseTime('1773396007.5')).toBe(1_773_396_007_500);
    expect(parseTime('2026-03-13T10:00:07.5Z')).toBe(Date.UTC(2026, 2, 13, 10, 0, 7, 500));
    expect(parseTime('2026-03-13T12:00:07+02:00')).toBe(Date.UTC(2026, 2, 13, 10, 0, 7));
    expect(parseTime('2026-03-13T10:00:07.123456789Z')).toBe(Date.UTC(2026, 2, 13, 10, 0, 7, 123));
    expect(() => parseTime('soon')).toThrow('cannot parse "soon" to a valid timestamp');
  });

  it('reads steps as seconds or durations', () => {
    expect(parseStep(15)).toBe(15_000);
    expect(parseStep('0.5')).toBe(500);
    expect(parseStep('1m30s')).toBe(90_000);
    expect(() => parseStep('often')).toThrow();
  });
});

describe('loadOpenMetricsFile', () => {
  it('reads a file in line-aligned chunks, carrying each family on, with file line numbers in errors', () => {
    const file = join(tmp, 'data.om');
    writeFileSync(file, openMetrics());
    const whole = loadOpenMetricsFile(file);
    const chunked = loadOpenMetricsFile(file, 997);
    expect(chunked.samples).toBe(whole.samples);
    expect(chunked.series).toBe(3);
    expect(chunked.epochMs).toBe(T0 * 1000);
    expect(chunked.newestMs).toBe((T0 + 600) * 1000 + 500);
    expect(chunked.store.all().map((s) => s.length)).toEqual(whole.store.all().map((s) => s.length));
    const broken = openMetrics().replace(`up{job="checkout"} 1 ${T0 + 300}.5`, 'up{job="checkout"} one');
    writeFileSync(file, broken);
    const line = broken.split('\n').findIndex((l) => l.endsWith(' one')) + 1;
    expect(() => loadOpenMetricsFile(file, 997)).toThrow(`line ${line}: invalid value "one"`);
  });
});
