import type { AttemptSummary } from '../../state/replay-slice';

/** The history table's filters: '' means any. Dates are the learner's local calendar days, `YYYY-MM-DD`, inclusive. */
export type HistoryFilter = { learner: string; scenario: string; from: string; to: string };

export const NO_FILTER: HistoryFilter = { learner: '', scenario: '', from: '', to: '' };

/** The local calendar day of an ISO time, as a date input writes it. */
export function localDay(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** The attempts that pass every filter, in the order given. */
export function filterAttempts(attempts: readonly AttemptSummary[], filter: HistoryFilter): AttemptSummary[] {
  return attempts.filter((a) => {
    if (filter.learner !== '' && a.learner !== filter.learner) return false;
    if (filter.scenario !== '' && a.scenario !== filter.scenario) return false;
    const day = localDay(a.startedAt);
    if (filter.from !== '' && day < filter.from) return false;
    if (filter.to !== '' && day > filter.to) return false;
    return true;
  });
}

/** The distinct values for a filter's choices, sorted: each learner, each scenario (id with its title). */
export function filterChoices(attempts: readonly AttemptSummary[]) {
  const learners = [...new Set(attempts.map((a) => a.learner))].sort((x, y) => x.localeCompare(y));
  const scenarios = [...new Map(attempts.map((a) => [a.scenario, a.title])).entries()].sort((x, y) => x[1].localeCompare(y[1]));
  return { learners, scenarios: scenarios.map(([id, title]) => ({ id, title })) };
}
