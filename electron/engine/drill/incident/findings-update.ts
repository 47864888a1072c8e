import { shortDuration } from './findings-format';
import type { PerformInput, TaskReport } from './ports';
import type { IncidentSnapshot, StructuredUpdate } from './types';

/** How far back the comms lead gathers findings for "what we are doing" (one update cycle). */
const RECENT_FINDINGS_MS = 20 * 60_000;
/** The promise when the severity sets no cadence: the slowest bundled cadence short of none. */
const FALLBACK_NEXT_UPDATE = '30m';

const STATUS_ACTIONS: Record<IncidentSnapshot['status'], string> = {
  investigating: 'We are investigating the cause.',
  identified: 'We have identified the cause and are working on a fix.',
  monitoring: 'A fix is in place and we are watching the recovery.',
  resolved: 'The incident is resolved.',
};

/**
 * The fields of an update from the incident as it stands: an initial report when none was posted, severity
 * and status as declared, the impact the IC wrote (or the affected services), and the actions in the words
 * of the status.
 */
export function draftUpdate(incident: IncidentSnapshot, actions: string, nextUpdateIn: string, text = ''): StructuredUpdate {
  return {
    kind: incident.lastUpdateAt === undefined && !incident.messages.some((m) => m.kind === 'update') ? 'initial' : 'update',
    impact: incident.impact || (incident.services.length > 0 ? `Problems with ${incident.services.join(', ')}.` : incident.title),
    // An undeclared incident has no severity yet; the update must carry one, so it says the mildest a page warrants.
    severity: incident.severity ?? 'SEV3',
    status: incident.status,
    actions,
    nextUpdateIn,
    text,
  };
}

/** The comms lead's update for both channels, its actions taken from the status and the team's recent findings. */
export function postUpdate(input: PerformInput): TaskReport {
  const { incident, probe, cadenceMs } = input;
  const findings = incident.messages
    .filter((m) => m.kind === 'finding' && m.at >= probe.now - RECENT_FINDINGS_MS)
    .map((m) => `${m.author.name}: ${firstSentence(m.text)}`);
  const working = incident.tasks.filter((t) => t.state === 'working' && t.id !== input.task.id).map((t) => t.text);
  const actions = [
    STATUS_ACTIONS[incident.status],
    ...(findings.length > 0 ? [`Findings so far — ${findings.join(' ')}`] : []),
    ...(working.length > 0 ? [`In progress: ${working.join('; ')}.`] : []),
  ].join(' ');
  const nextUpdateIn = cadenceMs === null ? FALLBACK_NEXT_UPDATE : shortDuration(cadenceMs);
  const update = draftUpdate(incident, actions, nextUpdateIn, `Drafted by ${input.teammate.name} (communications).`);
  const note = incident.severity ? '' : ' The incident is not declared yet, so I called it SEV3 — change it with /sev if it is worse.';
  return {
    text: `Posted the ${update.kind === 'initial' ? 'initial report' : 'update'} to the incident and stakeholder channels (next update in ${nextUpdateIn}).${note}`,
    queries: [],
    update,
    channels: ['incident', 'stakeholders'],
  };
}

function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}
