import type { ScoringContext } from '../context';
import type { CheckResult } from '../communication/result';
import { lastSave, NO_TRUTH, NOT_SAVED, savedLine, truthOf } from './last-save';
import type { PostmortemCheckParams } from './params';

/** The last saved postmortem names at least `min` of the truth's contributing factors (default: all). */
export function postmortemContributingFactors(params: PostmortemCheckParams<'postmortem-contributing-factors'>, context: ScoringContext): CheckResult {
  const truth = truthOf(context);
  if (truth === undefined) return NO_TRUTH;
  const save = lastSave(context);
  if (save === undefined) return NOT_SAVED;
  const factors = save.review.contributingFactors;
  const needed = Math.min(params.min ?? factors.length, factors.length);
  const found = factors.filter((f) => f.matched).length;
  const met = found >= needed && (params.min ?? 0) <= factors.length;
  return {
    met,
    evidence: [save.seq],
    details: [savedLine(save), `contributing factors: ${found} of ${factors.length} named (${needed} needed) ${met ? '✓' : '✗'}`, ...factors.map((f) => f.feedback)],
  };
}
