export { scoreAttempt } from './score';
export type { ScoreReport, CriterionResult } from './score';
