import { actionItemProblems } from '../../postmortem/action-items';
import type { ActionItemType } from '../../postmortem/types';
import type { ScoringContext } from '../context';
import type { CheckResult } from '../communication/result';
import { tick } from '../communication/result';
import { lastSave, NOT_SAVED, savedLine } from './last-save';
import type { PostmortemCheckParams } from './params';

/**
 * The last saved postmortem has at least `min` complete action items (a title, one owner, a type and a due date)
 * and, between the complete ones, every type in `types`.
 */
export function postmortemActionItems(params: PostmortemCheckParams<'postmortem-action-items'>, context: ScoringContext): CheckResult {
  const save = lastSave(context);
  if (save === undefined) return NOT_SAVED;
  const min = params.min ?? 1;
  const items = save.document.actionItems;
  const complete = items.filter((item) => actionItemProblems(item).length === 0);
  const covered = new Set<ActionItemType | ''>(complete.map((item) => item.type));
  const types = (params.types ?? []).map((type) => tick(type, covered.has(type), `${type} ✗`));
  const enough = complete.length >= min;
  const summary = `${complete.length} of ${items.length} action ${items.length === 1 ? 'item' : 'items'} complete (${min} needed) ${enough ? '✓' : '✗'}`;
  const problems = items.flatMap((item, i) => {
    const found = actionItemProblems(item);
    return found.length === 0 ? [] : [`action item ${i + 1}: ${found.join(', ')}`];
  });
  return {
    met: enough && types.every((t) => t.endsWith('✓')),
    evidence: [save.seq],
    details: [savedLine(save), types.length === 0 ? summary : `${summary}; types: ${types.join(', ')}`, ...problems],
  };
}
