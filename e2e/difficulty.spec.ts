import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import { expect, test } from './harness-fixture';

const scenarioFile = resolve(__dirname, '..', 'scenarios', 'server-outage', 'scenario.yaml');
const scenario = parse(readFileSync(scenarioFile, 'utf8')) as {
  title: string;
  incident: { hints: string[] };
  difficulty: { levels: { id: string; label: string; hints?: number }[] };
};
const hard = scenario.difficulty.levels.find((l) => l.id === 'hard')!;

test('pick the hard level: the badge shows it and the hint budget runs out after its one hint', async ({ harness, page }) => {
  test.setTimeout(90_000);
  await page.goto(harness.url);
  const card = page.getByRole('listitem').filter({ hasText: scenario.title });
  const select = card.getByRole('combobox', { name: `Difficulty: ${scenario.title}` });
  await expect(select).toHaveValue('standard');
  await select.selectOption(hard.id);
  await expect(card).toContainText(`${hard.hints} of ${scenario.incident.hints.length} hints`);
  const axe = await new AxeBuilder({ page }).include('.scenario-list').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await card.getByRole('button', { name: `Start drill: ${scenario.title}` }).click();
  await expect(page.locator('.drill-header .difficulty-badge')).toHaveText(hard.label);
  await page.getByRole('button', { name: 'Hint', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`${hard.hints} hint left`);
  await dialog.getByRole('button', { name: 'Reveal next hint' }).click();
  await expect(dialog.getByRole('list', { name: 'Revealed hints' })).toContainText(scenario.incident.hints[0]!);
  await expect(dialog).toContainText('No hints left');
  await expect(dialog.getByRole('button', { name: 'Reveal next hint' })).toBeDisabled();
});
