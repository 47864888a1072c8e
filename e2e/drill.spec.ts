import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import { DrillPage } from './drill-page';
import { expect, test } from './harness-fixture';

const scenarioFile = resolve(__dirname, '..', 'scenarios', 'checkout-bad-deploy', 'scenario.yaml');
const scenario = parse(readFileSync(scenarioFile, 'utf8')) as { title: string; rubric: { id: string; points: number }[]; alerts: { name: string }[] };
const alertName = scenario.alerts[0]!.name;
/** Full marks: the sum of the rubric's rewards (penalties add nothing to the maximum). */
const fullMarks = scenario.rubric.filter((c) => c.points > 0).reduce((sum, c) => sum + c.points, 0);
const pointsOf = (id: string) => scenario.rubric.find((c) => c.id === id)!.points;

test('a learner notices the alert, rolls back, acknowledges, resolves and sees the score', async ({ harness, page }, testInfo) => {
  await page.goto(harness.url);
  await page.getByRole('button', { name: `Start drill: ${scenario.title}` }).click();
  const drill = new DrillPage(page);
  await expect(drill.dashboard.getByText('Error ratio by service')).toBeVisible();

  await drill.setSpeed('60×');
  await expect(drill.alert(alertName)).toHaveAttribute('data-state', 'firing', { timeout: 30_000 });
  await drill.setSpeed('Pause');

  await drill.run('kubectl get pods -n shop');
  await expect(drill.terminalText()).toContainText('RESTARTS');
  await drill.run('kubectl rollout undo deployment/checkout -n shop');
  await expect(drill.terminalText()).toContainText('deployment.apps/checkout rolled back');

  await drill.alert(alertName).getByRole('button', { name: 'Acknowledge' }).click();
  await expect(drill.alert(alertName)).toContainText('Acknowledged');

  await drill.setSpeed('60×');
  await expect(drill.alert(alertName)).toHaveAttribute('data-state', 'resolved', { timeout: 30_000 });
  await drill.setSpeed('Pause');
  // The rules.yml alert on the 5-minute error ratio lags the threshold alert: not resolved yet (pending or
  // firing, depending on how far 60× ran before the pause).
  await expect(drill.ruleAlert(alertName)).toHaveAttribute('data-state', /^(pending|firing)$/);

  await drill.resolutionSummary.fill('Rolled back checkout to the previous release; errors back to baseline.');
  await drill.resolveButton.click();
  await expect(page.getByRole('button', { name: 'Incident resolved' })).toBeDisabled();

  await drill.endButton.click();
  await expect(drill.score).toBeVisible();
  await expect(drill.score.getByRole('heading')).toHaveText(new RegExp(`^Score: \\d+ / ${fullMarks}$`));
  // The terminal work earns its points with evidence; the incident communication this learner skipped earns none,
  // and the score says why.
  const row = (id: string) => drill.score.locator('tr', { has: page.getByRole('cell', { name: id, exact: true }) });
  for (const id of ['acknowledge-page', 'inspect-workload', 'roll-back', 'resolve-after-recovery']) {
    await expect(row(id)).toContainText(`${pointsOf(id)} / ${pointsOf(id)}`);
    await expect(row(id)).toContainText(/#\d+/);
  }
  await expect(row('initial-report')).toContainText(`0 / ${pointsOf('initial-report')}`);
  await expect(row('initial-report')).toContainText('no initial report was posted');
  await expect(drill.score.getByRole('table', { name: 'Score by category' })).toContainText('communicate');
  await expect(drill.dashboard).toBeVisible();
  await expect(drill.terminal).toBeVisible();

  const shot = await page.screenshot({ path: resolve(__dirname, '..', 'reports', 'e2e', 'drill-score.png') });
  await testInfo.attach('dashboard, terminal and score', { body: shot, contentType: 'image/png' });
});

test('a learner who resolves before recovering is penalised on the score screen', async ({ harness, page }) => {
  await page.goto(harness.url);
  await page.getByRole('button', { name: `Start drill: ${scenario.title}` }).click();
  const drill = new DrillPage(page);
  await drill.setSpeed('60×');
  await expect(drill.alert(alertName)).toHaveAttribute('data-state', 'firing', { timeout: 30_000 });
  await drill.resolveButton.click();
  await drill.endButton.click();
  const penalty = drill.score.locator('tr.penalty');
  await expect(penalty).toHaveCount(1);
  await expect(penalty).toContainText('resolved-too-early');
});

test('the page refuses to run without the token the harness printed', async ({ harness, page }) => {
  await page.goto(harness.url.replace(/\?token=.*/, ''));
  await expect(page.getByRole('heading', { name: 'Firedrill cannot reach its back end' })).toBeVisible();
  await page.goto(harness.url.replace(/token=[\w-]+/, 'token=wrong'));
  await expect(page.getByRole('button', { name: `Start drill: ${scenario.title}` })).toHaveCount(0);
  await expect(page.getByRole('alert')).toContainText(/could not connect|closed/);
});

test('the scenario picker and drill screen have no serious accessibility violations', async ({ harness, page }) => {
  await page.goto(harness.url);
  await expect(page.getByRole('button', { name: `Start drill: ${scenario.title}` })).toBeVisible();
  const picker = await new AxeBuilder({ page }).analyze();
  expect(picker.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.getByRole('button', { name: `Start drill: ${scenario.title}` }).click();
  await new DrillPage(page).setSpeed('Pause');
  const drill = await new AxeBuilder({ page }).exclude('.xterm-helper-textarea').analyze();
  expect(drill.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
});
