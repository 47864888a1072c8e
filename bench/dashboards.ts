// A 12-panel dashboard through the browser harness, as an instructor projects it: about ten series per
// panel, refreshing once a second of wall time (a `1m` refresh in sim time at 60×) for 30 s, i.e. 30 sim
// minutes. Main-thread time comes from Chromium's own counters (CDP Performance.getMetrics: TaskDuration),
// split per dashboard refresh; the heap is read after a forced GC at the start, every 10 s and at the end.
// Figures only; nothing here fails on a time.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import type { Backend } from '../electron/host/backend';
import { inBrowserHarness } from './browser-harness';
import type { Report } from './browser-harness';

const folder = resolve(__dirname, '..', 'scenarios', 'checkout-bad-deploy');
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

type Phase = { busyMs: number; refreshes: number; simMinutes: number; heaps: number[] };

/** 30 s of wall time at 60×: main-thread time (Chromium's TaskDuration), dashboard refreshes, sim minutes, heap every 10 s. */
async function runAt60(backend: Backend, page: Page, cdp: CDPSession, tap: { queries: number }): Promise<Phase> {
  const heaps = [await heapMb(cdp)];
  const taskStart = await metric(cdp, 'TaskDuration');
  const queriesStart = tap.queries;
  const simNow = () => backend.context.session?.drill.now ?? NaN;
  const simStart = simNow();
  // Presentation mode hides the drill's clock controls: the instructor's clock is set through the back end.
  await backend.invoke('drill.clock', { speed: 60 });
  for (let s = 0; s < 3; s++) {
    await page.waitForTimeout(10_000);
    heaps.push(await heapMb(cdp));
  }
  await backend.invoke('drill.clock', { speed: 0 });
  return {
    busyMs: ((await metric(cdp, 'TaskDuration')) - taskStart) * 1000,
    refreshes: (tap.queries - queriesStart) / PANELS,
    simMinutes: (simNow() - simStart) / 60_000,
    heaps,
  };
}

async function measure(page: Page, backend: Backend, cdp: CDPSession, tap: { queries: number }, report: Report): Promise<void> {
  const dashboard = page.getByRole('region', { name: 'Dashboard', exact: true });
  // The rest of the drill screen first (alerts, logs, terminal follow the clock too), with no dashboard on screen.
  await dashboard.getByRole('tab', { name: 'Explore' }).click();
  await page.waitForTimeout(1_000);
  const base = await runAt60(backend, page, cdp, tap);
  await dashboard.getByRole('tab', { name: 'Dashboards' }).click();
  await dashboard.getByRole('button', { name: /Dashboards/ }).first().click();
  await dashboard.getByRole('button', { name: /Bench: 12 panels/ }).click();
  // Presentation mode: the dashboard fills the window, as on a projector, and every panel is on screen.
  await dashboard.getByRole('button', { name: /Present/ }).click();
  await dashboard.getByRole('region', { name: 'Bench panel 12', exact: true }).getByRole('img').waitFor({ timeout: 20_000 });
  await page.waitForTimeout(2_000);
  const run = await runAt60(backend, page, cdp, tap);
  const perRefresh = (run.busyMs - base.busyMs) / Math.max(1, run.refreshes);
  report('drill screen without a dashboard, 30 s at 60×', `${(base.busyMs / 30_000 * 100).toFixed(1)}% of wall time busy (${base.simMinutes.toFixed(1)} sim min)`);
  report('dashboard 12 panels × ~10 series, 1 Hz at 60×', `${run.refreshes.toFixed(0)} refreshes in 30 s (${run.simMinutes.toFixed(1)} sim min), ${(run.busyMs / 30_000 * 100).toFixed(1)}% of wall time busy`);
  report('  main thread per refresh (beyond the screen)', `${perRefresh.toFixed(1)} ms (${(perRefresh / REFRESH_TARGET_MS).toFixed(2)}× the ${REFRESH_TARGET_MS} ms aim)`);
  report('  renderer heap after GC, every 10 s (30 s)', `${run.heaps.map((h) => h.toFixed(1)).join(' → ')} MB (${(run.heaps.at(-1)! - run.heaps[1]!).toFixed(1)} MB after the first 10 s)`);
}

/** Runs the measurement; a missing build or browser is reported, not thrown. */
export async function dashboardsBench(report: Report): Promise<void> {
  await inBrowserHarness(report, {
    name: 'dashboards (browser harness)',
    viewport: { width: 1920, height: 1080 },
    // The bundled drill lasts 15 sim minutes; the bench needs an hour at 60× (the screen alone, then the dashboard).
    scenarioFolder(scratch) {
      const longer = join(scratch, 'checkout-bad-deploy');
      cpSync(folder, longer, { recursive: true });
      const yaml = join(longer, 'scenario.yaml');
      writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^duration: .*$/m, 'duration: 90m'));
      return longer;
    },
    async measure(page, backend, url) {
      const tap = countQueries(page);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(url);
      await page.getByRole('button', { name: /^Start drill: / }).first().click();
      await speed(page, 'Pause');
      const saved = await backend.invoke('dashboard.save', { dashboard: benchDashboard() });
      if (!saved.ok) throw new Error(`could not save the bench dashboard: ${saved.error.message}`);
      // A new drill lists the learner's saved dashboards from the start.
      await page.reload();
      await page.getByRole('button', { name: /^Start drill: / }).first().click();
      await speed(page, 'Pause');
      await measure(page, backend, cdp, tap, report);
    },
  });
}
