export { scoreAttempt } from './score';
export type { ScoreReport, CriterionResult } from './score';
export { scoringContext } from './from-drill';
export type { ScoringContext } from './context';
export type { TeamBreakdown } from '../team/types';
