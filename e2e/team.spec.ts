import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { parse } from 'yaml';
import { DrillPage } from './drill-page';
import { expect, test } from './harness-fixture';

const scenarioFile = resolve(__dirname, '..', 'scenarios', 'checkout-bad-deploy', 'scenario.yaml');
const scenario = parse(readFileSync(scenarioFile, 'utf8')) as { title: string };

/** The team the tests play: one name per role, in the order the form gives new rows their roles. */
const TEAM = [
  { name: 'Ana', role: 'ic', label: 'Ana — Incident commander' },
  { name: 'Ben', role: 'comms', label: 'Ben — Communications lead' },
  { name: 'Cy', role: 'ops', label: 'Cy — Operations lead' },
] as const;
/** What each of them does, so the breakdown can be checked against it. */
const DECLARED = 'Checkout payments failing';
const UPDATE_IMPACT = 'About a third of checkouts fail at payment';
const COMMAND = 'kubectl get pods -n shop';

/** A screenshot of the page, or of one element of it, into reports/e2e. */
async function shoot(target: Page | Locator, testInfo: TestInfo, name: string): Promise<void> {
  const body = await target.screenshot({ path: resolve(__dirname, '..', 'reports', 'e2e', `${name}.png`) });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

/** Serious or critical accessibility violations inside `selector`. */
async function axeProblems(page: Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(selector).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`);
}

/** Opens the scenario card's team form. */
async function openTeamForm(page: Page): Promise<Locator> {
  const card = page.getByRole('listitem').filter({ hasText: scenario.title });
  await card.getByRole('button', { name: `Team drill: ${scenario.title}` }).click();
  return card.getByRole('form', { name: `Team drill: ${scenario.title}` });
}

const nameField = (form: Locator, n: number) => form.getByRole('textbox', { name: `Participant ${n} Name` });

test('a team of three: each person acts in turn and the breakdown credits each with what they did', async ({ harness, page }, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(harness.url);
  const form = await openTeamForm(page);
  await form.getByRole('button', { name: 'Add participant' }).click();
  for (const [i, person] of TEAM.entries()) {
    await nameField(form, i + 1).fill(person.name);
    await expect(form.getByRole('combobox', { name: `Participant ${i + 1} Role` })).toHaveValue(person.role);
  }
  expect(await axeProblems(page, '.team-setup')).toEqual([]);
  await shoot(page, testInfo, 'team-setup');
  await form.getByRole('button', { name: 'Start team drill' }).click();

  // The header says who has the keyboard: the first participant, until someone switches.
  const acting = page.getByRole('combobox', { name: 'Acting as' });
  await expect(acting).toHaveValue('Ana');
  await expect(acting.getByRole('option')).toHaveText(TEAM.map((p) => p.label));
  const drill = new DrillPage(page);

  // Ana, the incident commander, declares the incident.
  await page.getByRole('button', { name: 'Declare incident' }).click();
  const declare = page.getByRole('dialog', { name: 'Declare incident' });
  await declare.getByLabel('Title').fill(DECLARED);
  await declare.getByLabel('Severity').selectOption('SEV2');
  await declare.getByLabel('Impact').fill('Checkouts failing');
  await declare.getByRole('button', { name: 'Declare', exact: true }).click();
  await expect(declare).toBeHidden();

  // Ben, the communications lead, takes over from the header and posts the initial report.
  await acting.selectOption('Ben');
  await expect(acting).toHaveValue('Ben');
  await page.getByRole('button', { name: 'Post update' }).click();
  const update = page.getByRole('dialog', { name: 'Post update' });
  await update.getByLabel('Kind').selectOption('initial');
  await update.getByLabel('Impact and scope').fill(UPDATE_IMPACT);
  await update.getByLabel('Actions in progress').fill('Investigating the checkout release');
  await update.getByLabel('Next update in').fill('5m');
  await update.getByRole('button', { name: 'Send update' }).click();
  await expect(update).toBeHidden();

  // Cy, the operations lead, takes over with Alt+3 from inside the terminal, which must not also take the key as
  // input: the command below reaches the breakdown exactly as typed.
  await drill.terminal.click();
  await page.keyboard.press('Alt+3');
  await expect(acting).toHaveValue('Cy');
  await drill.run(COMMAND);
  await expect(drill.terminalText()).toContainText('checkout');
  await drill.endButton.click();

  // The breakdown: one row per person, each with what they did and nobody else's actions.
  await expect(drill.score).toBeVisible();
  await expect(acting).toBeDisabled();
  await page.getByRole('button', { name: 'Postmortem and debrief' }).click();
  await page.getByRole('tab', { name: 'Score' }).click();
  const table = page.getByRole('table', { name: 'Team: who did what' });
  await expect(table).toBeVisible();
  const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  await expect(table.locator('tbody').getByRole('rowheader')).toHaveText(TEAM.map((p) => p.name));
  for (const person of TEAM) await row(person.name).getByText(/first actions?$/).click();

  const ana = row('Ana');
  await expect(ana).toContainText('Incident commander');
  await expect(ana.getByRole('list', { name: "Ana's actions by kind" })).toContainText('Incident 1');
  await expect(ana).toContainText(`incident.declare SEV2 ${DECLARED}`);

  const ben = row('Ben');
  await expect(ben).toContainText('Communications lead');
  await expect(ben.getByRole('list', { name: "Ben's actions by kind" })).toContainText('Communication 1');
  await expect(ben).toContainText('incident.update');
  await expect(ben).toContainText(UPDATE_IMPACT);

  const cy = row('Cy');
  await expect(cy).toContainText('Operations lead');
  await expect(cy.getByRole('list', { name: "Cy's actions by kind" })).toContainText('Commands 1');
  await expect(cy).toContainText(`terminal.exec ${COMMAND}`);

  // Nobody is credited with another's action, so no two rows read alike.
  await expect(ana).not.toContainText(COMMAND);
  await expect(ana).not.toContainText('incident.update');
  await expect(ben).not.toContainText('incident.declare');
  await expect(ben).not.toContainText(COMMAND);
  await expect(cy).not.toContainText('incident.declare');
  await expect(cy).not.toContainText('incident.update');
  const texts = await Promise.all(TEAM.map((p) => row(p.name).innerText()));
  expect(new Set(texts).size).toBe(TEAM.length);
  await shoot(table, testInfo, 'team-breakdown');
});

test('a name given twice is refused beside the second one, and nothing starts', async ({ harness, page }) => {
  test.setTimeout(90_000);
  await page.goto(harness.url);
  await expect(page.getByText('No attempts yet')).toBeVisible();
  const form = await openTeamForm(page);
  await nameField(form, 1).fill('Ana');
  await nameField(form, 2).fill('ana');
  await form.getByRole('button', { name: 'Start team drill' }).click();

  // The contract's own reason, beside the field its path names (names are unique ignoring case).
  await expect(form.getByRole('alert')).toHaveText('"ana" is already in the team');
  await expect(nameField(form, 2)).toHaveAttribute('aria-invalid', 'true');
  await expect(nameField(form, 2)).toBeFocused();
  await expect(nameField(form, 2)).toHaveAccessibleDescription('"ana" is already in the team');
  await expect(nameField(form, 1)).toHaveAttribute('aria-invalid', 'false');
  expect(await axeProblems(page, '.team-setup')).toEqual([]);

  // Still the picker, no banner, and no attempt was recorded (a reload lists none).
  await expect(page.getByRole('combobox', { name: 'Acting as' })).toHaveCount(0);
  await expect(page.locator('.error-banner')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: `Start drill: ${scenario.title}` })).toBeVisible();
  await expect(page.getByText('No attempts yet')).toBeVisible();
});
