import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './cli-testing';
import { parseLogTime } from './logs-command';

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'firedrill-logs-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const T0 = 1_773_396_000; // 2026-03-13T10:00:00Z

/** Six events a minute apart, written out of order, one nested; checkout fails from the fourth on. */
function fixture(): string {
  const lines = [0, 1, 2, 3, 4, 5].map((i) => {
    const failing = i >= 3;
    const event: Record<string, unknown> = {
      '@timestamp': new Date((T0 + i * 60) * 1000).toISOString(),
      'log.level': failing ? 'error' : 'info',
      message: failing ? `POST /api/checkout 503 upstream timeout after ${i}s` : `GET /api/cart 200`,
      'http.response.status_code': failing ? 503 : 200,
    };
    if (i === 4) event['service'] = { name: 'checkout' };
    else event['service.name'] = failing ? 'checkout' : 'cart';
    return JSON.stringify(event);
  });
  const file = join(tmp, 'logs.ndjson');
  writeFileSync(file, `${[lines[5], lines[0], lines[1], '', lines[2], lines[3], lines[4]].join('\n')}\n`);
  return file;
}

function json(out: string[]): { total: number; hits: { '@timestamp': string; message: string }[] } {
  return JSON.parse(out.join('\n'));
}

describe('firedrill logs search', () => {
  it('prints the total and the hits newest first, nested and dotted fields alike', async () => {
    const { code, out } = await runCli('logs', 'search', '--data', fixture(), '--query', 'service.name:checkout and log.level:error');
    expect(code).toBe(0);
    const result = json(out);
    expect(result.total).toBe(3);
    expect(result.hits.map((h) => h['@timestamp'])).toEqual(['2026-03-13T10:05:00.000Z', '2026-03-13T10:04:00.000Z', '2026-03-13T10:03:00.000Z']);
  });

  it('takes --from and --to inclusively, as ISO 8601 or unix seconds', async () => {
    const data = fixture();
    const iso = await runCli('logs', 'search', '--data', data, '--query', '', '--from', '2026-03-13T10:01:00Z', '--to', '2026-03-13T10:03:00Z');
    expect(json(iso.out).total).toBe(3);
    const unix = await runCli('logs', 'search', '--data', data, '--query', '', '--from', String(T0 + 60), '--to', String(T0 + 180));
    expect(json(unix.out)).toEqual(json(iso.out));
    const afterLast = await runCli('logs', 'search', '--data', data, '--query', '', '--from', String(T0 + 300.001));
    expect(json(afterLast.out)).toEqual({ total: 0, hits: [] });
  });

  it('caps the hits at --limit but counts them all; date math runs from the newest event', async () => {
    const data = fixture();
    const capped = json((await runCli('logs', 'search', '--data', data, '--query', 'message:timeout', '--limit', '1')).out);
    expect(capped.total).toBe(3);
    expect(capped.hits.map((h) => h.message)).toEqual(['POST /api/checkout 503 upstream timeout after 5s']);
    const recent = json((await runCli('logs', 'search', '--data', data, '--query', '@timestamp >= now-2m')).out);
    expect(recent.total).toBe(3);
  });

  it('prints Kibana’s syntax error with its position; exit 2', async () => {
    const { code, err } = await runCli('logs', 'search', '--data', fixture(), '--query', 'log.level:error or ');
    expect(code).toBe(2);
    expect(err[0]).toMatch(/^query: Expected .* but end of input found\. \(at position 19\)/);
  });

  it('names the bad line of a malformed file; exit 2', async () => {
    const file = join(tmp, 'bad.ndjson');
    writeFileSync(file, '{"@timestamp":"2026-03-13T10:00:00Z","message":"ok"}\n\n{"@timestamp":"2026-03-13T10:00:01Z",\n');
    const { code, err } = await runCli('logs', 'search', '--data', file, '--query', '*');
    expect(code).toBe(2);
    expect(err[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: not valid JSON`));
  });

  it('rejects a bad time and a missing flag with usage; exit 2', async () => {
    const data = fixture();
    const badTime = await runCli('logs', 'search', '--data', data, '--query', '', '--from', 'yesterday');
    expect(badTime.code).toBe(2);
    expect(badTime.err[0]).toBe('cannot read "yesterday" as a time (ISO 8601 or unix seconds)');
    const missing = await runCli('logs', 'search', '--data', data);
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toMatch(/^usage: firedrill logs search/);
  });
});

describe('firedrill logs eval', () => {
  function queries(body: unknown): string {
    const file = join(tmp, 'queries.json');
    writeFileSync(file, JSON.stringify(body));
    return file;
  }

  it('prints each query’s total and median ms, and errors per query', async () => {
    const q = queries({
      queries: [
        { id: 'errors', query: 'log.level:error' },
        { id: 2, query: 'http.response.status_code >= 500', from: T0 + 240, to: '2026-03-13T10:05:00Z' },
        { id: 'broken', query: 'service.name:(cart' },
      ],
    });
    const { code, out } = await runCli('logs', 'eval', '--data', fixture(), '--queries', q, '--repeat', '3');
    expect(code).toBe(0);
    const results = JSON.parse(out.join('\n')).results;
    expect(results.map((r: { id: unknown; status: string; total?: number }) => [r.id, r.status, r.total])).toEqual([
      ['errors', 'success', 3],
      [2, 'success', 2],
      ['broken', 'error', undefined],
    ]);
    expect(typeof results[0].ms).toBe('number');
    expect(results[2].error).toMatch(/\(at position 18\)$/);
  });

  it('writes to --out instead of stdout', async () => {
    const out = join(tmp, 'results.json');
    const run = await runCli('logs', 'eval', '--data', fixture(), '--queries', queries({ queries: [{ id: 'all', query: '' }] }), '--out', out);
    expect(run.code).toBe(0);
    expect(run.out).toEqual([]);
    expect(JSON.parse(readFileSync(out, 'utf8')).results[0]).toMatchObject({ id: 'all', status: 'success', total: 6 });
  });

  it('rejects a queries file of the wrong shape; exit 2', async () => {
    const { code, err } = await runCli('logs', 'eval', '--data', fixture(), '--queries', queries({ queries: [{ query: 'x' }] }));
    expect(code).toBe(2);
    expect(err[0]).toMatch(/queries\.json:queries\.0\.id: /);
  });
});

describe('parseLogTime', () => {
  it.each([
    ['1773396000', 1_773_396_000_000],
    ['1773396000.5', 1_773_396_000_500],
    ['2026-03-13T10:00:00Z', 1_773_396_000_000],
    ['2026-03-13T11:00:00+01:00', 1_773_396_000_000],
    ['2026-03-13T10:00:00.250Z', 1_773_396_000_250],
  ])('%s → %d ms', (text, ms) => {
    expect(parseLogTime(text)).toBe(ms);
  });
});
