import type { RequestOutputs } from '../../../electron/contract';

/*
 * The postmortem's shapes as the editor sees them, read off the contract's request outputs: the ui may import
 * only the contract's types (DESIGN.md §2), and these stay in step with electron/engine/postmortem/types.ts.
 */

export type PostmortemState = RequestOutputs['postmortem.get'];
export type PostmortemSaved = RequestOutputs['postmortem.save'];
export type PostmortemExport = RequestOutputs['postmortem.export'];
export type PostmortemDocument = PostmortemState['document'];
export type PostmortemReview = PostmortemState['review'];
export type PostmortemSave = NonNullable<PostmortemState['saved']>;
export type ActionItem = PostmortemDocument['actionItems'][number];
export type ActionItemType = Exclude<ActionItem['type'], ''>;
export type TimelineLine = PostmortemDocument['timeline'][number];
export type BlameFinding = PostmortemReview['blame'][number];
export type TruthMatch = PostmortemReview['contributingFactors'][number];
/** Where in the document a finding is: a prose field, or one entry (and part) of a list field. */
export type PostmortemLocation = NonNullable<TruthMatch['foundIn']>;

/** The action-item types in the order the select offers them; `satisfies` fails to compile if the contract drops one. */
export const ACTION_ITEM_TYPE_LIST = ['prevent', 'detect', 'mitigate', 'process'] as const satisfies readonly ActionItemType[];
// And the other way round: a type added to the contract without being listed here fails to compile.
const everyTypeListed: Record<ActionItemType, true> = { prevent: true, detect: true, mitigate: true, process: true };
void everyTypeListed;

/** How many "why?" steps the root-cause section offers (the contract's WHYS; the ui may import only its types). */
export const WHY_COUNT = 5;

/** A document with every field empty: what the editor holds before the back end answers. */
export function emptyPostmortem(): PostmortemDocument {
  return {
    title: '',
    summary: '',
    impact: '',
    timeline: [],
    trigger: '',
    rootCause: '',
    whys: [],
    contributingFactors: [],
    wentWell: '',
    wentBadly: '',
    gotLucky: '',
    actionItems: [],
  };
}
