import { resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

// Looked up without require('electron'), which would try to download the binary.
const { findElectronBinary } = require('../scripts/electron-binary.cjs') as {
  findElectronBinary(): { path: string } | { missing: string };
};
const binary = findElectronBinary();

test('the desktop app opens the learner window with the bundled scenario, and the classroom windows from the menu and the page', async () => {
  test.skip('missing' in binary, `Electron binary not installed on this machine (${'missing' in binary ? binary.missing : ''}); run on an online machine after npm ci`);
  const app = await electron.launch({ args: [resolve(__dirname, '..')], executablePath: 'path' in binary ? binary.path : undefined });
  const window = await app.firstWindow();
  await expect(window).toHaveTitle('Firedrill');
  await expect(window.getByRole('button', { name: /^Start drill/ }).first()).toBeVisible();
  const isolated = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require === 'undefined');
  expect(isolated).toBe(true);

  // The Classroom menu opens the instructor console as its own window, served by the same back end.
  const consoleOpened = app.waitForEvent('window');
  await app.evaluate(({ Menu }) => {
    const classroom = Menu.getApplicationMenu()?.items.find((item) => item.label === 'Classroom');
    classroom?.submenu?.items.find((item) => item.label === 'Instructor console')?.click();
  });
  const instructor = await consoleOpened;
  await expect(instructor.getByRole('heading', { name: 'Instructor console', level: 1 })).toBeVisible();
  expect(new URL(instructor.url()).searchParams.get('view')).toBe('instructor');
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()).sort())).toEqual(['Firedrill', 'Firedrill — Instructor console']);

  // The page's Classroom link (window.open) becomes the shell's projector window; the page is not given a window of its own making.
  const projectorOpened = app.waitForEvent('window');
  await window.getByRole('navigation', { name: 'Classroom' }).getByRole('button', { name: 'Projector window' }).click();
  const projector = await projectorOpened;
  await expect(projector.getByText('Waiting for a drill to start…')).toBeVisible();
  const projectorIsolated = await projector.evaluate(() => typeof (globalThis as { require?: unknown }).require === 'undefined');
  expect(projectorIsolated).toBe(true);

  // Asking again focuses the open window rather than opening another.
  await window.getByRole('navigation', { name: 'Classroom' }).getByRole('button', { name: 'Instructor console' }).click();
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(3);

  // Every window talks to the one back end: the projector follows the drill the learner starts.
  await window.getByRole('button', { name: /^Start drill/ }).first().click();
  await expect(projector.getByRole('main', { name: 'Projector' })).toBeVisible();
  await app.close();
});
