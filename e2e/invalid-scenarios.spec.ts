import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from './harness-fixture';

const bundled = resolve(__dirname, '..', 'scenarios', 'checkout-bad-deploy');
const title = (parse(readFileSync(join(bundled, 'scenario.yaml'), 'utf8')) as { title: string }).title;

/** A scenarios folder holding the good bundled scenario beside a broken one. */
function mixedScenarios(): string {
  const root = mkdtempSync(join(tmpdir(), 'firedrill-e2e-scenarios-'));
  cpSync(bundled, join(root, 'checkout-bad-deploy'), { recursive: true });
  mkdirSync(join(root, 'broken-one'));
  const text = readFileSync(join(bundled, 'scenario.yaml'), 'utf8').replace('duration: 15m', 'duration: fifteen minutes');
  writeFileSync(join(root, 'broken-one', 'scenario.yaml'), text);
  return root;
}

test.use({ scenariosDir: mixedScenarios() });

test('an invalid scenario folder is reported with file, path and reason while the valid ones still start', async ({ harness, page }) => {
  await page.goto(harness.url);
  const problems = page.getByRole('region', { name: 'Scenario problems' });
  await expect(problems).toContainText('broken-one/scenario.yaml:duration: not a duration');
  await expect(page.getByRole('button', { name: `Start drill: ${title}` })).toBeVisible();
  await page.getByRole('button', { name: `Start drill: ${title}` }).click();
  await expect(page.getByRole('region', { name: 'Dashboard', exact: true })).toBeVisible();
});

/** Two folders to upload: a copy of the bundled scenario under a new name and title, and a broken copy. */
function uploadFolders(): { good: string; broken: string } {
  const root = mkdtempSync(join(tmpdir(), 'firedrill-e2e-upload-'));
  const good = join(root, 'my-checkout');
  const broken = join(root, 'broken-upload');
  cpSync(bundled, good, { recursive: true });
  cpSync(bundled, broken, { recursive: true });
  const text = readFileSync(join(bundled, 'scenario.yaml'), 'utf8');
  writeFileSync(join(good, 'scenario.yaml'), text.replace(`title: ${title}`, 'title: My checkout drill'));
  writeFileSync(join(broken, 'scenario.yaml'), text.replace('duration: 15m', 'duration: fifteen minutes'));
  return { good, broken };
}

test('a scenario folder imported from the picker is validated: problems listed in place, a good one listed and startable', async ({ harness, page }) => {
  const { good, broken } = uploadFolders();
  await page.goto(harness.url);
  const folder = page.getByLabel('Scenario folder', { exact: true });
  await folder.setInputFiles(broken);
  await expect(page.getByRole('region', { name: 'Import problems' })).toContainText('broken-upload/scenario.yaml:duration: not a duration');
  await expect(page.getByRole('button', { name: 'Start drill: My checkout drill' })).toHaveCount(0);

  await folder.setInputFiles(good);
  await expect(page.getByRole('status')).toContainText('Imported “My checkout drill” (my-checkout');
  await expect(page.getByRole('region', { name: 'Import problems' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Start drill: My checkout drill' }).click();
  await expect(page.getByRole('region', { name: 'Dashboard', exact: true })).toBeVisible();
});
