import { resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

// Looked up without require('electron'), which would try to download the binary.
const { findElectronBinary } = require('../scripts/electron-binary.cjs') as {
  findElectronBinary(): { path: string } | { missing: string };
};
const binary = findElectronBinary();

test('the desktop app opens the learner window with the bundled scenario', async () => {
  test.skip('missing' in binary, `Electron binary not installed on this machine (${'missing' in binary ? binary.missing : ''}); run on an online machine after npm ci`);
  const app = await electron.launch({ args: [resolve(__dirname, '..')], executablePath: 'path' in binary ? binary.path : undefined });
  const window = await app.firstWindow();
  await expect(window).toHaveTitle('Firedrill');
  await expect(window.getByRole('button', { name: /^Start drill/ })).toBeVisible();
  const isolated = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require === 'undefined');
  expect(isolated).toBe(true);
  await app.close();
});
