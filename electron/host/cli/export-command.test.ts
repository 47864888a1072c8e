import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { exporterScenario } from '../../engine/sim/outputs/exporter-fixture';
import { createBackend } from '../backend';
import { runCli } from './cli-testing';

const PROMTOOL = '/usr/bin/promtool';

const cli = runCli;

let tmp: string;
let folder: string;
let actions: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'firedrill-export-'));
  // The exporter fixture's estate: every exporter, 30 minutes of warm past, a 5-minute drill.
  folder = join(tmp, 'small-estate');
  mkdirSync(folder);
  writeFileSync(join(folder, 'scenario.yaml'), stringify({ ...exporterScenario(), duration: '5m' }));
  actions = join(tmp, 'actions.json');
  writeFileSync(
    actions,
    JSON.stringify([
      { at: '1m', request: 'terminal.exec', input: { command: 'kubectl get pods -n shop' } },
      { at: '3m30s', request: 'drill.end', input: {} },
    ]),
  );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('firedrill drill export', () => {
  it('writes every sample since the warm past as OpenMetrics text', async () => {
    const out = join(tmp, 'metrics.om');
    const { code, out: printed, err } = await cli('drill', 'export', folder, '--format', 'openmetrics', '--out', out);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(printed).toEqual([expect.stringMatching(/^.*metrics\.om: \d+ samples in \d+ series \(\d+ families\) \(small-estate, seed 7, warm past and drill up to 5m\)$/)]);
    const text = readFileSync(out, 'utf8');
    expect(text.endsWith('\n# EOF\n')).toBe(true);
    for (const family of ['# TYPE pg_up gauge', '# TYPE http_requests counter', '# TYPE http_request_duration_seconds histogram', '# TYPE kube_pod_container_status_restarts counter']) {
      expect(text).toContain(`${family}\n`);
    }
    const stamps = [...text.matchAll(/ (\d{10})\n/g)].map((m) => Number(m[1]));
    const start = Date.parse('2026-03-13T10:00:00Z') / 1000;
    expect(Math.min(...stamps)).toBeLessThanOrEqual(start - 29 * 60);
    expect(Math.max(...stamps)).toBe(start + 300);
    expect(text).not.toContain('NaN');
  });

  it('writes the logs as ECS NDJSON, one event per line', async () => {
    const out = join(tmp, 'logs.ndjson');
    const { code, out: printed } = await cli('drill', 'export', folder, '--format', 'ndjson', '--out', out);
    expect(code).toBe(0);
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(printed[0]).toContain(`: ${lines.length} log events`);
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ '@timestamp': expect.stringMatching(/^2026-03-13T/), 'ecs.version': '8.11.0', message: expect.any(String) });
  });

  it('re-derives a stored attempt from its event log, byte for byte what the same play exports', async () => {
    const db = join(tmp, 'attempts.db');
    expect((await cli('drill', 'play', folder, '--actions', actions, '--db', db)).code).toBe(0);
    const fromAttempt = join(tmp, 'attempt.om');
    const fromPlay = join(tmp, 'play.om');
    const replayed = await cli('drill', 'export', '--attempt', '1', '--db', db, '--format', 'openmetrics', '--out', fromAttempt);
    expect(replayed.err).toEqual([]);
    expect(replayed.code).toBe(0);
    expect(replayed.out[0]).toContain('up to 3m30s');
    expect((await cli('drill', 'export', folder, '--actions', actions, '--format', 'openmetrics', '--out', fromPlay)).code).toBe(0);
    expect(readFileSync(fromAttempt, 'utf8')).toBe(readFileSync(fromPlay, 'utf8'));
    const logs = join(tmp, 'attempt.ndjson');
    expect((await cli('drill', 'export', '--attempt', '1', '--db', db, '--format', 'ndjson', '--out', logs)).code).toBe(0);
  });

  it('exports an attempt still running up to its last logged action, and says so', async () => {
    const db = join(tmp, 'running.db');
    const backend = createBackend({ dbPath: db, scenarioFolders: [folder], live: false });
    expect((await backend.invoke('drill.start', { scenario: 'small-estate' })).ok).toBe(true);
    backend.context.session!.advanceTo(90_000);
    expect((await backend.invoke('terminal.exec', { command: 'kubectl get pods -n shop' })).ok).toBe(true);
    backend.close();
    const result = await cli('drill', 'export', '--attempt', '1', '--db', db, '--format', 'ndjson', '--out', join(tmp, 'running.ndjson'));
    expect(result.code).toBe(0);
    expect(result.err).toEqual(['attempt 1 has not ended: exporting up to its last logged event (sim time 90000 ms)']);
    expect(result.out[0]).toContain('up to 1m30s');
  });

  it.each([
    [['drill', 'export', 'x', '--out', 'f'], 2, /--format is required/],
    [['drill', 'export', 'x', '--format', 'csv', '--out', 'f'], 2, /expected openmetrics or ndjson, got "csv"/],
    [['drill', 'export', 'x', '--format', 'ndjson'], 2, /--out FILE is required/],
    [['drill', 'export', '--format', 'ndjson', '--out', 'f'], 2, /either a scenario .* or --attempt/],
    [['drill', 'export', 'x', '--attempt', '1', '--db', 'd', '--format', 'ndjson', '--out', 'f'], 2, /not both/],
    [['drill', 'export', '--attempt', '1', '--format', 'ndjson', '--out', 'f'], 2, /--attempt needs --db/],
    [['drill', 'export', '--attempt', 'one', '--db', 'd', '--format', 'ndjson', '--out', 'f'], 2, /--attempt: expected a whole number/],
    [['drill', 'export', '--attempt', '1', '--db', '/nonexistent/x.db', '--format', 'ndjson', '--out', 'f'], 2, /no such database/],
  ])('refuses %j', async (argv, code, message) => {
    const result = await cli(...argv);
    expect(result.code).toBe(code);
    expect(result.err.join('\n')).toMatch(message);
  });

  it('reports an attempt the database does not hold', async () => {
    const db = join(tmp, 'attempts.db');
    const result = await cli('drill', 'export', '--attempt', '99', '--db', db, '--format', 'ndjson', '--out', join(tmp, 'none'));
    expect(result).toMatchObject({ code: 1, err: [`${db}: no attempt 99`] });
  });

  it.skipIf(!existsSync(PROMTOOL))(`loads into Prometheus with promtool tsdb create-blocks-from openmetrics (skipped when ${PROMTOOL} is not installed)`, async () => {
    const out = join(tmp, 'promtool.om');
    const { out: printed } = await cli('drill', 'export', folder, '--format', 'openmetrics', '--out', out);
    const samples = Number(/: (\d+) samples in (\d+) series/.exec(printed[0]!)![1]);
    const series = Number(/: (\d+) samples in (\d+) series/.exec(printed[0]!)![2]);
    const blocks = join(tmp, 'blocks');
    execFileSync(PROMTOOL, ['tsdb', 'create-blocks-from', 'openmetrics', out, blocks], { stdio: 'pipe' });
    // promtool tsdb list: one row per block (2 h blocks), NUM SAMPLES and NUM SERIES among the columns.
    const rows = execFileSync(PROMTOOL, ['tsdb', 'list', blocks], { encoding: 'utf8' }).trim().split('\n');
    const header = rows[0]!.split(/\s{2,}/);
    const cells = rows.slice(1).map((row) => row.split(/\s{2,}/));
    const column = (name: string) => cells.map((row) => Number(row[header.indexOf(name)]));
    expect(cells.length).toBeGreaterThan(0);
    expect(column('NUM SAMPLES').reduce((a, b) => a + b, 0)).toBe(samples);
    expect(Math.max(...column('NUM SERIES'))).toBe(series);
  });
});
