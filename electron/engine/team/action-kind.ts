import type { TeamActionKind } from './types';

/** Hands-on work: what changes the systems. */
const COMMANDS = new Set(['terminal.exec', 'terminal.interrupt', 'operation.run']);
/** Talking to people: the channels, the status page, handing out work. */
const COMMUNICATION = new Set(['chat.post', 'incident.update', 'statuspage.update', 'incident.assign']);
/** Running the incident itself: its record, its alerts and pages (silences too), its checklist and the write-up. */
const INCIDENT = new Set([
  'incident.declare',
  'incident.severity',
  'incident.status',
  'incident.resolve',
  'incident.note',
  'timeline.mark',
  'checklist.toggle',
  'alert.acknowledge',
  'page.acknowledge',
  'rules.add',
  'hint.request',
  'postmortem.save',
]);

/** Which column of the per-participant breakdown a logged event counts in. */
export function actionKind(type: string): TeamActionKind {
  if (COMMANDS.has(type)) return 'commands';
  // Reads: PromQL and log queries of any shape, and the dashboards opened.
  if (type.startsWith('promql.') || type.startsWith('logs.') || type === 'dashboard.open') return 'queries';
  if (COMMUNICATION.has(type)) return 'communication';
  if (INCIDENT.has(type) || type.startsWith('silence.')) return 'incident';
  return 'other';
}
