import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-testing';

const dir = mkdtempSync(join(tmpdir(), 'fd-grade-'));
const studentDb = join(dir, 'student.db');
const graderDb = join(dir, 'grader.db');
const bundle = join(dir, 'ada.firedrill.json');
let total: number;
let max: number;

beforeAll(async () => {
  const played = await runCli('drill', 'play', 'checkout-bad-deploy', '--actions', 'scenarios/checkout-bad-deploy/scripts/novice.json', '--db', studentDb);
  ({ total, max } = JSON.parse(played.out.join('\n')) as { total: number; max: number });
  const exported = await runCli('attempt', 'export', '--db', studentDb, '--attempt', '1', '--out', bundle);
  expect(exported.code).toBe(0);
}, 60_000);

describe('firedrill grade', () => {
  it('imports bundles one line each, reports missing and corrupt files, and is idempotent', async () => {
    const corrupt = join(dir, 'corrupt.firedrill.json');
    writeFileSync(corrupt, '{"format":"firedrill-attempt-bundle","formatVersion":1');
    const first = await runCli('grade', 'import', bundle, join(dir, 'nope.json'), corrupt, '--db', graderDb);
    expect(first.out).toEqual([
      `${bundle}: imported as attempt 1 (learner, checkout-bad-deploy, ${total}/${max}); ok`,
      `${join(dir, 'nope.json')}: error: cannot read (ENOENT)`,
      expect.stringMatching(new RegExp(`^${corrupt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: error: not JSON`)) as unknown,
    ]);
    expect(first.code).toBe(1);
    const again = await runCli('grade', 'import', bundle, '--db', graderDb);
    expect(again).toEqual({ code: 0, out: [`${bundle}: already imported as attempt 1`], err: [] });
  }, 60_000);

  it('writes the class CSV and refuses a bad format or a missing database', async () => {
    await runCli('grade', 'import', bundle, '--db', graderDb);
    const out = join(dir, 'class.csv');
    const report = await runCli('grade', 'report', '--db', graderDb, '--format', 'csv', '--scenario', 'checkout-bad-deploy', '--out', out);
    expect(report.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.split(',')[8]).toBe(String(total));
    expect(await runCli('grade', 'report', '--db', graderDb, '--format', 'xml')).toMatchObject({ code: 2, err: ['--format: expected csv or json, got "xml"'] });
    expect(await runCli('grade', 'report', '--db', join(dir, 'none.db'), '--format', 'csv')).toMatchObject({ code: 1, err: [`${join(dir, 'none.db')}: no such database`] });
  }, 60_000);

  it('says what to install when no Chromium is found for grade pdf', async () => {
    const saved = { path: process.env.PATH, chromium: process.env.FIREDRILL_CHROMIUM };
    process.env.PATH = '/nonexistent';
    delete process.env.FIREDRILL_CHROMIUM;
    try {
      const result = await runCli('grade', 'pdf', '--db', graderDb, '--attempt', '1', '--out', join(dir, 'a.pdf'));
      expect(result.code).toBe(1);
      expect(result.err[0]).toMatch(/^no Chromium found to print the PDF: install one .*FIREDRILL_CHROMIUM=/);
    } finally {
      process.env.PATH = saved.path;
      if (saved.chromium !== undefined) process.env.FIREDRILL_CHROMIUM = saved.chromium;
    }
  });
});
