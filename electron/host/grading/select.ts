import type { Store } from '../store';
import type { AttemptListing } from '../store/attempts-repo';

export type ReportFilter = { scenario?: string; learner?: string; from?: string; to?: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the date bounds: a day (YYYY-MM-DD), both ends inclusive. */
export function filterProblem(filter: ReportFilter): string | undefined {
  for (const [name, value] of [['from', filter.from], ['to', filter.to]] as const) {
    if (value !== undefined && (!DAY.test(value) || Number.isNaN(Date.parse(value)))) return `--${name}: expected a date as YYYY-MM-DD, got "${value}"`;
  }
  return undefined;
}

/** The attempts a class report covers, oldest first (the order a grader reads a class in). */
export function selectAttempts(store: Store, filter: ReportFilter): AttemptListing[] {
  return store.attempts
    .list()
    .filter((row) => filter.scenario === undefined || row.scenarioId === filter.scenario)
    .filter((row) => filter.learner === undefined || row.learner === filter.learner)
    .filter((row) => filter.from === undefined || row.startedAt.slice(0, 10) >= filter.from)
    .filter((row) => filter.to === undefined || row.startedAt.slice(0, 10) <= filter.to)
    .reverse();
}
