import type { PostmortemTruth } from '../scenario/postmortem-schema';
import { actionItemProblems } from './action-items';
import { findBlame } from './blame';
import { asPostmortemDocument } from './document';
import type { Place } from './truth-match';
import { matchTruth } from './truth-match';
import type { BlameFinding, PostmortemDocument, PostmortemLocation, PostmortemReview, TruthMatch } from './types';
import { POSTMORTEM_TEXT_FIELDS } from './types';

/**
 * Everything the checks say about a postmortem: the root cause, trigger and contributing factors against the
 * scenario's truth (none without a truth), blame language with rewordings, incomplete action items and empty
 * sections. Pure and total: any document, however empty or long, gets a review.
 */
export function reviewPostmortem(document: PostmortemDocument, truth: PostmortemTruth | undefined): PostmortemReview {
  const doc = asPostmortemDocument(document);
  const whys = doc.whys.map((text, index): Place => ({ location: { field: 'whys', index }, text }));
  const rootCausePlaces: Place[] = [{ location: { field: 'rootCause' }, text: doc.rootCause }, ...whys];
  const factorPlaces: Place[] = [
    ...doc.contributingFactors.map((text, index): Place => ({ location: { field: 'contributingFactors', index }, text })),
    ...rootCausePlaces,
  ];
  return {
    rootCause: truth && matchTruth({ id: 'root-cause', label: 'root cause', require: truth.root_cause.require }, rootCausePlaces, { combine: true }),
    trigger: truth?.trigger && matchTruth(
      { id: 'trigger', label: 'trigger', require: truth.trigger.require },
      [{ location: { field: 'trigger' }, text: doc.trigger }, { location: { field: 'summary' }, text: doc.summary }],
      { combine: true },
    ),
    contributingFactors: (truth?.contributing_factors ?? []).map((factor, i, all): TruthMatch =>
      matchTruth(factor, factorPlaces, { missingLabel: `contributing factor ${i + 1} of ${all.length}` }),
    ),
    blame: blameIn(doc),
    actionItems: doc.actionItems.map((item, index) => ({ index, problems: actionItemProblems(item) })).filter((a) => a.problems.length > 0),
    empty: emptySections(doc),
    whysAnswered: doc.whys.filter((why) => why.trim() !== '').length,
  };
}

/** Blame language in every part the learner writes prose in. */
function blameIn(doc: PostmortemDocument): BlameFinding[] {
  const places: Place[] = [
    ...POSTMORTEM_TEXT_FIELDS.map((field): Place => ({ location: { field }, text: doc[field] })),
    ...doc.whys.map((text, index): Place => ({ location: { field: 'whys', index }, text })),
    ...doc.contributingFactors.map((text, index): Place => ({ location: { field: 'contributingFactors', index }, text })),
    ...doc.timeline.map((line, index): Place => ({ location: { field: 'timeline', index }, text: line.text })),
    ...doc.actionItems.map((item, index): Place => ({ location: { field: 'actionItems', index, part: 'title' }, text: item.title })),
  ];
  return places.flatMap(({ location, text }) => findBlame(text).map((hit): BlameFinding => ({ ...(location as PostmortemLocation), ...hit })));
}

function emptySections(doc: PostmortemDocument): string[] {
  const blank = (text: string) => text.trim() === '';
  return [
    ...POSTMORTEM_TEXT_FIELDS.filter((field) => blank(doc[field])),
    ...(doc.timeline.every((line) => blank(line.text)) ? ['timeline'] : []),
    ...(doc.whys.every(blank) ? ['whys'] : []),
    ...(doc.contributingFactors.every(blank) ? ['contributingFactors'] : []),
    ...(doc.actionItems.length === 0 ? ['actionItems'] : []),
  ];
}
