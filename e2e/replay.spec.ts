import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import { DrillPage } from './drill-page';
import { expect, test } from './harness-fixture';

const scenarioFile = resolve(__dirname, '..', 'scenarios', 'checkout-bad-deploy', 'scenario.yaml');
const scenario = parse(readFileSync(scenarioFile, 'utf8')) as { title: string; alerts: { name: string }[] };
const alertName = scenario.alerts[0]!.name;

test('a learner replays a finished attempt and jumps to the moment the alert fired', async ({ harness, page }, testInfo) => {
  await page.goto(harness.url);
  await page.getByRole('button', { name: `Start drill: ${scenario.title}` }).click();
  const drill = new DrillPage(page);
  await drill.setSpeed('60×');
  await expect(drill.alert(alertName)).toHaveAttribute('data-state', 'firing', { timeout: 30_000 });
  // Answer the page (it rings a little after the alert fires), so the pager is not over the score's buttons.
  await expect(drill.pager.getByTestId('page').first()).toBeVisible({ timeout: 30_000 });
  await drill.setSpeed('Pause');
  await drill.pager.getByRole('button', { name: 'Acknowledge' }).first().click();
  await expect(drill.pager).toHaveCount(0);
  await drill.run('kubectl get pods -n shop');
  await expect(drill.terminalText()).toContainText('RESTARTS');
  await drill.endButton.click();
  await expect(drill.score).toBeVisible();
  await drill.score.getByRole('button', { name: 'Back to scenarios' }).click();

  // The picker lists the attempt just played, with its score and level.
  const attempts = page.getByRole('region', { name: 'Past attempts' });
  const row = attempts.locator('tr[data-attempt="1"]');
  await expect(row).toContainText(scenario.title);
  await expect(row).toContainText('Standard');
  await expect(row).toContainText(/\d+ \/ \d+/);
  await row.getByRole('button', { name: `Replay attempt 1: ${scenario.title}` }).click();

  const bar = page.getByRole('region', { name: 'Replay' });
  const time = bar.getByRole('status', { name: 'Replay time' });
  await expect(time).toContainText('T+0:00');
  // At the start nothing has fired and nothing was typed.
  await expect(drill.alert(alertName)).not.toHaveAttribute('data-state', 'firing');
  const transcript = page.getByRole('region', { name: 'Terminal transcript' });
  await expect(transcript).toContainText('No command had been typed by this moment.');

  // Jump to the first firing: the alert shows firing, and the clock reads the moment the mark names.
  const firing = bar.getByRole('list', { name: 'Events to jump to' }).getByRole('button', { name: `alert ${alertName} fired` }).first();
  const moment = (await firing.locator('time').textContent())!;
  await firing.click();
  await expect(time).toContainText(moment);
  await expect(page.getByLabel('Simulated time')).toContainText(moment);
  await expect(drill.alert(alertName)).toHaveAttribute('data-state', 'firing');
  await expect(firing).toHaveAttribute('aria-current', 'step');
  // The incident channel is as it was then: the alert's message has just arrived, nothing after it.
  const incident = page.getByRole('region', { name: 'Incident', exact: true });
  await expect(incident).toContainText(`FIRING: ${alertName}`);
  // Read-only: the alert cannot be acknowledged in a replay, and the header has no drill controls.
  await expect(drill.alert(alertName).getByRole('button', { name: 'Acknowledge' })).toBeDisabled();
  await expect(page.getByRole('group', { name: 'Clock speed' })).toHaveCount(0);
  const shot = await page.screenshot({ path: resolve(__dirname, '..', 'reports', 'e2e', 'replay-alert.png') });
  await testInfo.attach('replay at the alert firing', { body: shot, contentType: 'image/png' });

  // The scrubber is keyboard accessible: one second back the alert was still pending, one forward it fires again.
  const scrubber = bar.getByRole('slider', { name: 'Replay position' });
  await scrubber.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(drill.alert(alertName)).toHaveAttribute('data-state', 'pending');
  await page.keyboard.press('ArrowRight');
  await expect(drill.alert(alertName)).toHaveAttribute('data-state', 'firing');

  // The end of the attempt: the command the learner typed is in the transcript with its output.
  await scrubber.focus();
  await page.keyboard.press('End');
  await expect(transcript).toContainText('kubectl get pods -n shop');
  await expect(transcript).toContainText('RESTARTS');

  // Play from the start at 60×: the clock moves on by itself until paused.
  await scrubber.focus();
  await page.keyboard.press('Home');
  await expect(time).toContainText('T+0:00');
  await bar.getByRole('group', { name: 'Replay speed' }).getByRole('button', { name: '60×' }).click();
  await bar.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(time).not.toContainText('T+0:0', { timeout: 15_000 });
  await bar.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(bar.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

  const axe = await new AxeBuilder({ page }).include('.replay-bar').include('.transcript').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await bar.getByRole('button', { name: 'Close replay' }).click();
  await expect(attempts).toBeVisible();
});
