import { asPostmortemDocument } from '../../postmortem/document';
import { reviewPostmortem } from '../../postmortem/review';
import type { PostmortemDocument, PostmortemReview } from '../../postmortem/types';
import type { PostmortemTruth } from '../../scenario/postmortem-schema';
import { clockTime } from '../clock';
import type { ScoringContext } from '../context';
import type { CheckResult } from '../communication/result';

/** The postmortem the checks judge: the last save on the log (earlier drafts do not count), and its review. */
export type JudgedSave = { seq: number; at: string; document: PostmortemDocument; review: PostmortemReview; saves: number };

export function lastSave(context: ScoringContext): JudgedSave | undefined {
  const saves = context.events.filter((e) => e.type === 'postmortem.save');
  const last = saves.at(-1);
  if (last === undefined) return undefined;
  const document = asPostmortemDocument((last.payload as { document?: unknown } | null)?.document);
  return { seq: last.seq, at: clockTime(context.startUnixMs, last.t), document, review: reviewPostmortem(document, truthOf(context)), saves: saves.length };
}

export function truthOf(context: ScoringContext): PostmortemTruth | undefined {
  return context.scenario.doc.postmortem;
}

export const NOT_SAVED: CheckResult = { met: false, evidence: [], details: ['no postmortem saved'] };

export const NO_TRUTH: CheckResult = { met: false, evidence: [], details: ['the scenario has no postmortem truth to check against'] };

/** "postmortem saved at 10:14:00 UTC (save 2)": which save was judged. */
export function savedLine(save: JudgedSave): string {
  return `postmortem saved at ${save.at}${save.saves > 1 ? ` (the last of ${save.saves} saves)` : ''}`;
}
