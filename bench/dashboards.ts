// A 12-panel dashboard through the browser harness, as an instructor projects it: about ten series per
// panel, refreshing once a second of wall time (a `1m` refresh in sim time at 60×) for 30 s, i.e. 30 sim
// minutes. Main-thread time comes from Chromium's own counters (CDP Performance.getMetrics: TaskDuration),
// split per dashboard refresh; the heap is read after a forced GC at the start, every 10 s and at the end.
// Figures only; nothing here fails on a time.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { CDPSession, Page } from '@playwright/test';
import { createBackend } from '../electron/host/backend';
import { startHarness } from '../electron/host/harness/server';

type Report = (name: string, figure: string) => void;

const folder = resolve(__dirname, '..', 'scenarios', 'checkout-bad-deploy');
const rendererDir = resolve(__dirname, '..', 'out', 'renderer');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REFRESH_TARGET_MS = 8;
const PANELS = 12;

/** Queries of about ten series each, over the metrics every pod and node exports. */
const QUERIES = [
  'topk(10, sum by (pod, status) (rate(http_requests_total[$__rate_interval])))',
  'topk(10, sum by (pod, route) (rate(http_request_duration_seconds_count[$__rate_interval])))',
  'topk(10, histogram_quantile(0.99, sum by (le, pod) (rate(http_request_duration_seconds_bucket[$__rate_interval]))))',
  'topk(10, rate(process_cpu_seconds_total[$__rate_interval]))',
  'topk(10, process_resident_memory_bytes)',
  'topk(10, sum by (instance, mode) (rate(node_cpu_seconds_total[$__rate_interval])))',
];

/** Grafana JSON for the benchmark: 12 time-series panels on a 24-column grid, two per row. */
export function benchDashboard(): Record<string, unknown> {
  const panels = Array.from({ length: PANELS }, (_, i) => ({
    id: i + 1,
    type: 'timeseries',
    title: `Bench panel ${i + 1}`,
    gridPos: { x: (i % 2) * 12, y: Math.floor(i / 2) * 8, w: 12, h: 8 },
    datasource: { type: 'prometheus', uid: 'firedrill' },
    targets: [{ refId: 'A', expr: QUERIES[i % QUERIES.length], legendFormat: '' }],
    fieldConfig: { defaults: { unit: 'short' }, overrides: [] },
    options: { legend: { displayMode: 'list', placement: 'bottom', calcs: [] }, tooltip: { mode: 'multi' } },
  }));
  return {
    uid: 'bench-12-panels',
    title: 'Bench: 12 panels',
    tags: ['bench'],
    graphTooltip: 1,
    time: { from: 'now-30m', to: 'now' },
    refresh: '1m',
    schemaVersion: 39,
    templating: { list: [] },
    panels,
  };
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === name)?.value ?? NaN;
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metric(cdp, 'JSHeapUsedSize')) / 1024 / 1024;
}

/** Counts range queries the page sends (a refresh of the dashboard sends one per panel). */
function countQueries(page: Page): { queries: number } {
  const tap = { queries: 0 };
  page.on('websocket', (socket) => {
    socket.on('framesent', ({ payload }) => {
      const frame = JSON.parse(String(payload)) as { method?: string };
      if (frame.method === 'promql.queryRange') tap.queries++;
    });
  });
  return tap;
}

async function speed(page: Page, label: 'Pause' | '60×'): Promise<void> {
  await page.getByRole('group', { name: 'Clock speed' }).getByRole('button', { name: label }).click({ timeout: 5_000 });
}

async function measure(page: Page, cdp: CDPSession, tap: { queries: number }, report: Report): Promise<void> {
  const dashboard = page.getByRole('region', { name: 'Dashboard' });
  await dashboard.getByRole('button', { name: 'Choose dashboard' }).click();
  await page.getByRole('option', { name: /Bench: 12 panels/ }).click();
  await dashboard.getByRole('figure', { name: 'Bench panel 12' }).waitFor({ timeout: 20_000 });
  await page.waitForTimeout(2_000);
  const heapStart = await heapMb(cdp);
  const taskStart = await metric(cdp, 'TaskDuration');
  const queriesStart = tap.queries;
  const heaps = [heapStart];
  await speed(page, '60×');
  for (let s = 0; s < 3; s++) {
    await page.waitForTimeout(10_000);
    heaps.push(await heapMb(cdp));
  }
  await speed(page, 'Pause').catch(() => undefined);
  const busyMs = ((await metric(cdp, 'TaskDuration')) - taskStart) * 1000;
  const refreshes = (tap.queries - queriesStart) / PANELS;
  const perRefresh = busyMs / Math.max(1, refreshes);
  report('dashboard 12 panels × ~10 series, 1 Hz at 60×', `${refreshes.toFixed(0)} refreshes in 30 s (${(tap.queries - queriesStart)} range queries)`);
  report('  main thread per refresh (all work on the page)', `${perRefresh.toFixed(1)} ms (${(perRefresh / REFRESH_TARGET_MS).toFixed(2)}× the ${REFRESH_TARGET_MS} ms aim; ${(busyMs / 30_000 * 100).toFixed(1)}% of wall time busy)`);
  report('  renderer heap after GC, every 10 s (30 sim min)', `${heaps.map((h) => h.toFixed(1)).join(' → ')} MB (${(heaps.at(-1)! - heaps[0]!).toFixed(1)} MB over the run)`);
}

/** Runs the measurement; a missing build or browser is reported, not thrown. */
export async function dashboardsBench(report: Report): Promise<void> {
  if (!existsSync(join(rendererDir, 'index.html'))) return report('dashboards (browser harness)', 'not measured: build the renderer first (npm run build)');
  if (!existsSync(chromiumPath)) return report('dashboards (browser harness)', `not measured: no Chromium at ${chromiumPath} (set CHROMIUM_PATH)`);
  const dir = mkdtempSync(join(tmpdir(), 'firedrill-bench-dashboards-'));
  const backend = createBackend({ dbPath: join(dir, 'bench.db'), scenarioFolders: [folder], live: true });
  const harness = await startHarness({ backend, rendererDir });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const tap = countQueries(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(harness.url);
    await page.getByRole('button', { name: /^Start drill: / }).first().click();
    await speed(page, 'Pause');
    const saved = await backend.invoke('dashboard.save', { dashboard: benchDashboard() });
    if (!saved.ok) throw new Error(`could not save the bench dashboard: ${saved.error.message}`);
    await measure(page, cdp, tap, report);
  } catch (error) {
    report('dashboards (browser harness)', `stopped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await browser.close();
    await harness.close();
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
