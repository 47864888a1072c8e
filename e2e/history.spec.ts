import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { DrillPage } from './drill-page';
import { expect, test } from './harness-fixture';

const scenarioFile = resolve(__dirname, '..', 'scenarios', 'checkout-bad-deploy', 'scenario.yaml');
const scenario = parse(readFileSync(scenarioFile, 'utf8')) as { title: string };
const LEARNER = 'Ada Lovelace';

/** Serious or critical accessibility problems inside one dialog (by its CSS class). */
async function axeProblems(page: Page, dialogClass: string) {
  const result = await new AxeBuilder({ page }).include(`dialog.${dialogClass}`).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

/** A CSS variable as the root element resolves it (an expression string: e2e code is type-checked without the DOM library). */
const rootVariable = (page: Page, name: string) => page.evaluate<string>(`getComputedStyle(document.documentElement).getPropertyValue(${JSON.stringify(name)}).trim()`);

test('a learner profile plays a drill, finds it in history, switches to the projector theme and is deleted with their data', async ({ harness, page }, testInfo) => {
  await page.goto(harness.url);

  // Create the learner and play as them.
  await page.getByRole('button', { name: 'Learners…' }).click();
  const learners = page.getByRole('dialog', { name: 'Learners' });
  await learners.getByLabel('Name').fill(LEARNER);
  await learners.getByLabel('Student id (optional)').fill('s-101');
  await learners.getByRole('button', { name: 'Create learner' }).click();
  await expect(learners.getByRole('row', { name: new RegExp(LEARNER) })).toContainText('s-101');
  // A second learner of the same name is refused, saying why.
  await learners.getByLabel('Name').fill(LEARNER.toLowerCase());
  await learners.getByRole('button', { name: 'Create learner' }).click();
  await expect(learners.getByRole('alert')).toContainText(`a learner named "${LEARNER}" already exists`);
  await learners.getByRole('button', { name: `Play as ${LEARNER}` }).click();
  await expect(learners.getByRole('row', { name: new RegExp(LEARNER) })).toContainText('playing');
  expect(await axeProblems(page, 'learners-dialog')).toEqual([]);
  await learners.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByLabel('Playing as')).toHaveValue(LEARNER);

  // A short drill: start it and end it at once.
  await page.getByRole('button', { name: `Start drill: ${scenario.title}` }).click();
  const drill = new DrillPage(page);
  await drill.endButton.click();
  await expect(drill.score).toBeVisible();
  await drill.score.getByRole('button', { name: 'Back to scenarios' }).click();

  // History lists it under the learner; the filters narrow it.
  const history = page.getByRole('region', { name: 'Past attempts' });
  const row = history.locator('tr[data-attempt="1"]');
  await expect(row).toContainText(LEARNER);
  await expect(row.getByRole('button', { name: `Debrief of attempt 1: ${scenario.title}` })).toBeVisible();
  const filters = history.getByRole('group', { name: 'Filter attempts' });
  await filters.getByLabel('Learner').selectOption(LEARNER);
  await expect(history.locator('tr[data-attempt]')).toHaveCount(1);
  await filters.getByLabel('From').fill('2999-01-01');
  await expect(history).toContainText('No attempt matches these filters.');
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(history.locator('tr[data-attempt]')).toHaveCount(1);

  // The projector theme applies at once: the root's background variable changes.
  const darkBg = await rootVariable(page, '--bg');
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Projector (high contrast, large type)').check();
  await expect.poll(() => rootVariable(page, '--bg')).not.toBe(darkBg);
  // The variable's text is whatever the minifier wrote; the colour it resolves to is what the room sees.
  await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  expect(await axeProblems(page, 'settings-dialog')).toEqual([]);
  await settings.getByRole('button', { name: 'Close' }).click();
  const shot = await page.screenshot({ path: resolve(__dirname, '..', 'reports', 'e2e', 'history-projector.png'), fullPage: true });
  await testInfo.attach('the picker and history in the projector theme', { body: shot, contentType: 'image/png' });

  // Deleting the learner needs their name typed; their attempts go with them.
  await page.getByRole('button', { name: 'Learners…' }).click();
  await learners.getByRole('button', { name: `Delete ${LEARNER}…` }).click();
  const confirm = learners.getByRole('form', { name: `Delete ${LEARNER}` });
  const deleteButton = confirm.getByRole('button', { name: `Delete ${LEARNER}` });
  await expect(deleteButton).toBeDisabled();
  await confirm.getByLabel(/to confirm/).fill(LEARNER);
  expect(await axeProblems(page, 'learners-dialog')).toEqual([]);
  await deleteButton.click();
  await expect(learners).toContainText('No learner profiles yet');
  await learners.getByRole('button', { name: 'Close' }).click();
  await expect(history).toContainText('No attempts yet');
});
