import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { CSV_HEADER, SCENARIO_ID, download, playAs, playShortDrill, scenario } from './grading-steps';
import { expect, test } from './harness-fixture';

/*
 * The harness has one database, so the grader imports into the database the attempts were played in. Importing
 * is keyed on the bundle's chain head, and an attempt played here was never imported, so the two bundles are filed
 * as new attempts 3 and 4 (copies of 1 and 2, under the same learners, re-scored from their events); picking one
 * again is then the idempotent re-import: "already imported as attempt 3".
 */
test('a grader imports two exported bundles with progress, filters the class table and downloads the class CSV', async ({ harness, page }, testInfo) => {
  await page.goto(harness.url);
  await playAs(page, 'Ada', 's-101');
  await playShortDrill(page);
  await playAs(page, 'Bob', 's-102');
  await playShortDrill(page, 'kubectl get pods -n shop');

  // Export both ended attempts from the history.
  const history = page.getByRole('region', { name: 'Past attempts' });
  const ada = await download(page, testInfo, () => history.getByRole('button', { name: `Export bundle of attempt 1: ${scenario.title}` }).click());
  const bob = await download(page, testInfo, () => history.getByRole('button', { name: `Export bundle of attempt 2: ${scenario.title}` }).click());
  expect([ada.name, bob.name]).toEqual([`ada_${SCENARIO_ID}_attempt-1.firedrill.json`, `bob_${SCENARIO_ID}_attempt-2.firedrill.json`]);
  expect(JSON.parse(readFileSync(ada.path, 'utf8'))).toMatchObject({ format: 'firedrill-attempt-bundle', learner: { name: 'Ada', studentId: 's-101' } });

  // Import both: the progress reaches 2 of 2 and each file says what became of it.
  await page.getByRole('button', { name: 'Grading…' }).click();
  const screen = page.locator('main.grading');
  await expect(screen.getByRole('heading', { name: 'Grading', level: 1 })).toBeVisible();
  const picker = screen.getByLabel('Bundle files');
  await picker.setInputFiles([ada.path, bob.path]);
  await expect(screen.getByRole('status')).toHaveText('2 of 2 imported');
  await expect(screen.getByLabel('Import progress')).toHaveAttribute('value', '2');
  const results = screen.getByRole('list', { name: 'Import results' });
  await expect(results.getByRole('listitem')).toHaveText([
    new RegExp(`^${ada.name}: imported as attempt 3 \\(Ada, ${SCENARIO_ID}, \\d+/\\d+\\); ok$`),
    new RegExp(`^${bob.name}: imported as attempt 4 \\(Bob, ${SCENARIO_ID}, \\d+/\\d+\\); ok$`),
  ]);

  // The class table: both played attempts and both imported copies, oldest first.
  const table = screen.locator('table.graded-table');
  await expect(table.locator('tbody tr')).toHaveCount(4);
  await expect(table.locator('tr[data-attempt="4"]')).toContainText('s-102');

  // Re-importing a bundle changes nothing.
  await picker.setInputFiles([ada.path]);
  await expect(screen.getByRole('status')).toHaveText('1 of 1 imported');
  await expect(results.getByRole('listitem')).toHaveText([`${ada.name}: already imported as attempt 3`]);
  await expect(table.locator('tbody tr')).toHaveCount(4);

  // Filters: a day range with nothing in it, then one learner.
  const filters = screen.getByRole('group', { name: 'Filter graded attempts' });
  await filters.getByLabel('From').fill('2999-01-01');
  await expect(screen).toContainText('No graded attempt matches these filters.');
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await filters.getByLabel('Learner').selectOption('Bob');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table.locator('tbody tr')).toHaveText([/Bob/, /Bob/]);

  // The class CSV of the filtered rows: the header from the rubric, and Bob's two attempts.
  const csv = await download(page, testInfo, () => screen.getByRole('button', { name: 'Download CSV' }).click());
  expect(csv.name).toBe('firedrill-class_Bob.csv');
  const lines = readFileSync(csv.path, 'utf8').split('\r\n').filter((line) => line !== '');
  expect(lines[0]).toBe(CSV_HEADER);
  expect(lines.slice(1).map((line) => line.split(',').slice(0, 4).join(','))).toEqual([`2,Bob,s-102,${SCENARIO_ID}`, `4,Bob,s-102,${SCENARIO_ID}`]);
  // The imported copy re-scores to what the played attempt scored.
  const [played, imported] = lines.slice(1).map((line) => line.split(',').slice(8, 10).join('/'));
  expect(imported).toBe(played);

  // A row's report downloads as the printable HTML page.
  const report = await download(page, testInfo, () => table.getByRole('button', { name: 'Download the HTML report of attempt 4: Bob' }).click());
  expect(report.name).toBe(`firedrill-attempt-4-Bob-${SCENARIO_ID}.html`);
  expect(readFileSync(report.path, 'utf8')).toContain('Bob');
  // And as the PDF the grader hands over, printed by the back end (here by the machine's Chromium).
  const pdf = await download(page, testInfo, () => table.getByRole('button', { name: 'Download the PDF report of attempt 4: Bob' }).click());
  expect(pdf.name).toBe(`firedrill-attempt-4-Bob-${SCENARIO_ID}.pdf`);
  expect(readFileSync(pdf.path).subarray(0, 5).toString()).toBe('%PDF-');
  const pdfText = spawnSync('pdftotext', [pdf.path, '-'], { encoding: 'utf8' });
  // pdftotext comes with poppler-utils (.ci/run installs it); without it the bytes' header is what is checked.
  if (pdfText.error === undefined) expect(pdfText.stdout).toContain('Learner: Bob');

  const axe = await new AxeBuilder({ page }).include('main.grading').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  const shot = await page.screenshot({ path: resolve(__dirname, '..', 'reports', 'e2e', 'grading.png'), fullPage: true });
  await testInfo.attach('the grading screen, filtered to one learner', { body: shot, contentType: 'image/png' });
});
