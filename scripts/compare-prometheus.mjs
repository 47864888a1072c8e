#!/usr/bin/env node
// Side-by-side check of Firedrill's PromQL engine against a real Prometheus on the same data and queries.
//
//   node scripts/compare-prometheus.mjs <data.om> <queries.json> [--last SECONDS] [--keep]
//
// (--keep leaves the work folder: the trimmed data, resolved queries, blocks, firedrill.json, prometheus.json.)
//
// Trims the OpenMetrics file to its last SECONDS of samples (default 3600; 0 keeps everything), backfills a
// TSDB with `promtool tsdb create-blocks-from openmetrics`, starts `prometheus` on 127.0.0.1 (a free port) over
// those blocks, runs every query through its HTTP API, stops it by its pid, runs the same queries through
// `firedrill promql eval`, and diffs: same status, result type and series; timestamps equal; values equal within
// 1e-9 relative. Errors match on errorType. Queries may give times as unix seconds or "end" / "end-<seconds>"
// (the data's last sample, floored to a whole minute). Exit 0 when everything matches, 1 on a difference,
// 2 when the check could not run. PROMETHEUS / PROMTOOL override the binaries (default /usr/bin/…).
//
// Known 2.x/3.x difference handled here: Prometheus 3.x (and Firedrill) normalise `le`/`quantile` label values
// to float notation at ingestion ("1" → "1.0"); those two labels are compared as numbers.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, createReadStream, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PROMETHEUS = process.env.PROMETHEUS ?? '/usr/bin/prometheus';
const PROMTOOL = process.env.PROMTOOL ?? '/usr/bin/promtool';
const RELATIVE = 1e-9;
// The CLI needs Node 22: this one if it is, else the project's own (the `node` devDependency).
const NODE = Number(process.versions.node.split('.')[0]) >= 22 ? process.execPath : join(ROOT, 'node_modules', '.bin', 'node');

function usage(message) {
  process.stderr.write(`${message}\nusage: node scripts/compare-prometheus.mjs <data.om> <queries.json> [--last SECONDS] [--keep]\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const out = { positionals: [], last: 3600, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--last') out.last = Number(argv[++i]);
    else if (a === '--keep') out.keep = true;
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else out.positionals.push(a);
  }
  if (out.positionals.length !== 2) usage('expected an OpenMetrics file and a queries file');
  if (!Number.isFinite(out.last) || out.last < 0) usage('--last: expected seconds');
  return out;
}

/** Calls onLine for every line of a (large) file, reading it in chunks. */
async function eachLine(path, onLine) {
  let rest = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 22 })) {
    const text = rest + chunk;
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      onLine(text.slice(start, nl));
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest !== '') onLine(rest);
}

const timestampOf = (line) => Number(line.slice(line.lastIndexOf(' ') + 1));

/** Copies the samples of the last `seconds` (all if 0) to `out`; returns the newest sample's timestamp. */
async function trim(input, out, seconds) {
  let max = -Infinity;
  await eachLine(input, (line) => {
    if (line !== '' && line[0] !== '#') max = Math.max(max, timestampOf(line));
  });
  if (!Number.isFinite(max)) throw new Error(`${input}: no samples`);
  const cutoff = seconds > 0 ? max - seconds : -Infinity;
  const fd = openSync(out, 'w');
  let buffer = [];
  let kept = 0;
  const flush = () => {
    writeSync(fd, buffer.join(''));
    buffer = [];
  };
  try {
    await eachLine(input, (line) => {
      if (line === '' || line === '# EOF') return;
      if (line[0] === '#' || timestampOf(line) >= cutoff) {
        buffer.push(`${line}\n`);
        if (line[0] !== '#') kept++;
        if (buffer.length >= 50_000) flush();
      }
    });
    buffer.push('# EOF\n');
    flush();
  } finally {
    closeSync(fd);
  }
  return { max, kept };
}

/** "end", "end-52.5" or a number → unix seconds. */
function resolveTime(value, end, what) {
  if (typeof value === 'number') return value;
  const m = /^end(?:\s*-\s*(\d+(?:\.\d+)?))?$/.exec(String(value));
  if (!m) throw new Error(`${what}: expected unix seconds or "end-<seconds>", got ${JSON.stringify(value)}`);
  return end - Number(m[1] ?? 0);
}

function resolveQueries(file, end) {
  const { queries } = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(queries)) throw new Error(`${file}: expected {"queries": [...]}`);
  return queries.map((q) =>
    q.kind === 'range'
      ? { ...q, start: resolveTime(q.start, end, `${q.id}.start`), end: resolveTime(q.end, end, `${q.id}.end`) }
      : { ...q, time: resolveTime(q.time, end, `${q.id}.time`) },
  );
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function run(command, args, what) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.error) throw new Error(`${what}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
  return result;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts Prometheus over `dir`'s blocks, runs `fn(baseUrl)`, and always stops the server by its pid. */
async function withPrometheus(dir, fn) {
  const port = await freePort();
  const config = join(dir, 'prometheus.yml');
  writeFileSync(config, 'global:\n  scrape_interval: 15s\n');
  const log = openSync(join(dir, 'prometheus.log'), 'w');
  const child = spawn(
    PROMETHEUS,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${join(dir, 'blocks')}`,
      '--storage.tsdb.retention.time=100y',
      '--query.lookback-delta=5m',
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', log, log] },
  );
  let exited = false;
  const exit = new Promise((r) => child.once('exit', () => r((exited = true))));
  const stop = () => {
    if (!exited && child.pid !== undefined) process.kill(child.pid, 'SIGTERM');
  };
  // Never leave the server running, whatever happens to this process.
  const onExit = () => {
    if (!exited && child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
  };
  process.once('exit', onExit);
  const onSignal = () => process.exit(130);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (exited) throw new Error(`prometheus exited early; see ${join(dir, 'prometheus.log')}:\n${readFileSync(join(dir, 'prometheus.log'), 'utf8').slice(-2000)}`);
      try {
        if ((await fetch(`${base}/-/ready`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error('prometheus did not become ready within 60 s');
      await sleep(200);
    }
    return await fn(base);
  } finally {
    stop();
    const killed = await Promise.race([exit, sleep(10_000).then(() => false)]);
    if (!killed && child.pid !== undefined) {
      process.kill(child.pid, 'SIGKILL');
      await exit;
    }
    closeSync(log);
    process.removeListener('exit', onExit);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

async function queryPrometheus(base, q) {
  const params =
    q.kind === 'range'
      ? new URLSearchParams({ query: q.expr, start: String(q.start), end: String(q.end), step: String(q.step) })
      : new URLSearchParams({ query: q.expr, time: String(q.time) });
  const response = await fetch(`${base}/api/v1/${q.kind === 'range' ? 'query_range' : 'query'}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: params.toString(),
  });
  const body = await response.json();
  if (body.status !== 'success') return { id: q.id, status: 'error', errorType: body.errorType, error: body.error };
  return { id: q.id, status: 'success', resultType: body.data.resultType, result: body.data.result };
}

// ---- comparison ----

const normaliseLabel = (name, value) => {
  if (name !== 'le' && name !== 'quantile') return value;
  const n = Number(value.replace(/^\+?Inf$/i, 'Infinity').replace(/^-Inf$/i, '-Infinity'));
  return Number.isNaN(n) ? value : String(n);
};

const labelKey = (metric) =>
  JSON.stringify(
    Object.keys(metric ?? {})
      .sort()
      .map((k) => [k, normaliseLabel(k, metric[k])]),
  );

const toNumber = (s) => (s === '+Inf' ? Infinity : s === '-Inf' ? -Infinity : Number(s));

function closeEnough(a, b) {
  const x = toNumber(a);
  const y = toNumber(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) && Number.isNaN(y);
  if (x === y) return true;
  return Math.abs(x - y) <= RELATIVE * Math.max(Math.abs(x), Math.abs(y));
}

function samePoint(a, b, where) {
  if (a[0] !== b[0]) return `${where}: timestamp ${b[0]} (Prometheus) vs ${a[0]} (Firedrill)`;
  if (!closeEnough(a[1], b[1])) return `${where}: value ${b[1]} (Prometheus) vs ${a[1]} (Firedrill)`;
  return undefined;
}

/** Differences between Firedrill's result (`ours`) and Prometheus's (`theirs`) for one query, as lines. */
function diff(ours, theirs) {
  if (!ours) return ['missing from Firedrill output'];
  if (ours.status !== theirs.status) {
    return [`status ${theirs.status} (Prometheus${theirs.error ? `: ${theirs.error}` : ''}) vs ${ours.status} (Firedrill${ours.error ? `: ${ours.error}` : ''})`];
  }
  if (theirs.status === 'error') return ours.errorType === theirs.errorType ? [] : [`errorType ${theirs.errorType} (Prometheus) vs ${ours.errorType} (Firedrill)`];
  if (ours.resultType !== theirs.resultType) return [`resultType ${theirs.resultType} (Prometheus) vs ${ours.resultType} (Firedrill)`];
  if (theirs.resultType === 'scalar' || theirs.resultType === 'string') {
    const problem = theirs.resultType === 'string' ? (ours.result[1] === theirs.result[1] ? undefined : 'string differs') : samePoint(ours.result, theirs.result, 'scalar');
    return problem ? [problem] : [];
  }
  const problems = [];
  const mine = new Map(ours.result.map((s) => [labelKey(s.metric), s]));
  const seen = new Set();
  for (const s of theirs.result) {
    const key = labelKey(s.metric);
    const m = mine.get(key);
    const name = JSON.stringify(s.metric);
    if (!m) {
      problems.push(`only Prometheus has ${name}`);
      continue;
    }
    seen.add(key);
    if (theirs.resultType === 'vector') {
      const p = samePoint(m.value, s.value, name);
      if (p) problems.push(p);
      continue;
    }
    if (m.values.length !== s.values.length) {
      problems.push(`${name}: ${s.values.length} points (Prometheus) vs ${m.values.length} (Firedrill)`);
      continue;
    }
    for (let i = 0; i < s.values.length; i++) {
      const p = samePoint(m.values[i], s.values[i], `${name}[${i}]`);
      if (p) {
        problems.push(p);
        break;
      }
    }
  }
  for (const [key, s] of mine) if (!seen.has(key)) problems.push(`only Firedrill has ${JSON.stringify(s.metric)}`);
  return problems;
}

/** Each query runs this many times on both sides; latencies are medians. */
const REPEAT = 5;

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const [data, queriesFile] = args.positionals.map((p) => resolve(p));
  for (const file of [data, queriesFile, PROMETHEUS, PROMTOOL]) if (!existsSync(file)) usage(`${file}: not found`);
  const dir = mkdtempSync(join(tmpdir(), 'firedrill-compare-'));
  try {
    const started = Date.now();
    const trimmed = join(dir, 'data.om');
    const { max, kept } = await trim(data, trimmed, args.last);
    const end = Math.floor(max / 60) * 60;
    const queries = resolveQueries(queriesFile, end);
    const resolvedFile = join(dir, 'queries.json');
    writeFileSync(resolvedFile, JSON.stringify({ queries }, null, 2));
    process.stdout.write(`data: ${kept} samples (last ${args.last || 'all'} s up to ${new Date(max * 1000).toISOString()}); ${queries.length} queries\n`);

    const oursFile = join(dir, 'firedrill.json');
    run(NODE, [join(ROOT, 'bin', 'firedrill.mjs'), 'promql', 'eval', '--data', trimmed, '--queries', resolvedFile, '--repeat', String(REPEAT), '--out', oursFile], 'firedrill promql eval');
    const ours = new Map(JSON.parse(readFileSync(oursFile, 'utf8')).results.map((r) => [r.id, r]));

    run(PROMTOOL, ['tsdb', 'create-blocks-from', 'openmetrics', trimmed, join(dir, 'blocks')], 'promtool tsdb create-blocks-from openmetrics');
    const theirs = await withPrometheus(dir, async (base) => {
      const out = [];
      for (const q of queries) {
        // Median wall time over the repeats, HTTP round trip on loopback included.
        const times = [];
        let answer;
        for (let i = 0; i < REPEAT; i++) {
          const t0 = performance.now();
          answer = await queryPrometheus(base, q);
          times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        out.push({ ...answer, ms: times[Math.floor(times.length / 2)] });
      }
      return out;
    });
    writeFileSync(join(dir, 'prometheus.json'), `{"results":[\n${theirs.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`);
    const timing = (t) => `firedrill ${ours.get(t.id)?.ms?.toFixed(2) ?? '?'} ms, prometheus ${t.ms.toFixed(2)} ms (with HTTP)`;

    let matched = 0;
    for (const t of theirs) {
      const problems = diff(ours.get(t.id), t);
      if (problems.length === 0) {
        matched++;
        process.stdout.write(`ok    ${t.id.padEnd(34)} ${timing(t)}\n`);
      } else {
        process.stdout.write(`DIFF  ${t.id}\n${problems.slice(0, 10).map((p) => `      ${p}\n`).join('')}`);
      }
    }
    process.stdout.write(`${matched} of ${theirs.length} queries match Prometheus ${spawnSync(PROMETHEUS, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]?.replace(/^prometheus, version /, '') ?? ''} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    return matched === theirs.length ? 0 : 1;
  } finally {
    if (args.keep) process.stdout.write(`kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`compare-prometheus: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
