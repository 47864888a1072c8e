// The incident workspace's load: how many events a busy 30-minute drill writes (the scorer and bundles read them
// all), how fast a chat message goes through the back end (logged in SQLite, applied, answered), and the UI
// latency of posting one in the browser harness (Enter to the message on screen). Figures only.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RequestName } from '../electron/contract';
import { createBackend } from '../electron/host/backend';
import type { TimedRequest } from '../electron/host/drill/actions-file';
import { playDrill } from '../electron/host/drill/play';
import { inBrowserHarness } from './browser-harness';
import type { Report } from './browser-harness';

const folder = resolve(__dirname, '..', 'scenarios', 'checkout-bad-deploy');
const MINUTE = 60_000;
const POST_TARGET_MS = 100;

/** The bundled checkout drill stretched to `duration` in a scratch folder. */
function stretched(scratch: string, duration: string): string {
  const copy = join(scratch, 'checkout-bad-deploy');
  cpSync(folder, copy, { recursive: true });
  const yaml = join(copy, 'scenario.yaml');
  writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^duration: .*$/m, `duration: ${duration}`));
  return copy;
}

/**
 * A busy learner over 30 minutes: a command every 30 s, a PromQL query every 20 s and a log search every 45 s,
 * a chat line every minute, an update every 5 minutes, delegations, notes, the checklist and a hint.
 */
function busyLearner(): TimedRequest[] {
  const requests: TimedRequest[] = [];
  const add = (at: number, request: RequestName, input: unknown) => requests.push({ at, request, input });
  for (let t = 15_000; t < 30 * MINUTE; t += 5_000) {
    if (t % 30_000 === 0) add(t, 'terminal.exec', { command: 'kubectl get pods -n shop' });
    if (t % 20_000 === 0) add(t, 'promql.query', { expr: 'sum by (service) (rate(http_requests_total{status=~"5.."}[5m]))' });
    if (t % 45_000 === 0) add(t, 'logs.query', { query: 'log.level:error and service.name:checkout' });
    if (t % MINUTE === 0) add(t, 'chat.post', { channel: 'incident', text: `Still looking at checkout (minute ${t / MINUTE}).` });
    if (t === 3 * MINUTE) add(t, 'incident.declare', { title: 'Checkout payments failing', severity: 'SEV2', impact: 'About 30% of checkouts fail' });
    if (t === 3 * MINUTE + 10_000) add(t, 'chat.post', { channel: 'incident', text: '/assign lee ops' });
    if (t === 3 * MINUTE + 20_000) add(t, 'chat.post', { channel: 'incident', text: 'Priya, please check the database and report back in 5 minutes.' });
    if (t === 4 * MINUTE + 5_000) add(t, 'checklist.toggle', { step: 'size-up', done: true });
    if (t === 5 * MINUTE + 5_000) add(t, 'hint.request', {});
    if (t % (5 * MINUTE) === 10_000 && t > 3 * MINUTE) {
      add(t, 'incident.update', {
        update: { kind: t < 5 * MINUTE ? 'initial' : 'update', impact: 'About 30% of checkouts fail', severity: 'SEV2', status: 'investigating', actions: 'Investigating the latest release', nextUpdateIn: '5m', text: '' },
      });
    }
    if (t % (3 * MINUTE) === 25_000) add(t, 'incident.note', { text: `Note at minute ${Math.floor(t / MINUTE)}` });
  }
  return requests;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function eventVolume(report: Report): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'firedrill-bench-'));
  try {
    const backend = createBackend({ dbPath: join(scratch, 'play.db'), scenarioFolders: [stretched(scratch, '30m')], live: false });
    const actions = busyLearner();
    const played = await playDrill(backend, { scenario: 'checkout-bad-deploy', actions });
    if (!played.ok) return report('30-minute busy drill', `stopped: ${played.message}`);
    const session = backend.context.session!;
    const events = session.events();
    const bytes = events.reduce((n, e) => n + JSON.stringify(e).length, 0);
    const byKind = (test: (type: string) => boolean) => events.filter((e) => test(e.type)).length;
    const incident = session.drill.incident.snapshot();
    report('30-minute busy drill: events logged', `${events.length} (${(bytes / 1024).toFixed(0)} KiB of JSON; ${actions.length} requests sent, ${played.warnings.length} refused)`);
    report('  of which reads / commands / incident actions', `${byKind((t) => /^(promql|logs|dashboard)\./.test(t))} / ${byKind((t) => t.startsWith('terminal.'))} / ${byKind((t) => /^(incident|chat|statuspage|timeline|hint|checklist)\./.test(t))}`);
    report('  messages in the channels (people, teammates, alerts)', `${incident.messages.length} (${incident.questions.length} questions, ${incident.tasks.length} tasks)`);
    const timeline = performance.now();
    const entries = (await backend.invoke('incident.timeline', {})) as { ok: boolean; value?: unknown[] };
    report('  incident.timeline at the end', `${(performance.now() - timeline).toFixed(1)} ms for ${entries.value?.length ?? '?'} entries`);
    backend.close();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function backendPostLatency(report: Report): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'firedrill-bench-'));
  try {
    const backend = createBackend({ dbPath: join(scratch, 'post.db'), scenarioFolders: [folder], live: false });
    await backend.invoke('drill.start', { scenario: 'checkout-bad-deploy' });
    backend.context.session!.advanceTo(6 * MINUTE);
    const samples: number[] = [];
    const views: number[] = [];
    for (let i = 0; i < 300; i++) {
      const start = performance.now();
      await backend.invoke('chat.post', { channel: 'incident', text: `Checking checkout pods, message ${i}` });
      samples.push(performance.now() - start);
      const viewStart = performance.now();
      await backend.invoke('incident.view', {});
      views.push(performance.now() - viewStart);
    }
    report('chat.post through the back end (SQLite + engine)', `median ${quantile(samples, 0.5).toFixed(2)} ms, p95 ${quantile(samples, 0.95).toFixed(2)} ms (n=${samples.length})`);
    report('incident.view with 300+ messages', `median ${quantile(views, 0.5).toFixed(2)} ms, p95 ${quantile(views, 0.95).toFixed(2)} ms`);
    backend.close();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Installed as source text (this file is type-checked without the DOM library): the keydown's timestamp, and
 * the first mutation of the chat log that shows `fdPost.expect` records a sample.
 */
const INSTRUMENTS = `(() => {
  const log = document.querySelector('[role="log"]');
  const bench = { keyAt: 0, expect: '', samples: [] };
  window.fdPost = bench;
  document.addEventListener('keydown', (e) => { bench.keyAt = e.timeStamp; }, true);
  new MutationObserver(() => {
    if (bench.expect !== '' && (log.textContent || '').includes(bench.expect)) {
      bench.samples.push(performance.now() - bench.keyAt);
      bench.expect = '';
    }
  }).observe(log, { subtree: true, childList: true, characterData: true });
})()`;
type PostWindow = { fdPost: { expect: string; samples: number[] } };

async function uiPostLatency(report: Report): Promise<void> {
  await inBrowserHarness(report, {
    name: 'posting a chat message (browser harness)',
    viewport: { width: 1600, height: 900 },
    scenarioFolder: () => folder,
    async measure(page, _backend, url) {
      await page.goto(url);
      await page.getByRole('button', { name: /^Start drill: / }).first().click();
      await page.getByRole('group', { name: 'Clock speed' }).getByRole('button', { name: 'Pause' }).click();
      const workspace = page.getByRole('region', { name: 'Incident' });
      const composer = workspace.getByRole('textbox', { name: 'Message' });
      await workspace.getByRole('log').waitFor();
      await page.evaluate(INSTRUMENTS);
      for (let i = 0; i < 30; i++) {
        const text = `bench message ${i}`;
        await composer.fill(text);
        await page.evaluate((t) => ((globalThis as unknown as PostWindow).fdPost.expect = t), text);
        await composer.press('Enter');
        await workspace.getByRole('log').getByText(text).waitFor();
      }
      const samples = await page.evaluate(() => (globalThis as unknown as PostWindow).fdPost.samples);
      const median = quantile(samples, 0.5);
      report('posting a chat message: Enter to message shown', `median ${median.toFixed(1)} ms, p95 ${quantile(samples, 0.95).toFixed(1)} ms (${(median / POST_TARGET_MS).toFixed(2)}× the ${POST_TARGET_MS} ms target, n=${samples.length})`);
    },
  });
}

export async function incidentBench(report: Report): Promise<void> {
  await eventVolume(report);
  await backendPostLatency(report);
  await uiPostLatency(report);
}
