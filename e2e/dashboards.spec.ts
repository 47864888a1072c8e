import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { parse } from 'yaml';
import { DrillPage } from './drill-page';
import { expect, test } from './harness-fixture';

const scenarioFile = resolve(__dirname, '..', 'scenarios', 'checkout-bad-deploy', 'scenario.yaml');
const scenario = parse(readFileSync(scenarioFile, 'utf8')) as { title: string; alerts: { name: string }[] };
const fixtureFile = resolve(__dirname, '..', 'electron', 'engine', 'dashboards', 'testdata', 'every-panel.json');
const fixtureText = readFileSync(fixtureFile, 'utf8');
const fixture = JSON.parse(fixtureText) as { title: string; uid: string; panels: { type: string; title: string }[] };

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot({ path: resolve(__dirname, '..', 'reports', 'e2e', `${name}.png`) });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

/** A dashboard panel by its title (a region named by its heading). */
const panel = (dashboard: Locator, title: string) => dashboard.getByRole('region', { name: title, exact: true });

async function startDrill(page: Page, harnessUrl: string): Promise<DrillPage> {
  await page.goto(harnessUrl);
  await page.getByRole('button', { name: `Start drill: ${scenario.title}` }).click();
  return new DrillPage(page);
}

/** Runs the clock at 60× until the scenario's first alert fires: the incident is on the dashboards. */
async function untilIncident(drill: DrillPage): Promise<void> {
  await drill.setSpeed('60×');
  await expect(drill.alert(scenario.alerts[0]!.name)).toHaveAttribute('data-state', 'firing', { timeout: 30_000 });
  await drill.setSpeed('Pause');
}

/** The percentage a time-series chart's text alternative gives for one series ("checkout: 30.2%"). */
async function lastPercent(chart: Locator, series: string): Promise<number> {
  const label = (await chart.getAttribute('aria-label')) ?? '';
  const match = new RegExp(`${series}: ([\\d.]+)%`).exec(label);
  if (!match) throw new Error(`no value for ${series} in "${label}"`);
  return Number(match[1]);
}

test('the service overview shows the incident; variables, time range and zoom work as in Grafana', async ({ harness, page }, testInfo) => {
  const drill = await startDrill(page, harness.url);
  const errors = panel(drill.dashboard, 'Error ratio by service');
  await expect(errors).toBeVisible();
  await untilIncident(drill);

  // The incident: checkout's error ratio is above the 5% threshold, payments' is not.
  const chart = errors.getByRole('img', { name: /^Error ratio by service: time series/ });
  await expect(chart).toHaveAttribute('aria-label', /checkout: /);
  expect(await lastPercent(chart, 'checkout')).toBeGreaterThan(5);
  expect(await lastPercent(chart, 'payments')).toBeLessThan(5);
  await shot(page, testInfo, 'dashboard-incident');

  // Every chart has a text alternative: the panel menu's table view.
  await errors.getByRole('button', { name: 'Menu for panel Error ratio by service' }).click();
  await page.getByRole('menuitem', { name: 'View as table' }).click();
  await expect(errors.getByRole('table')).toContainText('checkout');
  await errors.getByRole('button', { name: 'Menu for panel Error ratio by service' }).click();
  await page.getByRole('menuitem', { name: 'View as chart' }).click();

  // A multi-value variable: only payments → the panels query service=~"payments", and the instance
  // variable (whose query uses $service) offers only payments' pods.
  const variables = drill.dashboard.getByRole('group', { name: 'Dashboard variables' });
  await variables.getByRole('button', { name: /^Service/ }).click();
  await variables.getByRole('checkbox', { name: 'payments' }).check();
  await variables.getByRole('button', { name: 'Done' }).click();
  await expect(variables.getByRole('button', { name: /^Service payments/ })).toBeVisible();
  await expect(chart).toHaveAttribute('aria-label', /1 series\. payments: /);
  await variables.getByRole('button', { name: /^Instance/ }).click();
  const instances = variables.getByRole('checkbox', { name: /^10\.\d+\.\d+\.\d+:8080$/ });
  await expect(instances.first()).toBeVisible();
  const offered = await instances.count();
  await variables.getByRole('button', { name: 'Done' }).click();
  await variables.getByRole('button', { name: /^Service/ }).click();
  await variables.getByRole('checkbox', { name: 'All' }).check();
  await variables.getByRole('button', { name: 'Done' }).click();
  await variables.getByRole('button', { name: /^Instance/ }).click();
  await expect.poll(() => instances.count()).toBeGreaterThan(offered);
  await variables.getByRole('button', { name: 'Done' }).click();

  // Time range: a quick range, then bad date math is refused in place.
  const timeButton = drill.dashboard.getByRole('button', { name: /^Time range:/ });
  await timeButton.click();
  await drill.dashboard.getByRole('button', { name: 'Last 1 hour' }).click();
  await expect(timeButton).toHaveAccessibleName('Time range: Last 1 hour');
  await timeButton.click();
  await drill.dashboard.getByLabel('From').fill('now-2x');
  await drill.dashboard.getByRole('button', { name: 'Apply time range' }).click();
  await expect(drill.dashboard.locator('.field-error').first()).toBeVisible();
  await drill.dashboard.getByRole('button', { name: 'Last 15 minutes' }).click();
  await expect(timeButton).toHaveAccessibleName('Time range: Last 15 minutes');

  // Zoom by dragging across a panel: an absolute range; Back returns to the last one.
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.35, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5, { steps: 8 });
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.5, { steps: 8 });
  await page.mouse.up();
  await expect(timeButton).not.toHaveAccessibleName(/Last 15 minutes/);
  await shot(page, testInfo, 'dashboard-zoomed');
  await drill.dashboard.getByRole('button', { name: 'Back to the previous time range' }).click();
  await expect(timeButton).toHaveAccessibleName('Time range: Last 15 minutes');
  await drill.dashboard.getByRole('button', { name: 'Zoom out (t z)' }).click();
  await expect(timeButton).not.toHaveAccessibleName('Time range: Last 15 minutes');

  // Presentation mode for a projector: no drill chrome, Esc leaves it.
  await drill.dashboard.getByRole('button', { name: /Present/ }).click();
  await expect(drill.terminal).toBeHidden();
  await shot(page, testInfo, 'dashboard-presentation');
  await page.keyboard.press('Escape');
  await expect(drill.terminal).toBeVisible();

  const axe = await new AxeBuilder({ page }).include('section[aria-label="Dashboard"]').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('Grafana JSON imports with its unknown panel kept, saves for the learner and exports what it read', async ({ harness, page }, testInfo) => {
  const drill = await startDrill(page, harness.url);
  await expect(panel(drill.dashboard, 'Error ratio by service')).toBeVisible();
  await drill.dashboard.getByRole('button', { name: 'Import' }).click();
  const importer = page.getByRole('dialog', { name: 'Import dashboard JSON' });
  await importer.getByLabel('Dashboard JSON (as Grafana exports it)').fill('{"panels": 3');
  await importer.getByRole('button', { name: 'Check' }).click();
  await expect(importer.getByRole('alert')).toContainText('not valid JSON');
  await importer.getByLabel('Dashboard JSON (as Grafana exports it)').fill(fixtureText);
  await importer.getByRole('button', { name: 'Check' }).click();
  await expect(importer.getByRole('status')).toContainText(`Reads as “${fixture.title}”`);
  await expect(importer.getByRole('status')).toContainText('unsupported panel type "piechart"');
  await importer.getByRole('button', { name: 'Import' }).click();
  const unsupported = panel(drill.dashboard, 'Status codes');
  await unsupported.scrollIntoViewIfNeeded();
  await expect(unsupported).toContainText("Unsupported panel type “piechart”");
  // The fixture's field override gives checkout a fixed red (Grafana's "red", #F2495C) in the legend and the plot.
  const rps = panel(drill.dashboard, 'Requests per second');
  await expect(rps.getByRole('button', { name: 'checkout' }).locator('line')).toHaveAttribute('stroke', '#F2495C');
  await expect(rps.getByRole('button', { name: 'payments' }).locator('line')).not.toHaveAttribute('stroke', '#F2495C');
  await drill.dashboard.getByRole('button', { name: 'Save' }).click();
  await shot(page, testInfo, 'dashboard-imported');

  // Saved in SQLite for this learner: a reload lists it as the learner's own.
  await page.reload();
  await page.getByRole('button', { name: `Start drill: ${scenario.title}` }).click();
  await drill.dashboard.getByRole('button', { name: /Dashboards/ }).first().click();
  await drill.dashboard.getByRole('button', { name: new RegExp(fixture.title) }).click();
  await unsupported.scrollIntoViewIfNeeded();
  await expect(unsupported).toContainText("Unsupported panel type “piechart”");

  await drill.dashboard.getByRole('button', { name: 'Export' }).click();
  const exporter = page.getByRole('dialog', { name: /Export/ });
  const exported = JSON.parse(await exporter.getByRole('textbox').inputValue()) as unknown;
  // Every key and value Grafana wrote is still there (the importer only adds defaults).
  expect(exported).toMatchObject(JSON.parse(fixtureText) as Record<string, unknown>);
});

test('Explore completes metric and label names and underlines a parse error where it is', async ({ harness, page }, testInfo) => {
  const drill = await startDrill(page, harness.url);
  await drill.dashboard.getByRole('tab', { name: 'Explore' }).click();
  const explore = drill.dashboard.getByRole('region', { name: 'Explore' });
  const editor = explore.getByLabel('PromQL query');
  await editor.click();
  await page.keyboard.type('http_requests_to');
  const suggestions = explore.getByRole('listbox', { name: 'Suggestions' });
  await expect(suggestions.getByRole('option', { name: /http_requests_total/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(editor).toHaveValue('http_requests_total');
  await page.keyboard.type('{serv');
  await expect(suggestions.getByRole('option', { name: /^.?service$/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.type('="ch');
  await expect(suggestions.getByRole('option', { name: /checkout/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(editor).toHaveValue(/^http_requests_total\{service="checkout"/);

  // A broken query: the message names the problem and the underline sits under it.
  await editor.fill('rate(http_requests_total[5m]) + bogus foo');
  await expect(explore.getByText('unexpected identifier "foo"')).toBeVisible();
  await expect(editor).toHaveAttribute('aria-invalid', 'true');
  await expect(explore.locator('.explore-editor-overlay .hl-diagnostic')).toHaveText('foo');
  await shot(page, testInfo, 'explore-error');

  await editor.fill('sum by (service) (rate(http_requests_total[5m]))');
  await expect(explore.getByText('Parse error:')).toBeHidden();
  await page.keyboard.press('Shift+Enter');
  await expect(explore.getByRole('img', { name: /series/ })).toBeVisible();
  await explore.getByRole('tab', { name: 'Table' }).click();
  await expect(explore.getByText('checkout').first()).toBeVisible();
  await expect(explore.getByText('sum by (service) (rate(http_requests_total[5m]))').first()).toBeVisible();
  await shot(page, testInfo, 'explore-result');
});

test('the Targets page lists every scrape pool with its health', async ({ harness, page }, testInfo) => {
  const drill = await startDrill(page, harness.url);
  await drill.dashboard.getByRole('tab', { name: 'Targets' }).click();
  await expect(drill.dashboard.getByText(/checkout \(\d+\/\d+ up\)/)).toBeVisible();
  await expect(drill.dashboard.getByText(/node \(\d+\/\d+ up\)|node-exporter \(\d+\/\d+ up\)/).first()).toBeVisible();
  await expect(drill.dashboard.getByText('UP').first()).toBeVisible();
  await shot(page, testInfo, 'targets');
});
