import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attemptHtml, attemptRecord, attemptReportName, filterProblem, findChromium, printPdf, scenarioCache, selectAttempts } from '../grading';
import type { ReportFilter } from '../grading';
import { openGradingStore } from './grading-store';
import type { CliIo } from './io';

export type GradePdfClassArgs = ReportFilter & { db?: string; outDir: string; format?: string };

/**
 * `firedrill grade pdf --out DIR` without `--attempt`: a report per attempt of the class (filtered like `grade
 * report`), each printed to DIR/<attempt>-<learner>-<scenario>.pdf — what a grader hands back to the students.
 * One progress line per file ("[3/20] …"); an attempt that fails to print is reported and the rest go on.
 */
export function gradePdfClassCommand(args: GradePdfClassArgs, io: CliIo): number {
  const problem = filterProblem(args);
  if (problem) {
    io.err(problem);
    return 2;
  }
  const asHtml = args.format === 'html';
  const browser = asHtml ? undefined : findChromium();
  if (browser && 'problem' in browser) {
    io.err(browser.problem);
    return 1;
  }
  const store = openGradingStore(args.db, io, { create: false });
  if (!store) return 1;
  try {
    const rows = selectAttempts(store, args);
    if (rows.length === 0) {
      io.err('no attempt matches: nothing printed');
      return 1;
    }
    mkdirSync(args.outDir, { recursive: true });
    const load = scenarioCache(store);
    let failed = 0;
    rows.forEach((row, i) => {
      const record = attemptRecord(store, row, load);
      const file = join(args.outDir, `${attemptReportName(record)}.${asHtml ? 'html' : 'pdf'}`);
      const html = attemptHtml(record);
      const printed = browser ? printPdf(browser.path, html, file) : (writeFileSync(file, html), { ok: true as const });
      const progress = `[${i + 1}/${rows.length}]`;
      if (printed.ok) io.out(`${progress} ${file}: attempt ${record.attempt} (${record.learner.name}, ${record.scenario.title})`);
      else {
        failed += 1;
        io.err(`${progress} attempt ${record.attempt}: ${printed.problem}`);
      }
    });
    return failed > 0 ? 1 : 0;
  } finally {
    store.close();
  }
}
