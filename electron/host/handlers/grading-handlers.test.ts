import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import { backendWith, playScript } from '../bundles/test-support';
import { valueOf } from './handler-testing';

const SCENARIO = 'checkout-bad-deploy';
let opened: Backend[] = [];
afterEach(() => {
  for (const b of opened) b.close();
  opened = [];
});
function backend(learner?: string): Backend {
  const b = backendWith([SCENARIO], learner);
  opened.push(b);
  return b;
}

describe('grading requests', () => {
  it('exports a bundle from one back end and imports it, with a class report, into another', async () => {
    const student = backend('Grace');
    const { attempt, score } = await playScript(student, SCENARIO, 'novice');
    const bundle = valueOf(await student.invoke('attempt.exportBundle', { attempt, key: 'k' }));
    expect(bundle.filename).toBe(`grace_${SCENARIO}_attempt-${attempt}.firedrill.json`);

    const grader = backend();
    const outcomes = valueOf(await grader.invoke('grade.import', { files: [{ name: bundle.filename, json: bundle.json }, { name: 'notes.txt', json: 'hello' }], key: 'k' }));
    expect(outcomes).toEqual([
      { file: bundle.filename, status: 'imported', attempt: 1, learner: 'Grace', scenario: SCENARIO, score: { total: score.total, max: score.max }, flags: [] },
      { file: 'notes.txt', status: 'error', reason: expect.stringMatching(/^not JSON/) as unknown },
    ]);
    const again = valueOf(await grader.invoke('grade.import', { files: [{ name: 'copy.json', json: bundle.json }] }));
    expect(again).toEqual([{ file: 'copy.json', status: 'already', attempt: 1, flags: [] }]);

    const report = valueOf(await grader.invoke('grade.report', { format: 'csv', learner: 'Grace' }));
    expect(report.filename).toBe('firedrill-class_Grace.csv');
    expect(report.content.split('\r\n')[1]).toMatch(new RegExp(`^1,Grace,,${SCENARIO},`));
  }, 60_000);

  it('refuses a bad date and an unknown attempt', async () => {
    const b = backend();
    expect(await b.invoke('grade.report', { format: 'csv', from: 'yesterday' })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(await b.invoke('attempt.exportBundle', { attempt: 42 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
