import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../api/fake-api';
import type { GradedAttempt, GradeImportOutcome } from './grading-slice';
import { IMPORT_BATCH, NO_GRADE_FILTER, reportFilter } from './grading-slice';
import { useAppStore } from './store';

const fake = createFakeApi();
const { calls } = fake;
const store = () => useAppStore.getState();

const graded = (attempt: number, learner: string): GradedAttempt => ({
  attempt, learner: { name: learner, studentId: null }, scenario: { id: 's', version: 'v1', title: 'S', installed: true },
  difficulty: 'standard', startedAt: '2026-11-27T10:00:00.000Z', endedAt: '2026-11-27T10:05:00.000Z', durationMs: 300_000, score: null, flags: [],
});
const everyone = [graded(1, 'Ada'), graded(2, 'Bo')];
/** Progress as the store held it after each grade.import answer (read when the next batch is sent). */
let progressSeen: unknown[] = [];

beforeEach(() => {
  progressSeen = [];
  fake.reset({
    'grade.import': (input) => {
      progressSeen.push(store().importProgress);
      const files = (input as { files: { name: string; json: string }[] }).files;
      if (files.some((f) => f.name === 'huge.json')) return { ok: false, error: { code: 'bad_input', message: 'files.0.json: too big' } };
      return { ok: true, value: files.map((f, i): GradeImportOutcome => ({ file: f.name, status: 'already', attempt: i + 1, flags: [] })) };
    },
    'grade.report': (input) => {
      const { format, learner } = input as { format: string; learner?: string };
      if (format === 'csv') return { ok: true, value: { filename: 'firedrill-class.csv', content: 'attempt\r\n', attempts: 0 } };
      const attempts = learner ? everyone.filter((a) => a.learner.name === learner) : everyone;
      return { ok: true, value: { filename: 'c.json', content: JSON.stringify({ attempts }), attempts: attempts.length } };
    },
    'attempt.exportBundle': (input) =>
      (input as { attempt: number }).attempt === 9
        ? { ok: false, error: { code: 'not_found', message: 'no attempt 9' } }
        : { ok: true, value: { filename: 'ada.firedrill.json', json: '{}' } },
    'attempt.list': () => ({ ok: true, value: [] }),
  });
  useAppStore.setState({ gradingOpen: false, importProgress: undefined, importOutcomes: [], gradedAttempts: undefined, allGradedAttempts: undefined, gradeFilter: NO_GRADE_FILTER, gradingError: undefined, attemptsError: undefined });
});

describe('grading slice', () => {
  it(`imports ${IMPORT_BATCH} files per request, moving the progress after each batch, then reloads the table`, async () => {
    const files = Array.from({ length: 7 }, (_, i) => ({ name: `b${i}.json`, json: '{}' }));
    await store().importBundles(files);
    const batches = calls.filter((c) => c.method === 'grade.import').map((c) => (c.input as { files: { name: string }[] }).files.map((f) => f.name));
    expect(batches).toEqual([['b0.json', 'b1.json', 'b2.json'], ['b3.json', 'b4.json', 'b5.json'], ['b6.json']]);
    expect(progressSeen).toEqual([{ done: 0, total: 7 }, { done: 3, total: 7 }, { done: 6, total: 7 }]);
    expect(store().importProgress).toEqual({ done: 7, total: 7 });
    expect(store().importOutcomes.map((o) => o.file)).toEqual(files.map((f) => f.name));
    expect(store().gradedAttempts).toEqual(everyone);
  });

  it('gives every file of a refused batch an error line with the reason, and goes on with the next batch', async () => {
    await store().importBundles([{ name: 'huge.json', json: '' }, { name: 'a.json', json: '' }, { name: 'b.json', json: '' }, { name: 'c.json', json: '' }]);
    expect(store().importOutcomes).toEqual([
      { file: 'huge.json', status: 'error', reason: 'files.0.json: too big' },
      { file: 'a.json', status: 'error', reason: 'files.0.json: too big' },
      { file: 'b.json', status: 'error', reason: 'files.0.json: too big' },
      { file: 'c.json', status: 'already', attempt: 1, flags: [] },
    ]);
  });

  it('filters the table by sending only the set filters, keeping the unfiltered list for the choices', async () => {
    await store().setGradeFilter({ ...NO_GRADE_FILTER, learner: 'Bo' });
    const reports = calls.filter((c) => c.method === 'grade.report').map((c) => c.input);
    expect(reports).toEqual([{ format: 'json', learner: 'Bo' }, { format: 'json' }]);
    expect(store().gradedAttempts).toEqual([everyone[1]]);
    expect(store().allGradedAttempts).toEqual(everyone);
  });

  it('asks for the CSV with the same filters as the table', async () => {
    useAppStore.setState({ gradeFilter: { scenario: 's', learner: '', from: '2026-11-01', to: '' } });
    expect(await store().classCsv()).toEqual({ filename: 'firedrill-class.csv', content: 'attempt\r\n' });
    expect(calls.at(-1)).toEqual({ method: 'grade.report', input: { format: 'csv', scenario: 's', from: '2026-11-01' } });
  });

  it('exports a bundle, and keeps the reason when an attempt cannot be exported', async () => {
    expect(await store().exportBundle(3)).toEqual({ filename: 'ada.firedrill.json', json: '{}' });
    expect(await store().exportBundle(9)).toBeUndefined();
    expect(store().attemptsError).toBe('Attempt 9 could not be exported: no attempt 9');
  });

  it('drops empty filter fields', () => {
    expect(reportFilter({ scenario: '', learner: 'Ada', from: '', to: '2026-12-01' })).toEqual({ learner: 'Ada', to: '2026-12-01' });
  });
});
