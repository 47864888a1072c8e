import type { GradeRescoreOutcome } from '../../../electron/contract';
import type { GradedAttempt, GradeImportOutcome } from '../../state/grading-slice';

/** One import outcome as a line of the list: what happened to the file, in the CLI's words. */
export function outcomeText(outcome: GradeImportOutcome): string {
  switch (outcome.status) {
    case 'imported': {
      const score = outcome.score ? `${outcome.score.total}/${outcome.score.max}` : 'not re-scored';
      return `imported as attempt ${outcome.attempt} (${outcome.learner}, ${outcome.scenario}, ${score})`;
    }
    case 'already':
      return `already imported as attempt ${outcome.attempt}`;
    case 'error':
      return `error: ${outcome.reason}`;
  }
}

/** The flags an outcome carries (none for a refused file: its reason says it all). */
export function outcomeFlags(outcome: GradeImportOutcome): string[] {
  return outcome.status === 'error' ? [] : outcome.flags;
}

/**
 * The rubric categories the table shows a column for: the union over the attempts' scores, in the order they
 * first appear (each rubric lists its own in order), like the class CSV's columns.
 */
export function categoryColumns(attempts: readonly GradedAttempt[]): string[] {
  const seen = new Set<string>();
  for (const a of attempts) for (const category of Object.keys(a.score?.categories ?? {})) seen.add(category);
  return [...seen];
}

/** Sim time as "9m 30s" (the CSV gives seconds; the table is read by people). */
export function simDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m ${String(s % 60).padStart(2, '0')}s` : `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** The learners and scenarios found among the graded attempts, for the filters' choices. */
export function gradeChoices(attempts: readonly GradedAttempt[]): { learners: string[]; scenarios: { id: string; title: string }[] } {
  const learners = [...new Set(attempts.map((a) => a.learner.name))].sort((a, b) => a.localeCompare(b));
  const scenarios = new Map<string, string>();
  for (const a of attempts) if (!scenarios.has(a.scenario.id)) scenarios.set(a.scenario.id, a.scenario.title);
  return { learners, scenarios: [...scenarios].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title)) };
}

/** One re-score outcome as a line of the list, in the CLI's words. */
export function rescoreText(outcome: GradeRescoreOutcome): string {
  const who = `attempt ${outcome.attempt} (${outcome.learner}, ${outcome.scenario})`;
  return outcome.status === 'rescored' ? `${who}: re-scored ${outcome.score.total}/${outcome.score.max}` : `${who}: still not scored: ${outcome.reason}`;
}

/**
 * Whether an attempt was imported without a score because it could not be re-played (its scenario version was
 * missing, or its events would not play): the flag an import writes then ends "not re-scored". An attempt still
 * running in this app has no score either, but re-scoring is not what it needs.
 */
export function awaitsRescore(attempt: GradedAttempt): boolean {
  return attempt.score === null && attempt.flags.some((f) => f.endsWith('not re-scored'));
}
