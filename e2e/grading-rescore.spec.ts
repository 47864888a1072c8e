import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import { expect, test } from './harness-fixture';

const root = resolve(__dirname, '..');
const SCENARIO = 'checkout-bad-deploy';
const bundled = join(root, 'scenarios', SCENARIO);
const title = (parse(readFileSync(join(bundled, 'scenario.yaml'), 'utf8')) as { title: string }).title;
const work = mkdtempSync(join(tmpdir(), 'firedrill-e2e-rescore-'));

/** The grader's app serves another scenario only: the bundle's scenario is not installed. */
function scenariosWithoutCheckout(): string {
  const dir = join(work, 'scenarios');
  cpSync(join(root, 'scenarios', 'sale-day-search'), join(dir, 'sale-day-search'), { recursive: true });
  return dir;
}

/** A student's bundle of the checkout scenario (the novice script), and the score its events earn, from the CLI. */
function studentBundle(): { path: string; total: number; max: number } {
  const cli = (...args: string[]) => execFileSync(process.execPath, [join(root, 'bin', 'firedrill.mjs'), ...args], { cwd: root, encoding: 'utf8' });
  const db = join(work, 'student.db');
  const played = JSON.parse(cli('drill', 'play', SCENARIO, '--actions', join(bundled, 'scripts', 'novice.json'), '--db', db)) as { total: number; max: number };
  const path = join(work, `ada.firedrill.json`);
  cli('attempt', 'export', '--db', db, '--attempt', '1', '--out', path);
  return { path, ...played };
}

test.use({ scenariosDir: scenariosWithoutCheckout() });

test('an attempt imported before its scenario is installed is re-scored from the grading screen once it is', async ({ harness, page }) => {
  test.setTimeout(120_000);
  const bundle = studentBundle();
  await page.goto(harness.url);
  await page.getByRole('button', { name: 'Grading…' }).click();
  const grading = page.locator('main.grading');
  await grading.getByLabel('Bundle files').setInputFiles(bundle.path);
  await expect(grading.getByRole('list', { name: 'Import results' }).getByRole('listitem')).toHaveText(
    `ada.firedrill.json: imported as attempt 1 (learner, ${SCENARIO}, not re-scored); flags: scenario version not installed: not re-scored`,
  );

  // Still missing: the button says why nothing was scored.
  const unscored = grading.getByRole('region', { name: 'Unscored attempts' });
  await expect(unscored).toContainText('1 imported attempt was not scored');
  await unscored.getByRole('button', { name: 'Re-score' }).click();
  const results = unscored.getByRole('list', { name: 'Re-score results' });
  await expect(results.getByRole('listitem')).toHaveText(new RegExp(`^attempt 1 \\(learner, ${SCENARIO}\\): still not scored: scenario ${SCENARIO} version \\w+ is not installed$`));

  // Install the scenario from the picker, as a folder, then re-score: the events earn what the CLI's play scored.
  await page.getByRole('button', { name: '← Scenarios' }).click();
  await page.getByLabel('Scenario folder', { exact: true }).setInputFiles(bundled);
  await expect(page.getByRole('status')).toContainText(`Imported “${title}” (${SCENARIO}`);
  await page.getByRole('button', { name: 'Grading…' }).click();
  await unscored.getByRole('button', { name: 'Re-score' }).click();
  await expect(results.getByRole('listitem')).toHaveText(`attempt 1 (learner, ${SCENARIO}): re-scored ${bundle.total}/${bundle.max}; ok`);
  await expect(unscored.getByRole('button', { name: 'Re-score' })).toHaveCount(0);
  await expect(grading.locator('tr[data-attempt="1"]')).toContainText(`${bundle.total} / ${bundle.max}`);

  const axe = await new AxeBuilder({ page }).include('main.grading').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});
