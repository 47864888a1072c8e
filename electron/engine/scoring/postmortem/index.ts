import type { PostmortemTruth } from '../../scenario/postmortem-schema';
import type { ScoringContext } from '../context';
import type { CheckResult } from '../communication/result';
import { postmortemActionItems } from './action-items';
import { postmortemBlameless } from './blameless';
import { postmortemContributingFactors } from './contributing-factors';
import type { PostmortemCheckName, PostmortemCheckParams } from './params';
import { postmortemRootCause } from './root-cause';

export { POSTMORTEM_CHECK_PARAMS } from './params';
export type { PostmortemCheckName } from './params';

/** The checks over the last `postmortem.save` event, by name (the communication registry includes them). */
export const POSTMORTEM_CHECKS: { [N in PostmortemCheckName]: (params: PostmortemCheckParams<N>, context: ScoringContext) => CheckResult } = {
  'postmortem-root-cause': postmortemRootCause,
  'postmortem-contributing-factors': postmortemContributingFactors,
  'postmortem-blameless': postmortemBlameless,
  'postmortem-action-items': postmortemActionItems,
};

/**
 * Why a postmortem check can never be met in a scenario with this truth (undefined: it can). The root-cause and
 * contributing-factor checks compare with the scenario's `postmortem:` section; blame and action items need none.
 */
export function postmortemUnreachable(name: string, params: unknown, truth: PostmortemTruth | undefined): string | undefined {
  if (name !== 'postmortem-root-cause' && name !== 'postmortem-contributing-factors') return undefined;
  if (truth === undefined) return `${name} compares with the scenario's postmortem truth: add a postmortem: section (root_cause, contributing_factors)`;
  if (name !== 'postmortem-contributing-factors') return undefined;
  const factors = truth.contributing_factors.length;
  if (factors === 0) return 'postmortem-contributing-factors needs postmortem.contributing_factors to compare with';
  const min = (params as { min?: unknown } | undefined)?.min;
  if (typeof min === 'number' && min > factors) return `min ${min} is more than the ${factors} contributing factors in postmortem.contributing_factors`;
  return undefined;
}
