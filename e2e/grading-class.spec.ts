import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page, TestInfo } from '@playwright/test';
import { CSV_HEADER, SCENARIO_ID, download, playAs, playShortDrill, scenario } from './grading-steps';
import type { HarnessProcess } from './harness-fixture';
import { expect, harnessDb, startServe, stopServe, test } from './harness-fixture';

const CLI = resolve(__dirname, '..', 'bin', 'firedrill.mjs');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

type Bundle = { learner: { name: string }; claimedScore: { total: number; max: number } };

/** One machine of the class: its own `firedrill serve` and database, stopped and removed by `close`. */
async function machine(): Promise<{ harness: HarnessProcess; db: string; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'firedrill-class-'));
  const harness = await startServe(dir, undefined);
  return {
    harness,
    db: harnessDb(dir),
    close: async () => {
      await stopServe(harness);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A student on their own laptop: a profile, one short drill, and the bundle exported from the history. */
async function handIn(browser: Browser, testInfo: TestInfo, student: { name: string; id: string; command?: string }): Promise<{ name: string; path: string }> {
  const laptop = await machine();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(laptop.harness.url);
    await playAs(page, student.name, student.id);
    await playShortDrill(page, student.command);
    const history = page.getByRole('region', { name: 'Past attempts' });
    return await download(page, testInfo, () => history.getByRole('button', { name: `Export bundle of attempt 1: ${scenario.title}` }).click());
  } finally {
    await context.close();
    await laptop.close();
  }
}

/** Prints one attempt's report to PDF with the grader CLI and reads its text back. */
function pdfText(db: string, attempt: number, out: string): string {
  const made = spawnSync(process.execPath, [CLI, 'grade', 'pdf', '--db', db, '--attempt', String(attempt), '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, FIREDRILL_CHROMIUM: CHROMIUM },
    timeout: 60_000,
  });
  expect(made.status, made.stderr).toBe(0);
  return spawnSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).stdout;
}

async function importBundles(page: Page, paths: string[]): Promise<void> {
  await page.getByLabel('Bundle files').setInputFiles(paths);
  await expect(page.getByRole('status')).toHaveText(`${paths.length} of ${paths.length} imported`);
}

/*
 * The classroom as it happens: each student plays on their own machine (a separate server and database) and hands
 * in a bundle file; the grader, on a third machine that never saw those attempts, imports them, downloads the class
 * CSV and prints a PDF per student. One bundle is edited on the way (its claimed score raised), and is caught.
 */
test('bundles from two students’ machines are graded on a third: class CSV, a PDF per student, and an edited score caught', async ({ browser, page }, testInfo) => {
  test.skip(!hasPdftotext, 'pdftotext is missing (Debian: poppler-utils), so the PDFs cannot be read back');
  const ada = await handIn(browser, testInfo, { name: 'Ada', id: 's-101' });
  const bob = await handIn(browser, testInfo, { name: 'Bob', id: 's-102', command: 'kubectl get pods -n shop' });
  const claimed = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as Bundle).claimedScore;

  // Carol edits her copy of Bob's bundle to claim full marks.
  const edited = JSON.parse(readFileSync(bob.path, 'utf8')) as Bundle & { learner: { name: string; studentId?: string } };
  edited.learner = { name: 'Carol', studentId: 's-103' };
  edited.claimedScore = { ...edited.claimedScore, total: edited.claimedScore.max };
  const carol = testInfo.outputPath('carol_edited.firedrill.json');
  writeFileSync(carol, JSON.stringify(edited));

  const grader = await machine();
  try {
    await page.goto(grader.harness.url);
    await page.getByRole('button', { name: 'Grading…' }).click();
    await importBundles(page, [ada.path, bob.path, carol]);
    const results = page.getByRole('list', { name: 'Import results' });
    await expect(results.getByRole('listitem')).toHaveText([
      `${ada.name}: imported as attempt 1 (Ada, ${SCENARIO_ID}, ${claimed(ada.path).total}/${claimed(ada.path).max}); ok`,
      `${bob.name}: imported as attempt 2 (Bob, ${SCENARIO_ID}, ${claimed(bob.path).total}/${claimed(bob.path).max}); ok`,
      // The events are Bob's, so they earn Bob's score whatever the file claims.
      new RegExp(`^carol_edited\\.firedrill\\.json: imported as attempt 3 \\(Carol, ${SCENARIO_ID}, ${claimed(bob.path).total}/\\d+\\); flags: .*claimed ${edited.claimedScore.total}, events earn ${claimed(bob.path).total}`),
    ]);

    const csv = await download(page, testInfo, () => page.getByRole('button', { name: 'Download CSV' }).click());
    const lines = readFileSync(csv.path, 'utf8').split('\r\n').filter((line) => line !== '');
    expect(lines[0]).toBe(CSV_HEADER);
    const rows = lines.slice(1).map((line) => line.split(','));
    expect(rows.map((r) => r.slice(0, 4).join(','))).toEqual([`1,Ada,s-101,${SCENARIO_ID}`, `2,Bob,s-102,${SCENARIO_ID}`, `3,Carol,s-103,${SCENARIO_ID}`]);
    expect(rows.map((r) => Number(r[8]))).toEqual([claimed(ada.path).total, claimed(bob.path).total, claimed(bob.path).total]);
    expect(lines[3]).toContain(`claimed ${edited.claimedScore.total}`);

    // A PDF per student, printed from the grader's database while the app is open on it.
    for (const [attempt, name, bundle] of [[1, 'Ada', ada.path], [2, 'Bob', bob.path]] as const) {
      const text = pdfText(grader.db, attempt, testInfo.outputPath(`attempt-${attempt}.pdf`));
      expect(text).toContain(name);
      expect(text).toContain(scenario.title);
      expect(text).toMatch(new RegExp(`${claimed(bundle).total}\\s*/\\s*${claimed(bundle).max}`));
    }
  } finally {
    await grader.close();
  }
});
