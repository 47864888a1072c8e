import type { WorldCondition } from '../scenario/rubric-schema';
import type { SimMillis } from '../sim/clock';
import { parseDuration } from '../sim/duration';
import { clockTime, formatSpan } from './clock';
import type { ScoringContext } from './context';
import type { ConditionOutcome } from './outcome';
import { unmet } from './outcome';
import { learnerActions, resolveWindow } from './window';

/** How often a world condition is evaluated (Prometheus's default rule evaluation interval). */
export const WORLD_STEP_MS = 15_000;

/** A run of consecutive evaluation steps at which the expression returned series. */
type Run = { start: number; end: number };

/**
 * Met when the expression returns a non-empty vector at every step of some run at least `for` long, starting
 * at or after `after` and ending by `before` (or the drill's end). The earliest such run counts; the evidence
 * is the learner's last action before it began (what brought the world there).
 */
export function evaluateWorldCondition(when: WorldCondition, context: ScoringContext): ConditionOutcome {
  const resolved = resolveWindow(when, context);
  if (!resolved.ok) return unmet(resolved.reason);
  const forMs = parseDuration(when.for)!;
  const from = resolved.window.from?.at ?? 0;
  const to = Math.min(resolved.window.to?.at ?? context.endAt, context.endAt);
  const at = (t: number) => clockTime(context.startUnixMs, t);
  let run: Run | undefined;
  let longest: Run | undefined;
  for (let t = Math.ceil(from / WORLD_STEP_MS) * WORLD_STEP_MS; t <= to; t += WORLD_STEP_MS) {
    let holds: boolean;
    try {
      holds = context.query(when.promql, t as SimMillis).length > 0;
    } catch (error) {
      return unmet(`the query failed at ${at(t)}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!holds) {
      run = undefined;
      continue;
    }
    run = run === undefined ? { start: t, end: t } : { start: run.start, end: t };
    if (longest === undefined || run.end - run.start > longest.end - longest.start) longest = run;
    if (run.end - run.start >= forMs) return held(run, forMs, context);
  }
  const span = forMs === 0 ? '' : ` for ${formatSpan(forMs)}`;
  const seen = longest === undefined ? 'it never held' : `the longest run was ${formatSpan(longest.end - longest.start)} from ${at(longest.start)}`;
  return unmet(`the condition did not hold${span} between ${at(from)} and ${at(to)}; ${seen}`);
}

function held(run: Run, forMs: number, context: ScoringContext): ConditionOutcome {
  const cause = learnerActions(context.events).filter((e) => e.t <= run.start).at(-1);
  const at = (t: number) => clockTime(context.startUnixMs, t);
  const detail = forMs === 0 ? `held at ${at(run.start)}` : `held for ${formatSpan(forMs)} from ${at(run.start)} to ${at(run.end)}`;
  return { met: true, evidence: cause === undefined ? [] : [cause.seq], details: [detail] };
}
