import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import { DrillPage } from './drill-page';
import { expect, test } from './harness-fixture';

const scenarioId = 'checkout-bad-deploy';
const scenarioFile = resolve(__dirname, '..', 'scenarios', scenarioId, 'scenario.yaml');
const scenario = parse(readFileSync(scenarioFile, 'utf8')) as { title: string; rubric: { id: string; category: string }[]; alerts: { name: string }[] };
const alertName = scenario.alerts[0]!.name;
const postmortemCriteria = scenario.rubric.filter((c) => c.category === 'postmortem').map((c) => c.id);

const BLAMING = 'Lee forgot to check the error rate after the deploy.';
const ROOT_CAUSE = 'Release v2.4.0 of checkout sent a null order total to the payment call, and deploys have no canary or error-rate gate.';

test('after the drill: a blameless postmortem (blame flagged and fixed, saved, scored, exported), the debrief, and the replay at the alert', async ({ harness, page }, testInfo) => {
  test.setTimeout(120_000);
  await page.goto(harness.url);
  await page.getByRole('button', { name: `Start drill: ${scenario.title}` }).click();
  const drill = new DrillPage(page);
  // Let the incident happen, so the incident document (and the postmortem's timeline) has the alert in it.
  await drill.setSpeed('60×');
  await expect(drill.alert(alertName)).toHaveAttribute('data-state', 'firing', { timeout: 30_000 });
  await drill.setSpeed('Pause');
  await drill.endButton.click();
  await expect(drill.score).toBeVisible();

  await drill.score.getByRole('button', { name: 'Postmortem and debrief' }).click();
  await expect(page.getByRole('heading', { name: `Review: ${scenario.title}` })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Postmortem' })).toHaveAttribute('aria-selected', 'true');
  const editor = page.getByRole('region', { name: 'Postmortem', exact: true });
  const summary = editor.getByLabel('Summary', { exact: true });
  await expect(summary).toBeVisible();
  // The template's timeline is pre-filled from the incident document: at least the alert that started it all.
  await expect(editor.getByRole('textbox', { name: /What happened, timeline row 1/ })).not.toHaveValue('');

  // One blaming sentence: flagged beside the summary with a blameless rewording.
  await summary.fill(`Checkout payments failed for several minutes after the 10:02 release. ${BLAMING}`);
  const flags = editor.getByRole('list', { name: 'Blaming language' });
  await expect(flags).toContainText('Blaming language: ‘Lee forgot');
  await expect(flags).toContainText('try:');
  await expect(flags.locator('mark')).toHaveText(/Lee forgot/);
  await expect(summary).toHaveAttribute('aria-invalid', 'true');
  const blameShot = await page.screenshot({ path: resolve(__dirname, '..', 'reports', 'e2e', 'postmortem-blame.png') });
  await testInfo.attach('blame flagged inline', { body: blameShot, contentType: 'image/png' });

  // Applying the suggestion rewrites the sentence and the flag goes away on the next review.
  await flags.getByRole('button', { name: 'Apply suggestion' }).click();
  await expect(summary).not.toHaveValue(/Lee forgot/);
  await expect(summary).toHaveValue(/^Checkout payments failed for several minutes after the 10:02 release\. /);
  await expect(flags).toHaveCount(0);
  await expect(summary).not.toHaveAttribute('aria-invalid', 'true');

  await editor.getByLabel('Root cause', { exact: true }).fill(ROOT_CAUSE);

  // An action item is flagged on its row until it has an owner, a due date and a type.
  await editor.getByRole('button', { name: 'Add action item' }).click();
  const item = editor.getByTestId('action-item-1');
  await item.getByRole('textbox', { name: 'Action item 1', exact: true }).fill('Add a canary stage with an error-rate gate to checkout deploys');
  await expect(item).toContainText('Needs:');
  await item.getByRole('textbox', { name: 'Owner of action item 1' }).fill('checkout team lead');
  await item.getByLabel('Due date of action item 1').fill('2026-12-31');
  await item.getByRole('combobox', { name: 'Type of action item 1' }).selectOption('prevent');
  await expect(item).not.toContainText('Needs:');

  // Ctrl+S saves; the save state and the postmortem rows of the score show.
  await page.keyboard.press('Control+s');
  await expect(editor.getByRole('status').filter({ hasText: 'Saved at' })).toHaveText(/^Saved at \d\d:\d\d:\d\d UTC$/);
  const criteria = editor.getByRole('table', { name: 'Postmortem score' });
  expect(postmortemCriteria.length).toBeGreaterThan(0);
  for (const id of postmortemCriteria) await expect(criteria.getByRole('cell', { name: id, exact: true })).toBeVisible();

  // Export downloads the saved postmortem as Markdown.
  const [download] = await Promise.all([page.waitForEvent('download'), editor.getByRole('button', { name: 'Export as Markdown' }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^postmortem-${scenarioId}-\\d+\\.md$`));
  const markdown = readFileSync(await download.path(), 'utf8');
  expect(markdown).toContain(ROOT_CAUSE);
  expect(markdown).not.toContain('Lee forgot');

  const savedShot = await page.screenshot({ path: resolve(__dirname, '..', 'reports', 'e2e', 'postmortem-saved.png') });
  await testInfo.attach('postmortem saved and scored', { body: savedShot, contentType: 'image/png' });

  const axe = await new AxeBuilder({ page }).include('.review-screen').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);

  // The score tab shows the same postmortem criteria, and the way back to the drill works.
  await page.getByRole('tab', { name: 'Score' }).click();
  await expect(page.getByRole('region', { name: 'Score' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the drill' }).click();
  await expect(drill.score).toBeVisible();
  await expect(drill.dashboard).toBeVisible();

  // The debrief explains the score: the learner's path beside the expert's, with the alert on the learner's lane.
  await drill.score.getByRole('button', { name: 'Postmortem and debrief' }).click();
  await page.getByRole('tab', { name: 'Debrief' }).click();
  const debrief = page.getByRole('region', { name: `Debrief: ${scenario.title}` });
  await expect(debrief).toBeVisible({ timeout: 30_000 });
  await expect(debrief.getByRole('group', { name: 'You: path' }).getByRole('button', { name: new RegExp(`alert ${alertName} fired`) }).first()).toBeVisible();
  await expect(debrief.getByRole('group', { name: 'Ideal: path' }).getByRole('button').first()).toBeVisible();

  // Then the replay of this very attempt, scrubbed to the moment the alert fired.
  await page.getByRole('button', { name: 'New drill' }).click();
  const attempts = page.getByRole('region', { name: 'Past attempts' });
  await attempts.getByRole('button', { name: `Replay attempt 1: ${scenario.title}` }).click();
  const bar = page.getByRole('region', { name: 'Replay' });
  const firing = bar.getByRole('list', { name: 'Events to jump to' }).getByRole('button', { name: `alert ${alertName} fired` }).first();
  const moment = (await firing.locator('time').textContent())!;
  await firing.click();
  await expect(bar.getByRole('status', { name: 'Replay time' })).toContainText(moment);
  await expect(drill.alert(alertName)).toHaveAttribute('data-state', 'firing');
  const replayShot = await page.screenshot({ path: resolve(__dirname, '..', 'reports', 'e2e', 'postmortem-replay-alert.png') });
  await testInfo.attach('the same attempt replayed at the alert', { body: replayShot, contentType: 'image/png' });
});

test('a very long postmortem field is accepted, shown and saved', async ({ harness, page }) => {
  await page.goto(harness.url);
  await page.getByRole('button', { name: `Start drill: ${scenario.title}` }).click();
  const drill = new DrillPage(page);
  await drill.setSpeed('Pause');
  await drill.endButton.click();
  await drill.score.getByRole('button', { name: 'Postmortem and debrief' }).click();
  const editor = page.getByRole('region', { name: 'Postmortem', exact: true });
  const sentence = 'The checkout pods answered with 500s while the order total was null. ';
  const long = sentence.repeat(Math.ceil(50_000 / sentence.length));
  const wentBadly = editor.getByLabel('What went badly', { exact: true });
  await wentBadly.fill(long);
  await editor.getByRole('button', { name: 'Save postmortem' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Saved at' })).toBeVisible();
  await expect(wentBadly).toHaveValue(long);
  // The box scrolls instead of growing without end.
  const box = await wentBadly.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
  expect(box.scroll).toBeGreaterThan(box.client);
});
