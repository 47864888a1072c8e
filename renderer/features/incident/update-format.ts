import type { StructuredUpdate } from '../../../electron/contract';
import { STATUS_LABELS, UPDATE_KIND_LABELS } from './labels';

/**
 * What a protocol-minded reader would miss in an update (PagerDuty's and Atlassian's fields). The composer
 * lists these as warnings rather than refusing: the scorer judges them, the composer teaches them.
 */
export function updateWarnings(update: StructuredUpdate): string[] {
  const warnings: string[] = [];
  if (!update.impact.trim()) warnings.push('no impact or scope (who is affected, how, where)');
  if (update.kind === 'resolution') {
    if (!update.recoveryConfirmed) warnings.push('recovery not confirmed');
    if (!update.dataLoss?.trim()) warnings.push('no data-loss statement (say "no data was lost" if none was)');
    if (update.status !== 'resolved') warnings.push('a resolution should set the status to resolved');
  } else {
    if (!update.actions.trim()) warnings.push('no actions in progress');
    if (!update.nextUpdateIn.trim()) warnings.push('no next-update time');
  }
  return warnings;
}

/** The update as readers will see it: the composer's live preview. */
export function formatUpdate(update: StructuredUpdate): string {
  const lines = [`${UPDATE_KIND_LABELS[update.kind]} · ${update.severity} · ${STATUS_LABELS[update.status]}`];
  if (update.impact.trim()) lines.push(`Impact: ${update.impact.trim()}`);
  if (update.actions.trim()) lines.push(`${update.kind === 'resolution' ? 'What we did' : 'Actions in progress'}: ${update.actions.trim()}`);
  if (update.kind === 'resolution') {
    lines.push(update.recoveryConfirmed ? 'Recovery is confirmed: the service is fully restored.' : 'Recovery is not yet confirmed.');
    if (update.dataLoss?.trim()) lines.push(`Data loss: ${update.dataLoss.trim()}`);
    if (update.followUps?.trim()) lines.push(`Follow-ups: ${update.followUps.trim()}`);
  }
  if (update.text.trim()) lines.push(update.text.trim());
  if (update.nextUpdateIn.trim()) lines.push(`Next update in ${update.nextUpdateIn.trim()}.`);
  return lines.join('\n');
}

/** A blank update of a kind, prefilled with the incident's state and the cadence's next-update time. */
export function blankUpdate(kind: StructuredUpdate['kind'], current: Pick<StructuredUpdate, 'severity' | 'status'>, nextUpdateIn: string): StructuredUpdate {
  const resolution = kind === 'resolution';
  return {
    kind,
    impact: '',
    severity: current.severity,
    status: resolution ? 'resolved' : current.status === 'resolved' ? 'monitoring' : current.status,
    actions: '',
    nextUpdateIn: resolution ? '' : nextUpdateIn,
    ...(resolution ? { recoveryConfirmed: false, dataLoss: '', followUps: '' } : {}),
    text: '',
  };
}
