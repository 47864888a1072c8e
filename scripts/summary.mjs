// Counts test cases over every runner's JSON report (vitest, Playwright).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

function countPlaywright(suite, counts) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      if (test.status === 'skipped') counts.skipped++;
      else if (test.status === 'expected' || test.status === 'flaky') counts.passed++;
      else counts.failed++;
    }
  }
  for (const child of suite.suites ?? []) countPlaywright(child, counts);
}

/**
 * A runner that exited with an error while its report shows no failed test (vitest's unhandled errors, such as one
 * thrown by a timer after its test ended, are in no report) counts as one failure, so the total line never reads
 * "0 failed" for a run that failed.
 */
function failedOutsideReport(label, counts, exitedOk, details) {
  if (exitedOk !== false || counts.failed > 0) return;
  counts.failed = 1;
  details.push(`[test] ${label} exited with an error that failed no test (see its output above): counted as one failure`);
}

/**
 * Totals across runners; `complete` is false when a runner left no report (it did not run). `exited` says, per
 * runner that ran, whether it exited cleanly; `reports` is the folder holding the runners' JSON reports.
 */
export function summarize(exited = {}, reports = 'reports') {
  const details = [];
  let complete = true;
  const total = { passed: 0, failed: 0, skipped: 0 };
  const vitest = readJson(join(reports, 'vitest.json'));
  if (vitest) {
    // A test file that fails to load fails no test case, but it is a failure all the same: count it as one.
    const brokenFiles = (vitest.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).every((a) => a.status !== 'failed')).length;
    const v = { passed: vitest.numPassedTests, failed: vitest.numFailedTests + brokenFiles, skipped: vitest.numPendingTests + vitest.numTodoTests };
    failedOutsideReport('vitest', v, exited.vitest, details);
    details.push(`[test] vitest: ${v.passed} passed, ${v.failed} failed, ${v.skipped} skipped`);
    for (const k of Object.keys(total)) total[k] += v[k];
  } else {
    complete = false;
    details.push('[test] vitest: no report (did not run)');
  }
  const playwright = readJson(join(reports, 'playwright.json'));
  if (playwright) {
    const p = { passed: 0, failed: 0, skipped: 0 };
    for (const suite of playwright.suites ?? []) countPlaywright(suite, p);
    p.failed += (playwright.errors ?? []).length;
    failedOutsideReport('playwright', p, exited.playwright, details);
    details.push(`[test] playwright: ${p.passed} passed, ${p.failed} failed, ${p.skipped} skipped`);
    for (const k of Object.keys(total)) total[k] += p[k];
  } else {
    complete = false;
    details.push('[test] playwright: no report (did not run)');
  }
  return { ...total, complete, details };
}
