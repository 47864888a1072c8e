import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { parse } from 'yaml';
import { DrillPage } from './drill-page';
import { expect, test } from './harness-fixture';

/*
 * The light and projector themes set only variables (renderer/app/styles.css); every feature stylesheet takes its
 * colours from them. classroom-live.spec.ts checks the drill screen as it opens; this spec checks the screens behind
 * the workspaces' tabs, each showing the colours it has: a query's result, scrape health, a declared incident with
 * an update card, an open document and another dashboard.
 */

const scenarioDir = resolve(__dirname, '..', 'scenarios', 'checkout-bad-deploy');
const scenario = parse(readFileSync(resolve(scenarioDir, 'scenario.yaml'), 'utf8')) as { title: string; alerts: { name: string }[] };
/** The scenario's node dashboard, read from its file: not the one the drill opens first. */
const nodeDashboard = JSON.parse(readFileSync(resolve(scenarioDir, 'dashboards', 'node.json'), 'utf8')) as {
  title: string;
  panels: { type: string; title: string }[];
};
const nodeChart = nodeDashboard.panels.find((p) => p.type === 'timeseries')!.title;

const themes = [
  { label: 'Light', value: 'light' },
  { label: 'Projector (high contrast, large type)', value: 'projector' },
] as const;

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot({ path: resolve(__dirname, '..', 'reports', 'e2e', `${name}.png`) });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

/** axe's colour-contrast findings inside the elements `include` selects, one line per element. */
async function contrastProblems(page: Page, ...include: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withRules(['color-contrast']).exclude('.xterm-helper-textarea');
  for (const selector of include) builder = builder.include(selector);
  const axe = await builder.analyze();
  return axe.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.any[0]?.message ?? ''}`));
}

async function chooseTheme(page: Page, theme: (typeof themes)[number]): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel(theme.label).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme.value);
  await settings.getByRole('button', { name: /close/i }).click();
}

test('Explore, Targets, the incident, Discover and a dashboard stay readable in the light and projector themes', async ({ harness, page }, testInfo) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(harness.url);
  await page.getByRole('button', { name: `Start drill: ${scenario.title}` }).click();
  const drill = new DrillPage(page);
  // 10×, not 60×: on a loaded machine the pause can land seconds late, and at 60× that overshoots the drill's end.
  await drill.setSpeed('10×');
  await expect(drill.alert(scenario.alerts[0]!.name)).toHaveAttribute('data-state', 'firing', { timeout: 90_000 });
  await drill.setSpeed('Pause');

  // A declared incident with an initial report: the severity and status badges, and the update card.
  await page.getByRole('button', { name: 'Declare incident' }).click();
  const declare = page.getByRole('dialog', { name: 'Declare incident' });
  await declare.getByLabel('Title').fill('Checkout payments failing');
  await declare.getByLabel('Severity').selectOption('SEV2');
  await declare.getByLabel('Impact').fill('About a third of checkouts fail at payment');
  await declare.getByRole('checkbox', { name: 'checkout' }).check();
  await declare.getByRole('button', { name: 'Declare', exact: true }).click();
  await expect(declare).toBeHidden();
  await page.getByRole('button', { name: 'Post update' }).click();
  const update = page.getByRole('dialog', { name: 'Post update' });
  await update.getByLabel('Kind').selectOption('initial');
  await update.getByLabel('Impact and scope').fill('About a third of checkouts fail at payment');
  await update.getByLabel('Actions in progress').fill('Investigating the checkout release');
  await update.getByLabel('Next update in').fill('5m');
  await update.getByRole('button', { name: 'Send update' }).click();
  await expect(update).toBeHidden();
  const incident = page.getByRole('region', { name: 'Incident', exact: true });
  await incident.getByRole('tab', { name: /^Stakeholders/ }).click();
  await expect(incident.locator('.update-card')).toContainText('About a third of checkouts fail at payment');

  // Another dashboard than the one the drill opens with (and classroom-live.spec.ts checks).
  const workspace = drill.dashboard;
  await workspace.getByRole('button', { name: /Dashboards/ }).first().click();
  await workspace.getByRole('button', { name: new RegExp(nodeDashboard.title) }).click();
  await expect(workspace.getByRole('heading', { name: nodeDashboard.title })).toBeVisible();

  for (const theme of themes) {
    await chooseTheme(page, theme);

    expect(await contrastProblems(page, '.incident', '.incident-bar'), `${theme.value}: incident`).toEqual([]);
    await shoot(page, testInfo, `theme-${theme.value}-incident`);

    // Explore with a query's result, as a graph and as a table.
    await workspace.getByRole('tab', { name: 'Explore', exact: true }).click();
    const explore = workspace.getByRole('region', { name: 'Explore' });
    await explore.getByLabel('PromQL query').fill('sum by (service) (rate(http_requests_total[5m]))');
    await explore.getByLabel('PromQL query').press('Shift+Enter');
    await expect(explore.getByRole('img', { name: /series/ })).toBeVisible();
    expect(await contrastProblems(page, '.explore-view'), `${theme.value}: Explore graph`).toEqual([]);
    await explore.getByRole('tab', { name: 'Table' }).click();
    await expect(explore.getByText('checkout').first()).toBeVisible();
    expect(await contrastProblems(page, '.explore-view'), `${theme.value}: Explore table`).toEqual([]);
    await shoot(page, testInfo, `theme-${theme.value}-explore`);

    // Targets: every pool's health, and what service discovery found.
    await workspace.getByRole('tab', { name: 'Targets', exact: true }).click();
    await expect(workspace.getByText('UP').first()).toBeVisible();
    expect(await contrastProblems(page, '.targets-view'), `${theme.value}: Targets`).toEqual([]);
    await shoot(page, testInfo, `theme-${theme.value}-targets`);
    await workspace.getByRole('tab', { name: 'Service discovery' }).click();
    await expect(workspace.getByRole('navigation', { name: 'Scrape pools' })).toBeVisible();
    expect(await contrastProblems(page, '.targets-view'), `${theme.value}: Service discovery`).toEqual([]);

    // Discover with a document open beside its hits.
    await workspace.getByRole('tab', { name: 'Discover', exact: true }).click();
    const discover = workspace.getByRole('region', { name: 'Discover' });
    const rows = discover.getByRole('rowgroup', { name: 'Document rows' }).getByRole('row');
    await rows.first().getByRole('button', { name: 'Expand document' }).click();
    const flyout = page.getByRole('dialog', { name: 'Document' });
    await expect(flyout).toContainText('service.name');
    expect(await contrastProblems(page, '.discover'), `${theme.value}: Discover document`).toEqual([]);
    await shoot(page, testInfo, `theme-${theme.value}-discover-document`);
    await flyout.getByRole('button', { name: 'Close document' }).click();

    // The node dashboard, opened before the loop (the tab keeps it).
    await workspace.getByRole('tab', { name: 'Dashboards', exact: true }).click();
    await expect(workspace.getByRole('heading', { name: nodeDashboard.title })).toBeVisible();
    await expect(workspace.getByRole('img', { name: new RegExp(`^${nodeChart}: time series`) })).toBeVisible();
    expect(await contrastProblems(page, '.dashboard.workspace'), `${theme.value}: ${nodeDashboard.title} dashboard`).toEqual([]);
    await shoot(page, testInfo, `theme-${theme.value}-dashboard`);
  }
});
