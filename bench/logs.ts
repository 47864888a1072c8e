// The log store and search over 1,000,000 ECS events: a bundled drill's logs repeated with shifted
// timestamps, written to a temp NDJSON file, loaded by the CLI's loader, then queried; `grep -c` over the
// same file for scale. Figures only; nothing here fails on a time.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Drill } from '../electron/engine/drill';
import type { EcsEvent, LogStore } from '../electron/engine/logs';
import { countMatches, searchLogs } from '../electron/engine/logs';
import type { Scenario } from '../electron/engine/scenario';
import { loadNdjsonFile } from '../electron/host/cli/logs-command';

type Report = (name: string, figure: string) => void;

const REPEAT = 7;

/** Each query with the literal `grep -c` looks for in the file to find roughly the same lines. */
const QUERIES: { name: string; query: string; grep: string }[] = [
  { name: 'indexed keyword: service.name:payments', query: 'service.name:payments', grep: '"service.name":"payments"' },
  { name: 'text term: message:upstream', query: 'message:upstream', grep: 'upstream' },
  { name: 'phrase: message:"Service Unavailable"', query: 'message:"Service Unavailable"', grep: 'Service Unavailable' },
  { name: 'wildcard: url.path:/api/check*', query: 'url.path:/api/check*', grep: '"url.path":"/api/check' },
  { name: 'keyword and not: log.level:error and not service.name:payments', query: 'log.level:error and not service.name:payments', grep: '"log.level":"error"' },
  { name: 'free text over every field: upstream', query: 'upstream', grep: 'upstream' },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timed(fn: (i: number) => void): number {
  const runs: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const start = performance.now();
    fn(i);
    runs.push(performance.now() - start);
  }
  return median(runs);
}

/** Writes `count` events: the drill's logs over and over, each copy shifted past the one before. */
function writeEvents(file: string, source: readonly EcsEvent[], count: number): void {
  const first = Date.parse(source[0]!['@timestamp']);
  const span = Date.parse(source[source.length - 1]!['@timestamp']) - first + 1000;
  const fd = openSync(file, 'w');
  try {
    let lines: string[] = [];
    for (let i = 0; i < count; i++) {
      const e = source[i % source.length]!;
      const shift = Math.floor(i / source.length) * span;
      lines.push(JSON.stringify({ ...e, '@timestamp': new Date(Date.parse(e['@timestamp']) + shift).toISOString() }));
      if (lines.length === 10_000) {
        writeSync(fd, `${lines.join('\n')}\n`);
        lines = [];
      }
    }
    if (lines.length > 0) writeSync(fd, `${lines.join('\n')}\n`);
  } finally {
    closeSync(fd);
  }
}

function grepMs(literal: string, file: string): { ms: number; count: number } {
  let count = 0;
  const ms = timed(() => {
    const run = spawnSync('grep', ['-c', '-F', '--', literal, file], { encoding: 'utf8' });
    count = Number(run.stdout.trim());
  });
  return { ms, count };
}

export function logsBench(scenario: Scenario, report: Report, events = 1_000_000): void {
  const drill = new Drill(scenario, 42);
  drill.advanceTo(drill.endsAt);
  const dir = mkdtempSync(join(tmpdir(), 'firedrill-logs-bench-'));
  try {
    const file = join(dir, 'logs.ndjson');
    writeEvents(file, drill.sim.logs.all(), events);
    report('NDJSON file', `${events.toLocaleString('en')} events, ${(statSync(file).size / 1024 / 1024).toFixed(0)} MiB`);
    const start = performance.now();
    const loaded = loadNdjsonFile(file);
    const loadMs = performance.now() - start;
    if (!loaded.ok) throw new Error(`line ${loaded.error.line}: ${loaded.error.message}`);
    const store: LogStore = loaded.store;
    report('load (read, parse, sort, index)', `${(loadMs / 1000).toFixed(1)} s (${Math.round(events / (loadMs / 1000)).toLocaleString('en')} events/s)`);
    report('heap used with the store loaded', `${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MiB`);
    const nowMs = store.newestMs()!;
    for (const q of QUERIES) {
      let total = 0;
      const ms = timed(() => {
        const counted = countMatches(store, q.query, { nowMs });
        total = counted.ok ? counted.result : -1;
      });
      const grep = grepMs(q.grep, file);
      report(`  ${q.name}`, `${ms.toFixed(2)} ms (${total.toLocaleString('en')} hits); grep -c ${grep.ms.toFixed(0)} ms (${grep.count.toLocaleString('en')} lines), ${(ms / grep.ms).toFixed(2)}× grep`);
    }
    // A distinct `now` per run keeps the search's match cache out of the figure.
    const histogram = timed((i) => searchLogs(store, 'log.level:error', { nowMs: nowMs + i, to: nowMs, limit: 100, histogram: { buckets: 50 } }));
    report('  histogram (log.level:error, 50 bars, 100 hits)', `${histogram.toFixed(2)} ms`);
    const all = timed((i) => searchLogs(store, '', { nowMs: nowMs + i, to: nowMs, limit: 100, histogram: { buckets: 50 } }));
    report('  histogram (every event, 50 bars, 100 hits)', `${all.toFixed(2)} ms`);
    const sidebar = timed((i) => searchLogs(store, 'service.name:checkout', { nowMs: nowMs + i, to: nowMs, limit: 100, fields: { sample: 500 } }));
    report('  search with field sidebar (500 sampled)', `${sidebar.toFixed(2)} ms`);
    searchLogs(store, 'log.level:error', { nowMs, limit: 100 });
    const page = timed((i) => searchLogs(store, 'log.level:error', { nowMs, limit: 100, offset: 100 * (i + 1) }));
    report('  next page of the same search (cached matches)', `${page.toFixed(3)} ms`);
    report('heap used at the end of the logs bench', `${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MiB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
