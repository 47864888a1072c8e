import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { DrillPage } from './drill-page';
import { expect, test } from './harness-fixture';

const folder = resolve(__dirname, '..', 'scenarios', 'checkout-bad-deploy');
const title = (parse(readFileSync(resolve(folder, 'scenario.yaml'), 'utf8')) as { title: string }).title;
/** The rules.yml alert that pages, and the heading of the runbook its runbook_url names. */
const ruleAlert = 'CheckoutHighErrorRate';
const runbookHeading = /^# (.+)$/m.exec(readFileSync(resolve(folder, 'runbooks', 'high-error-rate.md'), 'utf8'))![1]!;

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).exclude('.xterm-helper-textarea').analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`);
}

test('an on-call learner is paged, acknowledges, silences, reads the runbook and tests a rule', async ({ harness, page }, testInfo) => {
  test.setTimeout(180_000);
  await page.goto(harness.url);
  await page.getByRole('button', { name: `Start drill: ${title}` }).click();
  const drill = new DrillPage(page);

  await test.step('the rule fires and the pager rings', async () => {
    await drill.setSpeed('60×');
    await expect(drill.ruleAlert(ruleAlert)).toHaveAttribute('data-state', 'firing', { timeout: 30_000 });
    await expect(drill.pager.getByTestId('page').first()).toBeVisible({ timeout: 30_000 });
    await drill.setSpeed('Pause');
    await expect(drill.pager).toContainText(ruleAlert);
    expect(await seriousViolations(page)).toEqual([]);
    const shot = await page.screenshot({ path: resolve(__dirname, '..', 'reports', 'e2e', 'alerting-pager.png') });
    await testInfo.attach('pager overlay over the drill', { body: shot, contentType: 'image/png' });
  });

  await test.step('the pager can be minimised and brought back', async () => {
    await drill.pager.getByRole('button', { name: 'Minimise' }).click();
    await expect(drill.pager).toBeHidden();
    await page.getByRole('button', { name: /^Show pager/ }).click();
    await expect(drill.pager).toBeVisible();
  });

  await test.step('acknowledging the page clears the pager', async () => {
    await drill.pager.getByRole('button', { name: 'Acknowledge' }).first().click();
    await expect(drill.pager).toBeHidden();
    await expect(page.getByRole('button', { name: /^Show pager/ })).toHaveCount(0);
  });

  await test.step('silencing the alert suppresses it', async () => {
    await drill.ruleAlert(ruleAlert).getByRole('button', { name: 'Silence' }).click();
    const form = drill.ruleAlert(ruleAlert).getByRole('form', { name: 'New silence' });
    await expect(form.getByLabel('Matcher 1 label name')).toHaveValue('alertname');
    await expect(form.getByLabel('Duration')).toHaveValue('2h');
    await expect(form.getByRole('button', { name: 'Create silence' })).toBeDisabled();
    await form.getByLabel('Comment').fill('Rolling back checkout; page acknowledged.');
    await form.getByRole('button', { name: 'Create silence' }).click();
    await expect(form).toBeHidden();
    // The clock is paused: the silence mutes the alert at once, as Alertmanager's API shows it.
    await expect(drill.ruleAlert(ruleAlert)).toHaveAttribute('data-delivery', 'suppressed');
    await expect(drill.ruleAlert(ruleAlert)).toContainText('silenced by');
  });

  await test.step('the silence is active, then expired', async () => {
    await drill.openTab('Silences');
    await expect(drill.silences('active')).toHaveCount(1);
    await expect(drill.silences('active')).toContainText('Rolling back checkout');
    await expect(drill.silences('active')).toContainText(`alertname="${ruleAlert}"`);
    await drill.silences('active').getByRole('button', { name: 'Expire' }).click();
    await expect(drill.silences('active')).toHaveCount(0);
    await expect(drill.silences('expired')).toHaveCount(1);
  });

  await test.step('the receivers delivered notifications', async () => {
    await drill.openTab('Notifications');
    await expect(drill.notifications().first()).toBeVisible();
    await drill.tabPanel.getByLabel('Channel').selectOption('pager');
    await expect(drill.notifications().first()).toHaveAttribute('data-channel', 'pager');
    await expect(drill.notifications().first()).toContainText(ruleAlert);
    await drill.tabPanel.getByLabel('Channel').selectOption('webhook');
    await drill.notifications().first().getByText('Webhook payload').click();
    await expect(drill.notifications().first().locator('pre.payload')).toContainText('"version": "4"');
    expect(await seriousViolations(page)).toEqual([]);
  });

  await test.step('the alert opens its runbook', async () => {
    await drill.openTab('Alerts');
    await drill.ruleAlert(ruleAlert).getByRole('button', { name: 'Runbook' }).click();
    await expect(drill.runbook.getByRole('heading', { name: runbookHeading })).toBeVisible();
    await expect(drill.runbook.getByRole('listitem').first()).toBeVisible();
    const shot = await page.screenshot({ path: resolve(__dirname, '..', 'reports', 'e2e', 'alerting-runbook.png') });
    await testInfo.attach('runbook viewer', { body: shot, contentType: 'image/png' });
    await drill.runbook.getByRole('button', { name: 'Close runbook' }).click();
    await expect(drill.runbook).toBeHidden();
  });

  await test.step('the tabs answer the arrow keys', async () => {
    await drill.alerts.getByRole('tab', { name: 'Alerts' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(drill.alerts.getByRole('tab', { name: 'Rules' })).toHaveAttribute('aria-selected', 'true');
    await expect(drill.alerts.getByRole('tab', { name: 'Rules' })).toBeFocused();
    await page.keyboard.press('End');
    await expect(drill.alerts.getByRole('tab', { name: 'Rule editor' })).toHaveAttribute('aria-selected', 'true');
  });

  await test.step('the rule editor previews the last hour, adds the rule and scores it in the lab', async () => {
    await drill.alerts.getByRole('button', { name: 'Expand' }).click();
    await expect(drill.alerts.getByRole('button', { name: 'Expand' })).toHaveAttribute('aria-pressed', 'true');
    await drill.tabPanel.getByRole('button', { name: 'Preview last hour' }).click();
    const preview = drill.tabPanel.getByRole('region', { name: 'Preview' });
    await expect(preview.getByTestId('timeline-row').first()).toBeVisible();
    await expect(preview.locator('.span-firing').first()).toBeVisible();

    await drill.tabPanel.getByRole('button', { name: 'Add to drill' }).click();
    await expect(drill.tabPanel.getByRole('status', { name: 'Add to drill result' })).toContainText('Added group(s) my-alerts');

    await drill.tabPanel.getByRole('button', { name: 'Run lab' }).click();
    const lab = drill.tabPanel.getByRole('region', { name: 'Lab result' });
    await expect(lab.getByRole('heading', { name: /^Score \d+\/\d+$/ })).toBeVisible({ timeout: 60_000 });
    await expect(lab.getByTestId('lab-check')).toHaveCount(4);
    await expect(lab.getByRole('figure', { name: 'With the fault' })).toBeVisible();
    await expect(lab.getByRole('figure', { name: 'Fault-free baseline' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await lab.scrollIntoViewIfNeeded();
    const shot = await page.screenshot({ path: resolve(__dirname, '..', 'reports', 'e2e', 'alerting-lab.png') });
    await testInfo.attach('rule editor with the lab result', { body: shot, contentType: 'image/png' });

    await drill.openTab('Rules');
    await expect(drill.tabPanel.locator('[data-testid="rule"][data-source="learner"]')).toContainText('MyCheckoutErrors');
  });

  await test.step('a broken rule file is answered with its problems and their lines', async () => {
    await drill.openTab('Rule editor');
    await drill.tabPanel.getByLabel('Rule file (Prometheus or log rules YAML)').fill('groups:\n  - name: broken\n    rules:\n      - alert: Broken\n        expr: rate(http_requests_total[5m]\n');
    await drill.tabPanel.getByRole('button', { name: 'Preview last hour' }).click();
    await expect(drill.tabPanel.getByRole('region', { name: 'Preview' }).getByRole('list', { name: 'Problems' })).toContainText(/line \d+/);
  });
});

test('an unacknowledged page escalates to the secondary on-call', async ({ harness, page }) => {
  await page.goto(harness.url);
  await page.getByRole('button', { name: `Start drill: ${title}` }).click();
  const drill = new DrillPage(page);
  await drill.setSpeed('60×');
  await expect(drill.pager.getByTestId('page').first()).toHaveAttribute('data-state', 'triggered', { timeout: 30_000 });
  // Escalation is 5 simulated minutes after the page: about 5 s at 60×.
  await expect(drill.pager.getByTestId('page').first()).toHaveAttribute('data-state', 'escalated', { timeout: 30_000 });
  await drill.setSpeed('Pause');
  await expect(drill.pager.getByTestId('page').first()).toContainText(/Escalated at \d\d:\d\d:\d\d: paged Sam Rivera/);
  await drill.pager.getByRole('button', { name: 'Acknowledge' }).first().click();
  await expect(drill.pager).toBeHidden();
});
