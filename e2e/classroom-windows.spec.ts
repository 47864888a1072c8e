import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './harness-fixture';

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot({ path: resolve(__dirname, '..', 'reports', 'e2e', `${name}.png`) });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

/*
 * The learner's app opens the instructor console and the projector with window.open: in the desktop app the shell
 * turns that into its own windows (electron.spec.ts), in the browser harness each is a second page of the context.
 */
test('the Classroom links open the instructor console and the projector as their own pages', async ({ harness, page, context }, testInfo) => {
  await page.goto(harness.url);
  const classroom = page.getByRole('navigation', { name: 'Classroom' });
  await expect(classroom).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await shoot(page, testInfo, 'classroom-links');

  // Keyboard only: focus the link and press Enter.
  const instructorOpened = context.waitForEvent('page');
  await classroom.getByRole('button', { name: 'Instructor console' }).focus();
  await page.keyboard.press('Enter');
  const instructor = await instructorOpened;
  const instructorUrl = new URL(instructor.url());
  expect(instructorUrl.searchParams.get('view')).toBe('instructor');
  expect(instructorUrl.searchParams.get('token')).toBe(new URL(harness.url).searchParams.get('token'));
  await expect(instructor.getByRole('heading', { name: 'Instructor console', level: 1 })).toBeVisible();
  await expect(instructor.getByLabel(/Choose an instructor PIN/)).toBeVisible();

  const projectorOpened = context.waitForEvent('page');
  await classroom.getByRole('button', { name: 'Projector window' }).click();
  const projector = await projectorOpened;
  expect(new URL(projector.url()).searchParams.get('view')).toBe('projector');
  await expect(projector.getByText('Waiting for a drill to start…')).toBeVisible();

  // Asking again reuses the named window instead of opening a third page.
  await classroom.getByRole('button', { name: 'Instructor console' }).click();
  await expect(instructor.getByRole('heading', { name: 'Instructor console', level: 1 })).toBeVisible();
  expect(context.pages()).toHaveLength(3);

  // The projector follows the learner's drill: it is the same back end, not a copy.
  const startButton = page.getByRole('button', { name: /^Start drill: / }).first();
  const title = ((await startButton.getAttribute('aria-label')) ?? (await startButton.textContent()) ?? '').replace(/^Start drill: /, '');
  await startButton.click();
  await expect(projector.getByRole('main', { name: 'Projector' }).getByRole('heading', { level: 1 })).toContainText(title);
  await shoot(projector, testInfo, 'classroom-projector-window');

  // Mid-drill the drill's header has the same links; they reuse the open pages.
  const headerLinks = page.locator('header.drill-header').getByRole('navigation', { name: 'Classroom' });
  await headerLinks.getByRole('button', { name: 'Projector window' }).click();
  await expect(projector.getByRole('main', { name: 'Projector' })).toBeVisible();
  expect(context.pages()).toHaveLength(3);
});
