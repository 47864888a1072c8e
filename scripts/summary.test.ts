import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script without types, run by node in `npm test`
import { summarize } from './summary.mjs';

type Summary = { passed: number; failed: number; skipped: number; complete: boolean; details: string[] };
const summary = summarize as (exited?: Record<string, boolean>, reports?: string) => Summary;

let reports: string;
const vitestReport = (passed: number, failed: number) =>
  writeFileSync(join(reports, 'vitest.json'), JSON.stringify({ numPassedTests: passed, numFailedTests: failed, numPendingTests: 0, numTodoTests: 0, testResults: [] }));
const playwrightReport = (statuses: string[]) =>
  writeFileSync(join(reports, 'playwright.json'), JSON.stringify({ suites: [{ specs: statuses.map((status) => ({ tests: [{ status }] })) }], errors: [] }));

describe('the test summary line', () => {
  beforeEach(() => {
    reports = mkdtempSync(join(tmpdir(), 'firedrill-summary-'));
  });
  afterEach(() => rmSync(reports, { recursive: true, force: true }));

  it('adds up both runners’ reports', () => {
    vitestReport(10, 1);
    playwrightReport(['expected', 'skipped', 'unexpected']);
    expect(summary({ vitest: false, playwright: false }, reports)).toMatchObject({ passed: 11, failed: 2, skipped: 1, complete: true });
  });

  it('counts a runner that exited with an error but failed no test (an unhandled error) as one failure', () => {
    vitestReport(10, 0);
    playwrightReport(['expected']);
    const result = summary({ vitest: false, playwright: true }, reports);
    expect(result).toMatchObject({ passed: 11, failed: 1 });
    expect(result.details.join('\n')).toContain('vitest exited with an error that failed no test');
  });

  it('counts nothing extra when both runners exited cleanly', () => {
    vitestReport(3, 0);
    playwrightReport(['expected']);
    expect(summary({ vitest: true, playwright: true }, reports)).toMatchObject({ passed: 4, failed: 0, complete: true });
  });

  it('is incomplete when a runner left no report', () => {
    vitestReport(3, 0);
    expect(summary({ vitest: true }, reports)).toMatchObject({ complete: false });
  });
});
