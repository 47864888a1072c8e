// What the browser benches share: the built renderer served with an in-process back end, Debian's Chromium
// driving it, and everything torn down afterwards. A missing build or browser, or a failure on the way, is
// reported as a figure, never thrown: benchmarks do not fail.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createBackend } from '../electron/host/backend';
import type { Backend } from '../electron/host/backend';
import { startHarness } from '../electron/host/harness/server';

export type Report = (name: string, figure: string) => void;

const rendererDir = resolve(__dirname, '..', 'out', 'renderer');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Run = {
  /** The figure's name when the bench cannot run or stops. */
  name: string;
  viewport: { width: number; height: number };
  /** The scenario folder to serve; may prepare one in the run's scratch directory. */
  scenarioFolder(scratch: string): string;
  /** The measurement: a fresh page (not yet navigated), the back end, and the harness URL. */
  measure(page: Page, backend: Backend, url: string): Promise<void>;
};

export async function inBrowserHarness(report: Report, run: Run): Promise<void> {
  if (!existsSync(join(rendererDir, 'index.html'))) return report(run.name, 'not measured: build the renderer first (npm run build)');
  if (!existsSync(chromiumPath)) return report(run.name, `not measured: no Chromium at ${chromiumPath} (set CHROMIUM_PATH)`);
  const scratch = mkdtempSync(join(tmpdir(), 'firedrill-bench-'));
  const backend = createBackend({ dbPath: join(scratch, 'bench.db'), scenarioFolders: [run.scenarioFolder(scratch)], live: true });
  const harness = await startHarness({ backend, rendererDir });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  try {
    await run.measure(await browser.newPage({ viewport: run.viewport }), backend, harness.url);
  } catch (error) {
    report(run.name, `stopped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await browser.close();
    await harness.close();
    backend.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
