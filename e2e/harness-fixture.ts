import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';

export type HarnessProcess = { url: string; process: ChildProcess };

/** Starts `firedrill serve` as a user would, on a random port with a fresh database, and reads its URL. */
export async function startServe(dbDir: string, scenariosDir: string | undefined): Promise<HarnessProcess> {
  const cli = resolve(__dirname, '..', 'bin', 'firedrill.mjs');
  const args = [cli, 'serve', '--port', '0', '--db', harnessDb(dbDir), ...(scenariosDir ? ['--scenarios', scenariosDir] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`firedrill serve printed no URL:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`firedrill serve exited with ${code}:\n${output}`)));
  });
  return { url, process: child };
}

/** The database file a harness started in `dbDir` uses. */
export function harnessDb(dbDir: string): string {
  return join(dbDir, 'e2e.db');
}

/** Stops a harness started with `startServe`, by its process. */
export async function stopServe(harness: HarnessProcess): Promise<void> {
  harness.process.kill('SIGTERM');
  await new Promise((r) => harness.process.once('exit', r));
}

/** A fresh harness per test, so every test starts from the scenario picker with an empty database. */
export const test = base.extend<{ harness: HarnessProcess; scenariosDir: string | undefined }>({
  /** Another folder of scenarios to serve instead of the bundled ones. */
  scenariosDir: [undefined, { option: true }],
  harness: async ({ scenariosDir }, use) => {
    const dbDir = mkdtempSync(join(tmpdir(), 'firedrill-e2e-'));
    const harness = await startServe(dbDir, scenariosDir);
    await use(harness);
    await stopServe(harness);
    rmSync(dbDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
