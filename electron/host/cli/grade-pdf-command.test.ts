import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../grading';
import { runCli } from './cli-testing';

const dir = mkdtempSync(join(tmpdir(), 'fd-grade-pdfs-'));
const db = join(dir, 'class.db');
/** Each script's score as `drill play` printed it (worked out by the play, not by the report under test). */
const scores: Record<string, { total: number; max: number }> = {};

beforeAll(async () => {
  // Two attempts of the class in one database: the expert's and the novice's.
  for (const script of ['expert', 'novice']) {
    const played = await runCli('drill', 'play', 'checkout-bad-deploy', '--actions', `scenarios/checkout-bad-deploy/scripts/${script}.json`, '--db', db);
    expect(played.code).toBe(0);
    scores[script] = JSON.parse(played.out.join('\n')) as { total: number; max: number };
  }
}, 120_000);

describe('firedrill grade pdf for a class', () => {
  it('writes one report per attempt into the folder, with a progress line each', async () => {
    const out = join(dir, 'html');
    const result = await runCli('grade', 'pdf', '--db', db, '--out', out, '--format', 'html');
    expect(result.code).toBe(0);
    expect(result.out).toEqual([
      `[1/2] ${join(out, 'firedrill-attempt-1-learner-checkout-bad-deploy.html')}: attempt 1 (learner, Checkout errors after a Friday deploy)`,
      `[2/2] ${join(out, 'firedrill-attempt-2-learner-checkout-bad-deploy.html')}: attempt 2 (learner, Checkout errors after a Friday deploy)`,
    ]);
    expect(readdirSync(out).sort()).toEqual(['firedrill-attempt-1-learner-checkout-bad-deploy.html', 'firedrill-attempt-2-learner-checkout-bad-deploy.html']);
    expect(readFileSync(join(out, 'firedrill-attempt-2-learner-checkout-bad-deploy.html'), 'utf8')).toMatch(new RegExp(`\\b${scores.novice!.total}\\s*/\\s*${scores.novice!.max}\\b`));
  }, 60_000);

  it('refuses a bad date and says when no attempt matches', async () => {
    expect(await runCli('grade', 'pdf', '--db', db, '--out', join(dir, 'x'), '--from', '27/11/2026')).toMatchObject({ code: 2, err: ['--from: expected a date as YYYY-MM-DD, got "27/11/2026"'] });
    expect(await runCli('grade', 'pdf', '--db', db, '--out', join(dir, 'x'), '--format', 'html', '--scenario', 'no-such')).toMatchObject({ code: 1, err: ['no attempt matches: nothing printed'] });
  });

  const chromium = findChromium();
  const pdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
  const skip = 'path' in chromium ? (pdftotext ? '' : 'pdftotext is missing (Debian: poppler-utils)') : 'no Chromium found';
  it.skipIf(skip !== '')(`prints each attempt to a PDF whose text has its score${skip ? ` (skipped: ${skip})` : ''}`, async () => {
    const out = join(dir, 'pdf');
    const result = await runCli('grade', 'pdf', '--db', db, '--out', out);
    expect(result.code).toBe(0);
    for (const [attempt, script] of [[1, 'expert'], [2, 'novice']] as const) {
      const text = spawnSync('pdftotext', [join(out, `firedrill-attempt-${attempt}-learner-checkout-bad-deploy.pdf`), '-'], { encoding: 'utf8' }).stdout;
      expect(text).toContain('Checkout errors after a Friday deploy');
      expect(text).toMatch(new RegExp(`\\b${scores[script]!.total}\\s*/\\s*${scores[script]!.max}\\b`));
    }
  }, 120_000);
});
