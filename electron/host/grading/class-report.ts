import type { Result } from '../../contract';
import { err, ok } from '../../contract';
import type { Store } from '../store';
import { attemptJson, attemptRecord, scenarioCache } from './attempt-record';
import { classCsv } from './class-csv';
import type { ReportFilter } from './select';
import { filterProblem, selectAttempts } from './select';

export type ReportFormat = 'csv' | 'json';

/** The class report over the attempts the filter keeps: CSV (one row each) or JSON (each attempt's report). */
export function classReport(store: Store, format: ReportFormat, filter: ReportFilter): Result<{ filename: string; content: string; attempts: number }> {
  const problem = filterProblem(filter);
  if (problem) return err('bad_input', problem);
  const load = scenarioCache(store);
  const records = selectAttempts(store, filter).map((row) => attemptRecord(store, row, load));
  const name = ['firedrill-class', filter.scenario, filter.learner, filter.from, filter.to].filter(Boolean).join('_').replace(/[^A-Za-z0-9_.-]+/g, '-');
  const content = format === 'csv' ? classCsv(records) : `${JSON.stringify({ attempts: records.map(attemptJson) }, null, 2)}\n`;
  return ok({ filename: `${name}.${format}`, content, attempts: records.length });
}

/** One attempt's report, as JSON or the printable HTML. */
export function attemptReportRecord(store: Store, attemptId: number) {
  const row = store.attempts.listing(attemptId);
  return row && attemptRecord(store, row, scenarioCache(store));
}
