import { locationName } from '../../postmortem/truth-match';
import type { ScoringContext } from '../context';
import type { CheckResult } from '../communication/result';
import { lastSave, NOT_SAVED, savedLine } from './last-save';
import type { PostmortemCheckParams } from './params';

/** The sections that hold the postmortem's analysis (the template pre-fills only the title and timeline). */
const ANALYSIS = ['summary', 'trigger', 'rootCause', 'whys', 'contributingFactors'];

/**
 * The last saved postmortem describes the system, not people: no blame finding. With met_when "blaming" the check
 * is met when there is one, so a penalty criterion can charge for it.
 */
export function postmortemBlameless(params: PostmortemCheckParams<'postmortem-blameless'>, context: ScoringContext): CheckResult {
  const save = lastSave(context);
  if (save === undefined) return NOT_SAVED;
  const { blame, empty } = save.review;
  // An empty postmortem blames no one only because it says nothing: blamelessness is judged on written analysis.
  if (ANALYSIS.every((section) => empty.includes(section))) {
    return { met: false, evidence: [save.seq], details: [savedLine(save), `nothing to judge yet: ${ANALYSIS.join(', ')} are empty`] };
  }
  const blameless = blame.length === 0;
  const findings = blame.map((b) => `blame language in ${locationName(b)}: “${b.phrase}” (try: ${b.suggestion})`);
  return {
    met: (params.met_when ?? 'blameless') === 'blameless' ? blameless : !blameless,
    evidence: [save.seq],
    details: [savedLine(save), blameless ? 'no blame language ✓' : `${blame.length} blaming ${blame.length === 1 ? 'phrase' : 'phrases'} ✗`, ...findings],
  };
}
