import type { ScoringContext } from '../context';
import type { CheckResult } from '../communication/result';
import { lastSave, NO_TRUTH, NOT_SAVED, savedLine, truthOf } from './last-save';
import type { PostmortemCheckParams } from './params';

/** The last saved postmortem names the root cause: every synonym group of the truth, in the root cause or its whys. */
export function postmortemRootCause(_params: PostmortemCheckParams<'postmortem-root-cause'>, context: ScoringContext): CheckResult {
  if (truthOf(context) === undefined) return NO_TRUTH;
  const save = lastSave(context);
  if (save === undefined) return NOT_SAVED;
  const match = save.review.rootCause!;
  return { met: match.matched, evidence: [save.seq], details: [savedLine(save), match.feedback] };
}
