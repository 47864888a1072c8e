import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { parse } from 'yaml';
import { DrillPage } from './drill-page';
import { expect, test } from './harness-fixture';

const scenarioFile = resolve(__dirname, '..', 'scenarios', 'checkout-bad-deploy', 'scenario.yaml');
const scenario = parse(readFileSync(scenarioFile, 'utf8')) as { title: string; alerts: { name: string }[] };

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot({ path: resolve(__dirname, '..', 'reports', 'e2e', `${name}.png`) });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

/** The hit count Discover shows ("1,234 hits"), as a number. */
async function hits(discover: Locator): Promise<number> {
  const text = (await discover.locator('.discover-hits').textContent()) ?? '';
  const match = /([\d,]+) hits?/.exec(text);
  if (!match) throw new Error(`no hit count in "${text}"`);
  return Number(match[1]!.replaceAll(',', ''));
}

test('Discover finds the error behind the incident: query, histogram zoom, field filter, document, surrounding documents, live tail', async ({ harness, page }, testInfo) => {
  await page.goto(harness.url);
  await page.getByRole('button', { name: `Start drill: ${scenario.title}` }).click();
  const drill = new DrillPage(page);
  await drill.setSpeed('60×');
  await expect(drill.alert(scenario.alerts[0]!.name)).toHaveAttribute('data-state', 'firing', { timeout: 30_000 });
  await drill.setSpeed('Pause');

  await drill.dashboard.getByRole('tab', { name: 'Discover' }).click();
  const discover = drill.dashboard.getByRole('region', { name: 'Discover' });
  const queryBar = discover.getByRole('combobox', { name: 'KQL query' });
  await expect(discover.locator('.discover-hits')).toHaveText(/hits?$/);

  // A syntax error is shown with Kibana's message and the text is kept.
  await queryBar.fill('log.level:(error');
  await queryBar.press('Enter');
  await expect(discover.getByRole('alert').first()).toContainText('but end of input found');
  await expect(queryBar).toHaveValue('log.level:(error');

  // The checkout errors of the last 15 minutes.
  await queryBar.fill('service.name:checkout and log.level:error');
  await queryBar.press('Escape');
  await queryBar.press('Enter');
  await expect(discover.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => hits(discover)).toBeGreaterThan(0);
  const errors = await hits(discover);
  const rows = discover.getByRole('rowgroup', { name: 'Document rows' }).getByRole('row');
  await expect(rows.first()).toContainText('error');
  await expect(discover.locator('mark').first()).toBeVisible();
  await shot(page, testInfo, 'discover-errors');

  // Live tail: the clock runs, new errors arrive at the top.
  await discover.getByRole('button', { name: 'Live tail' }).click();
  await expect(discover.getByRole('button', { name: 'Live tail' })).toHaveAttribute('aria-pressed', 'true');
  await drill.setSpeed('60×');
  await expect.poll(() => hits(discover), { timeout: 20_000 }).toBeGreaterThan(errors);
  await drill.setSpeed('Pause');
  await discover.getByRole('button', { name: 'Live tail' }).click();

  // The histogram: zoom into the busiest bar; the count falls to that bucket's.
  const bars = discover.getByRole('figure', { name: 'Hits over time' }).getByRole('button');
  const labels = await bars.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  const counts = labels.map((label) => Number(/: ([\d,]+) hits?$/.exec(label)?.[1]?.replaceAll(',', '') ?? '0'));
  const busiest = counts.indexOf(Math.max(...counts));
  expect(counts[busiest]).toBeGreaterThan(0);
  await bars.nth(busiest).click();
  await expect.poll(() => hits(discover)).toBe(counts[busiest]);

  // The field sidebar: the error types among the hits; filter for the most frequent one.
  const sidebar = discover.getByRole('navigation', { name: 'Fields' });
  await sidebar.getByRole('button', { name: 'error.type', exact: true }).click();
  const filterFor = sidebar.getByRole('button', { name: /^Filter for error\.type: / }).first();
  const errorType = ((await filterFor.getAttribute('aria-label')) ?? (await filterFor.textContent()) ?? '').replace(/^Filter for error\.type: /, '');
  await filterFor.click();
  await expect(queryBar).toHaveValue(/error\.type/);
  await expect.poll(() => hits(discover)).toBeGreaterThan(0);
  await shot(page, testInfo, 'discover-filtered');

  // The document: its fields as a table and as JSON.
  await rows.first().getByRole('button', { name: 'Expand document' }).click();
  const flyout = page.getByRole('dialog', { name: 'Document' });
  await expect(flyout).toContainText('error.type');
  await flyout.getByRole('tab', { name: 'JSON' }).click();
  await expect(flyout).toContainText('"error.type"');
  if (errorType) await expect(flyout).toContainText(errorType);
  await shot(page, testInfo, 'discover-document');

  // The events around it, whatever their query: five either side, then five more older ones.
  await flyout.getByRole('button', { name: 'View surrounding documents' }).click();
  const surrounding = discover.getByRole('region', { name: 'Surrounding documents' });
  const table = surrounding.getByRole('table', { name: 'Surrounding documents table' });
  await expect(table.locator('[aria-current="true"]')).toHaveCount(1);
  const before = await table.getByRole('row').count();
  await surrounding.getByRole('button', { name: 'Load 5 older documents' }).click();
  await expect.poll(() => table.getByRole('row').count()).toBe(before + 5);
  await shot(page, testInfo, 'discover-surrounding');
  const axe = await new AxeBuilder({ page }).include('[aria-label="Discover"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await surrounding.getByRole('button', { name: '← Back to results' }).click();
  await expect(queryBar).toBeVisible();
});
