import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import { DrillPage } from './drill-page';
import { expect, test } from './harness-fixture';

const scenarioId = 'checkout-bad-deploy';
const scenario = parse(readFileSync(resolve(__dirname, '..', 'scenarios', scenarioId, 'scenario.yaml'), 'utf8')) as { title: string };
const alertName = 'CheckoutHighErrorRate';
const ROLLBACK = 'kubectl rollout undo deployment/checkout -n shop';

test('the debrief puts the learner’s path beside the ideal one and links the score’s evidence into the chart', async ({ harness, page }, testInfo) => {
  await page.goto(harness.url);
  await page.getByRole('button', { name: `Start drill: ${scenario.title}` }).click();
  const drill = new DrillPage(page);
  // The pager rings during the run and can cover the controls this test uses: put it away whenever it shows.
  await page.addLocatorHandler(drill.pager.getByRole('button', { name: 'Minimise' }), (minimise) => minimise.click());
  await drill.setSpeed('60×');
  await expect(drill.alert(alertName)).toHaveAttribute('data-state', 'firing', { timeout: 30_000 });
  await drill.setSpeed('Pause');
  await drill.run(ROLLBACK);
  await expect(drill.terminalText()).toContainText('deployment.apps/checkout rolled back');
  // 10× to the recovery, so a busy machine cannot overshoot the drill's end before the pause lands.
  await drill.setSpeed('10×');
  await expect(drill.alert(alertName)).toHaveAttribute('data-state', 'resolved', { timeout: 60_000 });
  await drill.setSpeed('Pause');
  await drill.endButton.click();
  await expect(drill.score).toBeVisible();

  await drill.score.getByRole('button', { name: 'Postmortem and debrief' }).click();
  // The debrief in a projector-sized window.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('tab', { name: 'Debrief' }).click();
  const debrief = page.getByRole('region', { name: `Debrief: ${scenario.title}` });
  await expect(debrief).toBeVisible({ timeout: 30_000 });

  // Both paths as swim lanes: the learner's rollback on theirs, the expert's recovery on the ideal one.
  const you = debrief.getByRole('group', { name: 'You: path' });
  const ideal = debrief.getByRole('group', { name: 'Ideal: path' });
  await expect(you.getByRole('button', { name: new RegExp(`^You, .*Actions: ${ROLLBACK}$`) })).toHaveCount(1);
  await expect(you.getByRole('button', { name: /Alerts: alert CheckoutHighErrorRate fired/ }).first()).toBeVisible();
  await expect(ideal.getByRole('button', { name: /^Ideal, .*Recovery: fault bad-deploy cleared$/ })).toHaveCount(1);
  await expect(debrief.locator('.debrief-plot svg.recharts-surface').first()).toBeVisible();
  await expect(debrief.getByText(/^You: peak \d+(\.\d)?%/)).toBeVisible();

  // Hovering a marker shows its label and time.
  await ideal.getByRole('button', { name: /Recovery: fault bad-deploy cleared/ }).hover();
  await expect(ideal.getByRole('tooltip')).toContainText('fault bad-deploy cleared');

  // The roll-back criterion's evidence highlights the learner's rollback on the chart and moves focus to it.
  const evidence = debrief.getByRole('group', { name: 'Evidence for roll-back' }).getByRole('button');
  await evidence.first().scrollIntoViewIfNeeded();
  await evidence.first().click();
  const marker = you.locator('.moment.is-highlighted');
  await expect(marker).toHaveCount(1);
  await expect(marker).toBeFocused();
  await expect(marker).toHaveAttribute('aria-label', new RegExp(`Actions: ${ROLLBACK}$`));
  await expect(ideal.getByRole('tooltip')).toHaveCount(0);
  await expect(you.getByRole('tooltip')).toContainText(ROLLBACK);

  await expect(debrief.getByRole('heading', { name: 'What the fault was' })).toBeVisible();
  await expect(debrief).toContainText('v2.4.0');
  await expect(debrief.getByRole('heading', { name: 'What to practise next' })).toBeVisible();

  const shot = await page.screenshot({ path: resolve(__dirname, '..', 'reports', 'e2e', 'debrief.png') });
  await testInfo.attach('debrief with the rollback highlighted', { body: shot, contentType: 'image/png' });

  await debrief.getByRole('heading', { name: 'What to practise next' }).scrollIntoViewIfNeeded();
  const storyShot = await page.screenshot({ path: resolve(__dirname, '..', 'reports', 'e2e', 'debrief-breakdown.png') });
  await testInfo.attach('score breakdown, fault story and what to practise', { body: storyShot, contentType: 'image/png' });

  const axe = await new AxeBuilder({ page }).include('.debrief').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
});
