import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, TestInfo } from '@playwright/test';
import { parse } from 'yaml';
import { DrillPage } from './drill-page';
import { expect, test } from './harness-fixture';

const scenarioDir = resolve(__dirname, '..', 'scenarios', 'checkout-bad-deploy');
const scenario = parse(readFileSync(resolve(scenarioDir, 'scenario.yaml'), 'utf8')) as { title: string };
/** The scenario's node dashboard, read from its file: not the one the learner's screen opens first. */
const dashboard = JSON.parse(readFileSync(resolve(scenarioDir, 'dashboards', 'node.json'), 'utf8')) as {
  uid: string;
  title: string;
  panels: { type: string; title: string }[];
};

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot({ path: resolve(__dirname, '..', 'reports', 'e2e', `${name}.png`) });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

/** axe's colour-contrast findings on the page (or the part `include` selects), one line per element. */
async function contrastProblems(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withRules(['color-contrast']).exclude('.xterm-helper-textarea');
  if (include) builder = builder.include(include);
  const axe = await builder.analyze();
  return axe.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.any[0]?.message ?? ''}`));
}

/** The learner starts the checkout drill; answers the learner's drill page. */
async function startDrill(page: Page, url: string): Promise<DrillPage> {
  await page.goto(url);
  await page.getByRole('button', { name: `Start drill: ${scenario.title}` }).click();
  const drill = new DrillPage(page);
  await expect(drill.dashboard).toBeVisible();
  return drill;
}

/** A second page of the context: the instructor console, unlocked with a new PIN. */
async function openConsole(context: BrowserContext, url: string): Promise<Page> {
  const instructor = await context.newPage();
  await instructor.goto(`${url}&view=instructor`);
  await instructor.getByLabel(/Choose an instructor PIN/).fill('4711');
  await instructor.getByRole('button', { name: 'Set PIN' }).click();
  await expect(instructor.getByRole('region', { name: 'Controls' })).toBeVisible();
  return instructor;
}

test('the learner’s speed buttons follow the instructor’s pause and resume', async ({ harness, page, context }) => {
  test.setTimeout(120_000);
  const drill = await startDrill(page, harness.url);
  await drill.setSpeed('10×');
  const speed = page.getByRole('group', { name: 'Clock speed' });
  await expect(speed.getByRole('button', { name: '10×' })).toHaveAttribute('aria-pressed', 'true');

  const instructor = await openConsole(context, harness.url);
  const controls = instructor.getByRole('region', { name: 'Controls' });
  await controls.getByRole('button', { name: 'Pause' }).click();
  // The learner did nothing: their page shows the pause the instructor made.
  await expect(speed.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
  await expect(speed.getByRole('button', { name: '10×' })).toHaveAttribute('aria-pressed', 'false');
  const pausedLabel = page.getByRole('status').filter({ hasText: 'Paused by the instructor' });
  await expect(pausedLabel).toBeVisible();

  await controls.getByRole('button', { name: 'Resume ×10' }).click();
  await expect(pausedLabel).toHaveCount(0);
  await expect(speed.getByRole('button', { name: '10×' })).toHaveAttribute('aria-pressed', 'true');
  await expect(speed.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'false');

  // A speed the instructor picks shows too, and the learner's own change still works after it.
  await controls.getByRole('button', { name: '×60' }).click();
  await expect(speed.getByRole('button', { name: '60×' })).toHaveAttribute('aria-pressed', 'true');
  await drill.setSpeed('1×');
  await expect(speed.getByRole('button', { name: '1×' })).toHaveAttribute('aria-pressed', 'true');
  await expect(instructor.getByTestId('instructor-speed')).toHaveText('×1');
});

test('the instructor puts a dashboard on the projector: its panels show large, with live data, read-only', async ({ harness, page, context }, testInfo) => {
  test.setTimeout(180_000);
  const drill = await startDrill(page, harness.url);
  await drill.setSpeed('60×');
  const instructor = await openConsole(context, harness.url);
  const panel = instructor.getByRole('region', { name: 'Projector' });
  await panel.getByLabel('Dashboard on the projector').selectOption(dashboard.uid);
  await expect(panel.getByTestId('projector-showing')).toContainText(dashboard.title);

  const projector = await context.newPage();
  // Every request the projector page sends, as its WebSocket frames carry them.
  const sent: { method: string; input: Record<string, unknown> }[] = [];
  projector.on('websocket', (socket) => socket.on('framesent', (frame) => sent.push(JSON.parse(String(frame.payload)) as (typeof sent)[number])));
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto(`${harness.url}&view=projector`);
  const shown = projector.getByRole('region', { name: `Dashboard: ${dashboard.title}` });
  await expect(shown).toBeVisible();
  const titled = dashboard.panels.filter((p) => p.type !== 'row' && p.title);
  for (const p of titled) await expect(shown.getByRole('heading', { name: p.title, exact: true })).toBeVisible();
  // Live data: the time series draw lines from the simulation's metrics.
  await expect(shown.locator('.recharts-line-curve, svg path').first()).toBeVisible({ timeout: 30_000 });
  // Read-only and nothing private: no panel menus, no editing, no terminal or composer.
  await expect(shown.getByRole('button', { name: /menu|edit|remove|duplicate/i })).toHaveCount(0);
  await expect(projector.getByTestId('terminal')).toHaveCount(0);
  await expect(projector.getByRole('textbox')).toHaveCount(0);
  await expect(projector.getByRole('region', { name: 'Incident timeline' })).toBeVisible();

  // Nothing it read is the learner's: the dashboard and every query it ran said `auto` (not logged).
  const logged = ['dashboard.open', 'promql.query', 'promql.queryRange', 'logs.query'];
  const reads = sent.filter((r) => logged.includes(r.method));
  expect(reads.filter((r) => r.method === 'dashboard.open').map((r) => r.input)).toEqual([{ uid: dashboard.uid, auto: true }]);
  expect(reads.filter((r) => r.method === 'promql.queryRange').length).toBeGreaterThan(0);
  expect(reads.filter((r) => r.input.auto !== true)).toEqual([]);

  const axe = await new AxeBuilder({ page: projector }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await shoot(projector, testInfo, 'projector-dashboard');

  // None: the dashboard leaves the projector.
  await panel.getByLabel('Dashboard on the projector').selectOption('');
  await expect(shown).toHaveCount(0);
});

test('the drill screen follows the light and projector themes with readable contrast', async ({ harness, page }, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1600, height: 1000 });
  const drill = await startDrill(page, harness.url);
  await drill.setSpeed('60×');
  // Some alerts firing and log lines in, so the screen shows its colours; then hold still for the checks.
  await expect(drill.alerts).toContainText(/firing/i, { timeout: 60_000 });
  await drill.setSpeed('Pause');
  await drill.run('kubectl get pods -n shop');
  await expect(drill.terminalText()).toContainText('checkout');

  for (const theme of [
    { label: 'Light', value: 'light', shot: 'theme-light-drill' },
    { label: 'Projector (high contrast, large type)', value: 'projector', shot: 'theme-projector-drill' },
  ]) {
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel(theme.label).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.value);
    await settings.getByRole('button', { name: /close/i }).click();
    expect(await contrastProblems(page), `${theme.value} theme`).toEqual([]);
    await shoot(page, testInfo, theme.shot);

    // Discover (the logs workspace), with its hits listed, in the same theme.
    await drill.dashboard.getByRole('tab', { name: 'Discover' }).click();
    const discover = drill.dashboard.getByRole('region', { name: 'Discover' });
    await expect(discover.getByText(/hits/).first()).toBeVisible();
    expect(await contrastProblems(page, '[aria-label="Discover"]'), `${theme.value} theme, Discover`).toEqual([]);
    await drill.dashboard.getByRole('tab', { name: 'Dashboards' }).click();
  }
});
