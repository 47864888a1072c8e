import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-testing';
import { gradeRescoreCommand } from './grade-command';
import type { CliIo } from './io';
import { bundledScenariosDir } from './paths';

const dir = mkdtempSync(join(tmpdir(), 'fd-rescore-'));
const noScenarios = join(dir, 'no-scenarios');
const bundle = join(dir, 'ada.firedrill.json');
let total: number;
let max: number;

beforeAll(async () => {
  mkdirSync(noScenarios);
  const studentDb = join(dir, 'student.db');
  const played = await runCli('drill', 'play', 'checkout-bad-deploy', '--actions', 'scenarios/checkout-bad-deploy/scripts/novice.json', '--db', studentDb);
  ({ total, max } = JSON.parse(played.out.join('\n')) as { total: number; max: number });
  expect((await runCli('attempt', 'export', '--db', studentDb, '--attempt', '1', '--out', bundle)).code).toBe(0);
}, 60_000);

function rescore(db: string, scenariosDir: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line) };
  const code = gradeRescoreCommand({ db, scenariosDir }, io);
  return { code, out, err };
}

describe('firedrill grade rescore', () => {
  it('reports a still-missing version, then scores the attempt once the scenarios folder has it, then has nothing to do', async () => {
    const db = join(dir, 'grader.db');
    const imported = await runCli('grade', 'import', bundle, '--db', db, '--scenarios', noScenarios);
    expect(imported.out).toEqual([`${bundle}: imported as attempt 1 (learner, checkout-bad-deploy, not scored); flags: scenario version not installed: not re-scored`]);

    const missing = rescore(db, noScenarios);
    expect(missing.code).toBe(1);
    expect(missing.out).toEqual([expect.stringMatching(/^attempt 1 \(learner, checkout-bad-deploy\): still not scored: scenario checkout-bad-deploy version \S+ is not installed$/) as unknown]);

    const scored = rescore(db, bundledScenariosDir());
    expect(scored).toEqual({ code: 0, out: [`attempt 1 (learner, checkout-bad-deploy): re-scored ${total}/${max}; ok`], err: [] });

    // The class CSV's total column (as grade-command.test.ts reads it) now carries the score.
    const report = await runCli('grade', 'report', '--db', db, '--format', 'csv');
    expect(report.out.join('\n').trimEnd().split('\r\n')[1]!.split(',')[8]).toBe(String(total));

    expect(rescore(db, bundledScenariosDir())).toEqual({ code: 0, out: [], err: [`${db}: every imported attempt has a score; nothing to re-score`] });
  }, 60_000);

  it('refuses a database that does not exist', () => {
    const db = join(dir, 'none.db');
    expect(rescore(db, noScenarios)).toEqual({ code: 1, out: [], err: [`${db}: no such database`] });
  });
});
