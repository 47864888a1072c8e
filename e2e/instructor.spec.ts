import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { parse } from 'yaml';
import { expect, test } from './harness-fixture';

const scenarioFile = resolve(__dirname, '..', 'scenarios', 'checkout-bad-deploy', 'scenario.yaml');
const scenario = parse(readFileSync(scenarioFile, 'utf8')) as { title: string; incident: { script: { id: string; from: string; text: string }[] } };
/** The message the instructor sends: the VP's status question (the script sends it only after 8 minutes without an update). */
const injected = scenario.incident.script.find((m) => m.id === 'vp-asks-for-status')!;

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot({ path: resolve(__dirname, '..', 'reports', 'e2e', `${name}.png`) });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

/** The learner's simulated clock, read twice `ms` apart. */
async function clockOver(clock: Locator, page: Page, ms: number): Promise<[string, string]> {
  const before = (await clock.textContent()) ?? '';
  await page.waitForTimeout(ms);
  return [before, (await clock.textContent()) ?? ''];
}

test('instructor pauses, injects a stakeholder message and resumes; the projector shows it on the timeline', async ({ harness, page, context }, testInfo) => {
  test.setTimeout(180_000);
  // The learner starts a drill and speeds it up.
  await page.goto(harness.url);
  await page.getByRole('button', { name: `Start drill: ${scenario.title}` }).click();
  await page.getByRole('group', { name: 'Clock speed' }).getByRole('button', { name: '10×' }).click();
  const learnerClock = page.getByLabel('Simulated time');
  await expect(learnerClock).toContainText('T+0:3');

  // A second page is the instructor's console: it is locked until a PIN is set.
  const instructor = await context.newPage();
  await instructor.goto(`${harness.url}&view=instructor`);
  await instructor.getByLabel(/Choose an instructor PIN/).fill('4711');
  await instructor.getByRole('button', { name: 'Set PIN' }).click();
  const controls = instructor.getByRole('region', { name: 'Controls' });
  await expect(controls).toBeVisible();
  await expect(instructor.getByRole('region', { name: 'Hidden truth' })).toContainText('bad-deploy');

  // Pause: the learner's clock stops.
  await controls.getByRole('button', { name: 'Pause' }).click();
  await expect(instructor.getByTestId('instructor-speed')).toHaveText('paused');
  const [pausedAt, later] = await clockOver(learnerClock, page, 2500);
  expect(later).toBe(pausedAt);

  // Inject the VP's question: it appears in the learner's stakeholder channel at once, clock still stopped.
  await controls.getByLabel('Message from the script').selectOption(injected.id);
  await controls.getByRole('button', { name: 'Send message' }).click();
  await expect(instructor.getByRole('list', { name: 'Interventions' })).toContainText(`sent message "${injected.id}"`);
  const incident = page.getByRole('region', { name: 'Incident', exact: true });
  await incident.getByRole('tab', { name: /^Stakeholders/ }).click();
  const stakeholders = incident.getByRole('log', { name: 'Stakeholders messages' });
  await expect(stakeholders.getByRole('article').filter({ hasText: injected.text.slice(0, 40) })).toBeVisible();
  await shoot(instructor, testInfo, 'instructor');

  // Resume: the clock moves again.
  // Resume goes back to the learner's speed before the pause.
  await controls.getByRole('button', { name: 'Resume ×10' }).click();
  await expect(instructor.getByTestId('instructor-speed')).toHaveText('×10');
  await expect.poll(async () => (await clockOver(learnerClock, page, 1500)).reduce((a, b) => (a === b ? 'same' : 'moved'))).toBe('moved');

  // A third page is the room's projector: the timeline carries the injected message; nothing private is on it.
  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto(`${harness.url}&view=projector`);
  const timeline = projector.getByRole('region', { name: 'Incident timeline' });
  await expect(timeline).toContainText(injected.text.slice(0, 40));
  await expect(projector.getByRole('region', { name: 'Alerts' })).toBeVisible();
  await expect(projector.getByTestId('terminal')).toHaveCount(0);
  const projectorClock = projector.getByTestId('projector-clock');
  const shown = await projectorClock.textContent();
  await expect(projectorClock).not.toHaveText(shown ?? '');
  await shoot(projector, testInfo, 'projector');
});
