import type { Condition, Criterion } from '../scenario/rubric-schema';
import { evaluateCheck } from './communication';
import type { ScoringContext } from './context';
import { evaluateEventCondition } from './event-condition';
import type { ConditionOutcome } from './outcome';
import { evaluateTextCondition } from './text-condition';
import { computeTimings } from './timings';
import type { Timings } from './timings';
import { evaluateWorldCondition } from './world-condition';
import { teamBreakdown } from '../team/attribution';
import type { TeamBreakdown } from '../team/types';

export type CriterionResult = {
  id: string;
  category: string;
  points: number;
  max: number;
  evidence: number[];
  feedback: string;
  /** Lines that explain the verdict; always present for communication checks, elsewhere when there is something to say. */
  details?: string[];
};

/** The score report; its key order is part of the stable JSON that `drill play` prints. */
export type ScoreReport = {
  scenario: string;
  version: string;
  seed: number;
  total: number;
  max: number;
  categories: Record<string, { points: number; max: number }>;
  criteria: CriterionResult[];
  timings: Timings;
  /** A team drill's per-participant breakdown; absent for a drill played alone, whose JSON it leaves unchanged. */
  team?: TeamBreakdown;
};

/**
 * Scores an attempt: every criterion of the scenario's rubric over the re-derived drill. Pure: the same context
 * always gives the same report (the same JSON, byte for byte).
 */
export function scoreAttempt(context: ScoringContext): ScoreReport {
  const { scenario } = context;
  const criteria = scenario.doc.rubric.map((criterion) => scoreCriterion(criterion, context));
  const categories: ScoreReport['categories'] = {};
  for (const result of criteria) {
    const category = (categories[result.category] ??= { points: 0, max: 0 });
    category.points += result.points;
    category.max += result.max;
  }
  const report: ScoreReport = {
    scenario: scenario.id,
    version: scenario.version,
    seed: context.seed,
    total: criteria.reduce((sum, c) => sum + c.points, 0),
    max: criteria.reduce((sum, c) => sum + c.max, 0),
    categories: Object.fromEntries(Object.entries(categories).sort(([a], [b]) => (a < b ? -1 : 1))),
    criteria,
    timings: computeTimings(context),
  };
  const team = teamBreakdown(context.events, criteria, context.endAt);
  return team ? { ...report, team } : report;
}

function scoreCriterion(criterion: Criterion, context: ScoringContext): CriterionResult {
  const penalty = criterion.points < 0;
  const outcome = evaluate(criterion.when, penalty, context);
  const result: CriterionResult = {
    id: criterion.id,
    category: criterion.category,
    points: outcome.met ? criterion.points : 0,
    // A penalty can only take points away, so it adds nothing to what can be earned.
    max: penalty ? 0 : criterion.points,
    evidence: outcome.evidence,
    feedback: outcome.met ? criterion.feedback.met : criterion.feedback.missed,
  };
  // A communication check always explains itself; elsewhere a penalty not incurred needs no explaining.
  const explain = 'check' in criterion.when || (outcome.details.length > 0 && (outcome.met || !penalty));
  if (explain) result.details = outcome.details;
  return result;
}

/** Each condition form is its own module; this only tells them apart. */
function evaluate(when: Condition, penalty: boolean, context: ScoringContext): ConditionOutcome {
  if ('check' in when) {
    const result = evaluateCheck(when.check, when.params ?? {}, context);
    return { met: result.met, evidence: [...result.evidence], details: [...result.details] };
  }
  if ('promql' in when) return evaluateWorldCondition(when, context);
  if ('text' in when) return evaluateTextCondition(when, penalty, context);
  return evaluateEventCondition(when, penalty, context);
}
