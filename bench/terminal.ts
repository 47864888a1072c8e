// The terminal through the browser harness, as a learner meets it: Chromium types into the xterm of the
// built renderer, served with the back end in this process. Keystroke-to-echo and command-to-output are
// measured inside the page (keydown's timestamp to the DOM mutation that shows the result), a `tail -f` at
// 60× counts streamed lines against the log's growth and the longest gap between animation frames.
// Figures only; nothing here fails on a time.
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { Backend } from '../electron/host/backend';
import { inBrowserHarness } from './browser-harness';
import type { Report } from './browser-harness';

const folder = resolve(__dirname, '..', 'scenarios', 'checkout-bad-deploy');
const PROMPT = 'oncall@bastion:~$';
/** Any host's prompt at the end of the screen (the tail -f run happens on a node). */
const PROMPT_AT_END = /oncall@[\w-]+:[^\n$]*\$$/;
const ECHO_TARGET_MS = 1000 / 60;
const COMMAND_TARGET_MS = 50;
const TERMINAL = '[data-testid="terminal"]';

/** The page-side instruments: keydown times, a watch for expected text in the rows, and a frame-gap meter. */
type Instruments = {
  keyAt: number;
  expect: string;
  samples: number[];
  frames: { last: number; gaps: number[] };
};
type BenchWindow = { fdBench: Instruments };
type Probe = { terminalProbe: { text(): string; stats(): { outputLines: number; followLines: number } } };

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function latencyFigure(samples: number[], target: number): string {
  const median = quantile(samples, 0.5);
  const p95 = quantile(samples, 0.95);
  return `median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (${(median / target).toFixed(2)}× / ${(p95 / target).toFixed(2)}× the ${target.toFixed(1)} ms target, n=${samples.length})`;
}

/**
 * Installed as source text: this file is type-checked without the DOM library. `fdBench.expect` is text the
 * rows must come to include; the first DOM mutation that shows it records a sample since the last keydown.
 */
const INSTRUMENTS = `(() => {
  const rows = document.querySelector('${TERMINAL} .xterm-rows');
  const bench = { keyAt: 0, expect: '', samples: [], frames: { last: performance.now(), gaps: [] } };
  window.fdBench = bench;
  document.addEventListener('keydown', (e) => { bench.keyAt = e.timeStamp; }, true);
  new MutationObserver(() => {
    if (bench.expect !== '' && (rows.textContent || '').replace(/\u00a0/g, ' ').includes(bench.expect)) {
      bench.samples.push(performance.now() - bench.keyAt);
      bench.expect = '';
    }
  }).observe(rows, { subtree: true, childList: true, characterData: true });
  const frame = (now) => {
    bench.frames.gaps.push(now - bench.frames.last);
    bench.frames.last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})()`;

async function install(page: Page): Promise<void> {
  await page.evaluate(INSTRUMENTS);
}

const buffer = (page: Page) => page.locator(TERMINAL).evaluate((e) => (e as unknown as Probe).terminalProbe.text());
const stats = (page: Page) => page.locator(TERMINAL).evaluate((e) => (e as unknown as Probe).terminalProbe.stats());
const expectText = (page: Page, text: string) => page.evaluate((t) => ((globalThis as unknown as BenchWindow).fdBench.expect = t), text);
const seen = (page: Page) => page.waitForFunction(() => (globalThis as unknown as BenchWindow).fdBench.expect === '', undefined, { timeout: 10_000 });
const samples = (page: Page) => page.evaluate(() => (globalThis as unknown as BenchWindow).fdBench.samples.splice(0));

/**
 * Counts the lines terminal.poll answers carried to the page, from the WebSocket frames (requests name
 * the method, answers only the id), so a drop can be placed before or after the page.
 */
function tapPolls(page: Page): { lines: number } {
  const tap = { lines: 0 };
  const polls = new Set<number>();
  page.on('websocket', (socket) => {
    socket.on('framesent', ({ payload }) => {
      const frame = JSON.parse(String(payload)) as { id?: number; method?: string };
      if (frame.method === 'terminal.poll' && frame.id !== undefined) polls.add(frame.id);
    });
    socket.on('framereceived', ({ payload }) => {
      const frame = JSON.parse(String(payload)) as { id?: number; result?: { ok: boolean; value?: { output?: string } } };
      if (frame.id === undefined || !polls.delete(frame.id)) return;
      tap.lines += frame.result?.value?.output?.match(/\n/g)?.length ?? 0;
    });
  });
  return tap;
}

/** Waits for the prompt at the end of the buffer (polled from here: the page's CSP forbids string functions). */
async function atPrompt(page: Page): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!PROMPT_AT_END.test(await buffer(page))) {
    if (Date.now() > deadline) throw new Error('the prompt did not come back within 60 s');
    await page.waitForTimeout(10);
  }
}

async function speed(page: Page, label: 'Pause' | '60×'): Promise<void> {
  await page.getByRole('group', { name: 'Clock speed' }).getByRole('button', { name: label }).click({ timeout: 5_000 });
  await page.locator(TERMINAL).click();
}

async function run(page: Page, command: string): Promise<string> {
  const before = (await buffer(page)).length;
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
  await atPrompt(page);
  return (await buffer(page)).slice(before);
}

/** 200 keys typed one at a time; each waits for its echo (the line cleared with Ctrl-U every 20 keys). */
async function echo(page: Page, report: Report): Promise<void> {
  const letters = 'abcdefghijklmnopqrst';
  for (let round = 0; round < 10; round++) {
    await page.keyboard.press('Control+L');
    for (let i = 0; i < letters.length; i++) {
      await expectText(page, `${PROMPT} ${letters.slice(0, i + 1)}`);
      await page.keyboard.type(letters[i]!);
      await seen(page);
    }
    await page.keyboard.press('Control+U');
  }
  report('terminal keystroke → echo on screen', latencyFigure(await samples(page), ECHO_TARGET_MS));
}

/** `kubectl get pods -n shop` 50 times from history: Enter's keydown to the table's header on screen. */
async function command(page: Page, report: Report): Promise<void> {
  await run(page, 'kubectl get pods -n shop');
  for (let i = 0; i < 50; i++) {
    await page.keyboard.press('Control+L');
    await page.keyboard.press('ArrowUp');
    await expectText(page, 'RESTARTS');
    await page.keyboard.press('Enter');
    await seen(page);
    await atPrompt(page);
    // A learner reads before the next command; without a pause the next Enter lands on the views' refresh.
    await page.waitForTimeout(100);
  }
  report('terminal command → output (kubectl get pods)', latencyFigure(await samples(page), COMMAND_TARGET_MS));
}

/** The same command straight into the back end, to split the figure above between back end and page. */
async function backendCommand(backend: Backend, report: Report): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    await backend.invoke('terminal.exec', { command: 'kubectl get pods -n shop' });
    times.push(performance.now() - start);
  }
  report('  of which terminal.exec in the back end', latencyFigure(times, COMMAND_TARGET_MS));
}

/**
 * `tail -f` while the clock runs at 60× for 30 s of wall time: lines shown against the log's growth, and the
 * longest gap between animation frames meanwhile. The log is counted with `wc -l` in a side shell on the
 * drill's world (the drill may end during the run, and then refuses commands; its clock stops with it).
 */
async function follow(page: Page, backend: Backend, tap: { lines: number }, report: Report): Promise<void> {
  // A service's log file lives on the nodes running its pods: follow it where the first checkout pod runs.
  const drill = () => backend.context.session?.drill;
  const node = drill()?.sim.world.services.get('checkout')?.instances[0]?.host;
  if (node === undefined) {
    report('terminal tail -f at 60×', 'not measured: no checkout pod');
    return;
  }
  /** Checkout log events of pods on that node so far: what the node's /var/log/checkout.log is made of. */
  const lineCount = () => {
    const d = drill();
    if (!d) return NaN;
    const pods = new Set(d.sim.world.services.get('checkout')!.instances.filter((i) => i.host === node).map((i) => i.name));
    return d.sim.logs.all().filter((e) => e['service.name'] === 'checkout' && pods.has(e['kubernetes.pod.name'] ?? '')).length;
  };
  const simNow = () => drill()?.now ?? NaN;
  await run(page, `ssh ${node}`);
  const before = lineCount();
  await page.keyboard.type('tail -f /var/log/checkout.log');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  if (PROMPT_AT_END.test(await buffer(page))) {
    report('terminal tail -f at 60×', `not measured: tail -f did not follow (${(await buffer(page)).split('\n').at(-2) ?? ''})`);
    return;
  }
  const start = await stats(page);
  const tapStart = tap.lines;
  const simStart = simNow();
  await page.evaluate(() => ((globalThis as unknown as BenchWindow).fdBench.frames.gaps = []));
  await speed(page, '60×');
  await page.waitForTimeout(30_000);
  const gaps = await page.evaluate(() => (globalThis as unknown as BenchWindow).fdBench.frames.gaps.splice(0));
  // The drill may have ended (its clock stops with it); otherwise pause, and let the last polls land.
  await speed(page, 'Pause').catch(() => undefined);
  await page.waitForTimeout(1_000);
  const end = await stats(page);
  const simEnd = simNow();
  await page.keyboard.press('Control+C');
  await atPrompt(page);
  const after = lineCount();
  const shown = end.followLines - start.followLines;
  const sent = tap.lines - tapStart;
  const written = after - before;
  const covered = `${((simEnd - simStart) / 60_000).toFixed(1)} sim min`;
  report('terminal tail -f at 60× for 30 s: lines', `${Number.isNaN(written) ? '? (wc -l unavailable)' : written} written to the log, ${sent} polled to the page, ${shown} shown (${covered})`);
  report('terminal tail -f at 60×: dropped', `${sent - shown} by the page${Number.isNaN(written) ? '' : `, ${written - sent} before it (log → terminal.poll)`}`);
  const longest = Math.max(...gaps);
  const slow = gaps.filter((gap) => gap > 50).length;
  report(
    'terminal tail -f at 60×: frames',
    `longest gap ${longest.toFixed(1)} ms (${(longest / ECHO_TARGET_MS).toFixed(1)} frames), p99 ${quantile(gaps, 0.99).toFixed(1)} ms, ${slow} of ${gaps.length} gaps over 50 ms`,
  );
}

/** Runs the three measurements; a missing build or browser is reported, not thrown. */
export async function terminalBench(report: Report): Promise<void> {
  await inBrowserHarness(report, {
    name: 'terminal (browser harness)',
    viewport: { width: 1440, height: 900 },
    scenarioFolder: () => folder,
    async measure(page, backend, url) {
      const tap = tapPolls(page);
      await page.goto(url);
      await page.getByRole('button', { name: /^Start drill: / }).first().click();
      await speed(page, 'Pause');
      await atPrompt(page);
      await install(page);
      await echo(page, report);
      await command(page, report);
      await backendCommand(backend, report);
      await follow(page, backend, tap, report);
    },
  });
}
