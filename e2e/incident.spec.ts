import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { parse } from 'yaml';
import { DrillPage } from './drill-page';
import { expect, test } from './harness-fixture';

const scenarioFile = resolve(__dirname, '..', 'scenarios', 'checkout-bad-deploy', 'scenario.yaml');
const scenario = parse(readFileSync(scenarioFile, 'utf8')) as {
  title: string;
  alerts: { name: string }[];
  incident: { team: { id: string; name: string }[] };
};
const alertName = scenario.alerts[0]!.name;
const teammate = (id: string) => scenario.incident.team.find((t) => t.id === id)!.name;

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot({ path: resolve(__dirname, '..', 'reports', 'e2e', `${name}.png`) });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

/** Serious or critical accessibility violations inside `selector`. */
async function axeProblems(page: Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(selector).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`);
}

/** A message in a channel's log, by author and text. */
const message = (log: Locator, author: string, text: string | RegExp) => log.getByRole('article').filter({ hasText: author }).filter({ hasText: text });

test('alert → declare SEV2 → ops lead → initial report → teammate finding → rollback in the terminal → resolution message', async ({ harness, page }, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto(harness.url);
  await page.getByRole('button', { name: `Start drill: ${scenario.title}` }).click();
  const drill = new DrillPage(page);
  const incident = page.getByRole('region', { name: 'Incident', exact: true });
  const channel = incident.getByRole('log', { name: 'Incident channel messages' });
  const composer = incident.getByRole('textbox', { name: 'Message Incident channel' });

  // The alert fires and lands in the incident channel.
  await drill.setSpeed('60×');
  await expect(drill.alert(alertName)).toHaveAttribute('data-state', 'firing', { timeout: 30_000 });
  await drill.setSpeed('Pause');
  await expect(message(channel, alertName, `FIRING: ${alertName}`)).toBeVisible();

  // Declare SEV2 with PagerDuty's definitions in view.
  await page.getByRole('button', { name: 'Declare incident' }).click();
  const declare = page.getByRole('dialog', { name: 'Declare incident' });
  await declare.getByLabel('Title').fill('Checkout payments failing');
  await declare.getByLabel('Severity').selectOption('SEV2');
  await expect(declare).toContainText('stops many customers from using the product');
  await declare.getByLabel('Impact').fill('About a third of checkouts fail at payment');
  await declare.getByRole('checkbox', { name: 'checkout' }).check();
  await shoot(page, testInfo, 'incident-declare');
  expect(await axeProblems(page, 'dialog[open]')).toEqual([]);
  await declare.getByRole('button', { name: 'Declare', exact: true }).click();
  await expect(declare).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Incident severity' })).toHaveValue('SEV2');
  await expect(message(channel, 'Firedrill', 'SEV2 declared')).toBeVisible();

  // A command missing its arguments is explained in place, and the text stays.
  await composer.fill('/assign lee');
  await composer.press('Enter');
  await expect(incident.getByRole('alert')).toContainText(`Say what ${teammate('lee')} should do`);
  await expect(composer).toHaveValue('/assign lee');
  await composer.fill('');

  // Make Lee the operations lead with the Team form; doing it twice is refused in place.
  await incident.getByRole('tab', { name: 'Team' }).click();
  await incident.getByLabel('Teammate', { exact: true }).selectOption('lee');
  await incident.getByLabel('Role', { exact: true }).selectOption('ops');
  await incident.getByRole('button', { name: 'Assign' }).click();
  await expect(incident.getByRole('tabpanel')).toContainText(`${teammate('lee')}`);
  await incident.getByLabel('Role', { exact: true }).selectOption('ops');
  await incident.getByRole('button', { name: 'Assign' }).click();
  await expect(incident.getByRole('alert')).toContainText(`${teammate('lee')} is already the operations lead`);

  // The initial report, to both channels.
  await page.getByRole('button', { name: 'Post update' }).click();
  const update = page.getByRole('dialog', { name: 'Post update' });
  await update.getByLabel('Kind').selectOption('initial');
  await update.getByLabel('Impact and scope').fill('About a third of checkouts fail at payment since 10:02 UTC');
  await update.getByLabel('Actions in progress').fill('Investigating the checkout release that went out at 10:02');
  await update.getByLabel('Next update in').fill('5m');
  expect(await axeProblems(page, 'dialog[open]')).toEqual([]);
  await update.getByRole('button', { name: 'Send update' }).click();
  await expect(update).toBeHidden();
  await incident.getByRole('tab', { name: /^Stakeholders/ }).click();
  const stakeholders = incident.getByRole('log', { name: 'Stakeholders messages' });
  const report = message(stakeholders, 'you', 'Initial report');
  await expect(report).toContainText('About a third of checkouts fail at payment');
  await expect(report).toContainText('in 5m');

  // Delegate in plain words; the teammate acknowledges, works, and reports what the world shows.
  await incident.getByRole('tab', { name: 'Incident channel' }).click();
  await composer.fill('Priya, please check the database and report back in 5 minutes.');
  await composer.press('Enter');
  await expect(composer).toHaveValue('');
  await expect(message(channel, teammate('priya'), 'On it')).toBeVisible();
  // 10×, not 60×: on a loaded machine the pause can land seconds late, and at 60× that overshoots the drill's end.
  await drill.setSpeed('10×');
  // The finding names the queries it ran on the simulated world; orders-db is not the problem here.
  const finding = message(channel, teammate('priya'), 'pg_stat_activity_count');
  await expect(finding).toBeVisible({ timeout: 60_000 });
  await drill.setSpeed('Pause');
  await expect(finding).toContainText('orders-db looks healthy');
  await shoot(page, testInfo, 'incident-finding');

  // Mitigate in the terminal, mark the status, and wait for recovery.
  await drill.run('kubectl rollout undo deployment/checkout -n shop');
  await expect(drill.terminalText()).toContainText('deployment.apps/checkout rolled back');
  await page.getByRole('combobox', { name: 'Incident status' }).selectOption('monitoring');
  await expect(message(channel, 'Firedrill', /Monitoring/)).toBeVisible();
  await drill.setSpeed('10×');
  await expect(drill.alert(alertName)).toHaveAttribute('data-state', 'resolved', { timeout: 60_000 });
  await drill.setSpeed('Pause');

  // The resolution message: recovery confirmed, data loss stated, follow-ups.
  await page.getByRole('button', { name: 'Resolve with message' }).click();
  const resolution = page.getByRole('dialog', { name: 'Resolve with message' });
  await resolution.getByLabel('Impact and scope').fill('About a third of checkouts failed for roughly eight minutes');
  await resolution.getByRole('checkbox', { name: 'Recovery confirmed' }).check();
  await resolution.getByLabel('Data loss').fill('No orders or payments were lost');
  await resolution.getByLabel('Follow-ups').fill('Postmortem on Monday; add a canary for checkout releases');
  await resolution.getByRole('button', { name: 'Post resolution' }).click();
  await expect(resolution).toBeHidden();
  await expect(page.getByRole('button', { name: 'Incident resolved' })).toBeDisabled();
  await expect(message(channel, 'you', 'No orders or payments were lost')).toBeVisible();

  // The living document holds the rollback; mark it as the moment of mitigation.
  await incident.getByRole('tab', { name: 'Document' }).click();
  const panel = incident.getByRole('tabpanel');
  const rollback = panel.getByRole('listitem').filter({ hasText: 'kubectl rollout undo deployment/checkout -n shop' });
  await expect(rollback).toBeVisible();
  await rollback.getByRole('combobox', { name: /^Mark entry at / }).selectOption('mitigated');
  await expect(rollback).toHaveClass(/key-mitigated/);
  await shoot(page, testInfo, 'incident-resolved');
  for (const tab of ['Document', 'Team', 'Status page', 'Stakeholders', 'Incident channel']) {
    await incident.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    expect(await axeProblems(page, 'section.incident'), tab).toEqual([]);
  }
});
