import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { expect } from '@playwright/test';
import { parse } from 'yaml';
import { DrillPage } from './drill-page';

/** What the grading specs share: the scenario they play, and the steps of a learner handing in and a grader downloading. */
export const SCENARIO_ID = 'checkout-bad-deploy';
const scenarioFile = resolve(__dirname, '..', 'scenarios', SCENARIO_ID, 'scenario.yaml');
export const scenario = parse(readFileSync(scenarioFile, 'utf8')) as { title: string; rubric: { category: string }[] };
/** The class CSV's columns, worked out from the scenario file: the fixed ones, each rubric category once in order, flags. */
export const CSV_HEADER = ['attempt', 'learner', 'student_id', 'scenario', 'version', 'difficulty', 'date', 'duration_s', 'total', 'max', ...new Set(scenario.rubric.map((c) => c.category)), 'flags', 'participants'].join(',');

/** Creates a learner profile and plays as them. */
export async function playAs(page: Page, name: string, studentId: string): Promise<void> {
  await page.getByRole('button', { name: 'Learners…' }).click();
  const learners = page.getByRole('dialog', { name: 'Learners' });
  await learners.getByLabel('Name').fill(name);
  await learners.getByLabel('Student id (optional)').fill(studentId);
  await learners.getByRole('button', { name: 'Create learner' }).click();
  await learners.getByRole('button', { name: `Play as ${name}` }).click();
  await learners.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByLabel('Playing as')).toHaveValue(name);
}

/**
 * A short drill: start it, optionally run one command, end it, back to the picker. The chain covers only the
 * events (not the learner), so two learners who both start and end at the same sim second hand in bundles with
 * the same chain head, and the second would import as "already imported": the command makes the logs differ.
 */
export async function playShortDrill(page: Page, command?: string): Promise<void> {
  await page.getByRole('button', { name: `Start drill: ${scenario.title}` }).click();
  const drill = new DrillPage(page);
  if (command) {
    await drill.run(command);
    await expect(drill.terminalText()).toContainText('RESTARTS');
  }
  await drill.endButton.click();
  await expect(drill.score).toBeVisible();
  await drill.score.getByRole('button', { name: 'Back to scenarios' }).click();
}

/** Clicks a control that starts a download and saves the file under the test's output folder. */
export async function download(page: Page, testInfo: TestInfo, click: () => Promise<void>): Promise<{ name: string; path: string }> {
  const started = page.waitForEvent('download');
  await click();
  const file = await started;
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

