export { attemptJson, attemptRecord, scenarioCache } from './attempt-record';
export type { AttemptRecord } from './attempt-record';
export { classCsv } from './class-csv';
export { attemptReportRecord, classReport } from './class-report';
export type { ReportFormat } from './class-report';
export { attemptHtml, attemptReportName } from './html-report';
export { findChromium, NO_BROWSER, printPdf } from './pdf';
export type { ReportFilter } from './select';
export { filterProblem, selectAttempts } from './select';
