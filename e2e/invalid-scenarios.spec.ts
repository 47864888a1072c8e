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
