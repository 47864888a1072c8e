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
  incident: { script: { id: string; from: string; text: string }[] };
  faults: { id: string; title?: string; kind: string; target: string; trigger: Record<string, unknown> }[];
};
/** The message the instructor sends: the VP's status question (the script sends it only after 8 minutes without an update). */
const injected = scenario.incident.script.find((m) => m.id === 'vp-asks-for-status')!;
/** The library fault the instructor injects: a payments pod that crashes at once and again every 45s. */
const libraryFault = scenario.faults.find((f) => f.id === 'payments-pod-crashloop' && 'injected' in f.trigger)!;

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

test('instructor pauses, injects a stakeholder message and a library fault, and resumes; the learner sees the fault; the projector shows the timeline', async ({ harness, page, context }, testInfo) => {
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
  // The learner's page may show one last refresh from before the pause; after that the clock stands still.
  await expect.poll(async () => (await clockOver(learnerClock, page, 2500)).reduce((a, b) => (a === b ? 'same' : 'moved'))).toBe('same');

  // Inject the VP's question: it appears in the learner's stakeholder channel at once, clock still stopped.
  await controls.getByLabel('Message from the script').selectOption(injected.id);
  await controls.getByRole('button', { name: 'Send message' }).click();
  await expect(instructor.getByRole('list', { name: 'Interventions' })).toContainText(`sent message "${injected.id}"`);
  const incident = page.getByRole('region', { name: 'Incident', exact: true });
  await incident.getByRole('tab', { name: /^Stakeholders/ }).click();
  const stakeholders = incident.getByRole('log', { name: 'Stakeholders messages' });
  await expect(stakeholders.getByRole('article').filter({ hasText: injected.text.slice(0, 40) })).toBeVisible();

  // Inject a fault from the library, still paused: the console asks first, then the fault waits for the next tick.
  const library = instructor.getByRole('region', { name: 'Fault library' });
  const faultRow = library.getByTestId(`library-fault-${libraryFault.id}`);
  await expect(faultRow).toContainText(`${libraryFault.title} (${libraryFault.kind} on ${libraryFault.target}): waiting`);
  instructor.once('dialog', (dialog) => void dialog.accept());
  await library.getByRole('button', { name: `Inject now: ${libraryFault.title}` }).click();
  await expect(library.getByRole('status')).toContainText(`Injected "${libraryFault.title}"`);
  await expect(faultRow.getByTestId('library-fault-state')).toHaveText('injected, starts on the next tick');
  await expect(library.getByRole('button', { name: `Inject now: ${libraryFault.title}` })).toBeDisabled();
  await expect(instructor.getByRole('list', { name: 'Interventions' })).toContainText(`injected fault "${libraryFault.id}"`);
  const axe = await new AxeBuilder({ page: instructor }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await shoot(instructor, testInfo, 'instructor');

  // Resume: the clock moves again.
  // Resume goes back to the learner's speed before the pause.
  await controls.getByRole('button', { name: 'Resume ×10' }).click();
  await expect(instructor.getByTestId('instructor-speed')).toHaveText('×10');
  await expect.poll(async () => (await clockOver(learnerClock, page, 1500)).reduce((a, b) => (a === b ? 'same' : 'moved'))).toBe('moved');

  // The injected fault starts with the clock: active in the library and the hidden truth, and the learner's
  // terminal shows a payments pod that has restarted (its crash), which it had not before.
  await expect(faultRow.getByTestId('library-fault-state')).toHaveText('active');
  await expect(instructor.getByRole('region', { name: 'Hidden truth' }).locator('li', { hasText: libraryFault.id })).toContainText('active');
  const drill = new DrillPage(page);
  await drill.run('kubectl get pods -n shop');
  await expect(drill.terminalText()).toContainText(/payments-[a-z0-9]+-[a-z0-9]+\s+[01]\/1\s+[A-Za-z]+\s+[1-9]/);

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
