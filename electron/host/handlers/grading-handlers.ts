import { err, ok } from '../../contract';
import { appVersion, exportBundle, importBundle, rescoreImports } from '../bundles';
import { attemptHtml, attemptReportName, attemptReportRecord, classReport, machineChromiumPrinter, scenarioCache } from '../grading';
import type { HandlerMap } from './context';

/** Attempt bundles out (for the student) and in (for the grader), and the class report. */
export const gradingHandlers: HandlerMap = {
  'attempt.exportBundle': (context, input) => exportBundle(context.store, input.attempt, { appVersion: appVersion(), key: input.key || undefined }),
  // Attempts imported before their scenario version was installed get the score their events earn.
  'grade.rescore': (context) => ok(rescoreImports(context.store, scenarioCache(context.store, context.imports.imported))),
  'grade.import': (context, input) => {
    const load = scenarioCache(context.store, context.imports.imported);
    return ok(input.files.map((f) => importBundle(context.store, f.name, f.json, input.key || undefined, load)));
  },
  'grade.report': (context, input) => classReport(context.store, input.format, { scenario: input.scenario, learner: input.learner, from: input.from, to: input.to }),
  'grade.attemptReport': (context, input) => {
    const record = attemptReportRecord(context.store, input.attempt);
    if (!record) return err('not_found', `no attempt ${input.attempt}`, 'attempt');
    return ok({ filename: `${attemptReportName(record)}.html`, html: attemptHtml(record) });
  },
  // The report is read from the store before the print is awaited; nothing after the wait touches the store.
  'grade.attemptPdf': async (context, input) => {
    const record = attemptReportRecord(context.store, input.attempt);
    if (!record) return err('not_found', `no attempt ${input.attempt}`, 'attempt');
    const printed = await (context.printPdf ?? machineChromiumPrinter())(attemptHtml(record));
    if (!printed.ok) return err('internal', `the PDF of attempt ${input.attempt} could not be printed: ${printed.problem}`);
    return ok({ filename: `${attemptReportName(record)}.pdf`, base64: Buffer.from(printed.pdf).toString('base64') });
  },
};
