import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attemptHtml, attemptRecord, attemptReportName, attemptReportRecord, filterProblem, findChromium, printPdf, scenarioCache, selectAttempts } from '../grading';
import type { AttemptRecord, ReportFilter } from '../grading';
import { openGradingStore } from './grading-store';
import type { Store } from '../store';
import type { CliIo } from './io';

/** How reports are written: printed by a Chromium (its path), or as HTML when `--format html` asks for it. */
type Printer = { browser: string } | { html: true };

/** The printer `--format` asks for, or (after saying what to install) undefined when no Chromium is found. */
function choosePrinter(format: string | undefined, io: CliIo): Printer | undefined {
  if (format === 'html') return { html: true };
  const found = findChromium();
  if ('problem' in found) {
    io.err(found.problem);
    return undefined;
  }
  return { browser: found.path };
}

/** Writes one attempt's report to `file`: its HTML, or that HTML printed to PDF. */
function writeReport(record: AttemptRecord, file: string, printer: Printer): { ok: true } | { ok: false; problem: string } {
  const html = attemptHtml(record);
  if ('html' in printer) {
    writeFileSync(file, html);
    return { ok: true };
  }
  return printPdf(printer.browser, html, file);
}

/**
 * What both modes do around their printing: choose the printer (saying what to install when there is none), open
 * the grader's database, and close it whatever happens. Exit status 1 when either step fails.
 */
function withPrinterAndStore(args: { db?: string; format?: string }, io: CliIo, print: (printer: Printer, store: Store) => number): number {
  const printer = choosePrinter(args.format, io);
  if (!printer) return 1;
  const store = openGradingStore(args.db, io, { create: false });
  if (!store) return 1;
  try {
    return print(printer, store);
  } finally {
    store.close();
  }
}

export type GradePdfArgs = { db?: string; attempt?: number; out?: string; format?: string };

/** `firedrill grade pdf --attempt ID --out FILE`: one attempt's report printed to PDF by headless Chromium (or its HTML with --format html). */
export function gradePdfCommand(args: GradePdfArgs, io: CliIo): number {
  if (args.attempt === undefined || args.out === undefined) {
    io.err('grade pdf needs --attempt ID and --out FILE');
    return 2;
  }
  const { attempt, out } = args;
  return withPrinterAndStore(args, io, (printer, store) => {
    const record = attemptReportRecord(store, attempt);
    if (!record) {
      io.err(`${args.db}: no attempt ${attempt}`);
      return 1;
    }
    const written = writeReport(record, out, printer);
    if (!written.ok) {
      io.err(written.problem);
      return 1;
    }
    if ('browser' in printer) io.err(`${out}: attempt ${attempt} (${record.learner.name}, ${record.scenario.title})`);
    return 0;
  });
}

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
  return withPrinterAndStore(args, io, (printer, store) => {
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
      const file = join(args.outDir, `${attemptReportName(record)}.${'html' in printer ? 'html' : 'pdf'}`);
      const written = writeReport(record, file, printer);
      const progress = `[${i + 1}/${rows.length}]`;
      if (written.ok) io.out(`${progress} ${file}: attempt ${record.attempt} (${record.learner.name}, ${record.scenario.title})`);
      else {
        failed += 1;
        io.err(`${progress} attempt ${record.attempt}: ${written.problem}`);
      }
    });
    return failed > 0 ? 1 : 0;
  });
}
