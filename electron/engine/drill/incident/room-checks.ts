import type { TeammateSpec } from '../../scenario/incident-schema';
import type { IncidentAction } from './actions';
import { ROLE_NAMES } from './messages';
import type { ChatMessage, IncidentSnapshot, Question, Role } from './types';

/** The room's state: the snapshot's fields except the ones derived on read. */
export type RoomState = Omit<IncidentSnapshot, 'nextUpdateDueAt' | 'messages' | 'revision'>;

/** What the refusals look at: the state, the team, the posted messages and the questions still open. */
export type CheckContext = {
  state: RoomState;
  team: readonly TeammateSpec[];
  findMessage(id: string): ChatMessage | undefined;
  /** The open question `id` names (a follow-up's id names the question it repeats). */
  openQuestion(id: string): Question | undefined;
};

type Action<T extends IncidentAction['type']> = Extract<IncidentAction, { type: T }>;

const RESOLVED = 'The incident is resolved';
const DECLARE_FIRST = 'Declare the incident first (/declare)';

/** Roles a teammate may hold (the learner keeps incident command). */
const DELEGATED_ROLES = ['comms', 'ops', 'scribe'] as const;

/** Why the room refuses this action now (declare twice, a role twice, a status before declaring…), else undefined. */
export function refusal(action: IncidentAction, context: CheckContext): string | undefined {
  const s = context.state;
  const resolved = s.status === 'resolved';
  switch (action.type) {
    case 'incident.declare':
      if (resolved) return RESOLVED;
      return s.declared ? `The incident is already declared (${s.severity} "${s.title}"); use /sev or /status to change it` : undefined;
    case 'incident.severity':
      if (resolved) return RESOLVED;
      if (!s.declared) return DECLARE_FIRST;
      return action.severity === s.severity ? `Severity is already ${s.severity}` : undefined;
    case 'incident.status':
      if (resolved) return RESOLVED;
      if (!s.declared) return DECLARE_FIRST;
      return action.status === s.status ? `Status is already ${s.status}` : undefined;
    case 'incident.assign':
      return resolved ? RESOLVED : assignProblem(action, context);
    case 'incident.update':
      if (resolved) return RESOLVED;
      if (!s.declared) return DECLARE_FIRST;
      return action.channels.length === 0 ? 'Choose a channel for the update' : undefined;
    case 'chat.post':
      return chatProblem(action, context);
    case 'statuspage.update':
      return statusPageProblem(action, s);
    case 'timeline.mark':
      return isTimelineEntry(action.entry, context) ? undefined : `No timeline entry ${action.entry}`;
    case 'hint.request':
      return s.hintsLeft === 0 ? 'No hints left' : undefined;
    case 'incident.resolve':
      return resolved ? 'The incident is already resolved' : undefined;
    case 'incident.note':
      return action.text.trim() === '' ? 'Empty note' : undefined;
    case 'checklist.toggle':
      return undefined;
  }
}

/** A teammate by id, full name or first name, case-insensitive. */
export function findTeammate(team: readonly TeammateSpec[], ref: string): TeammateSpec | undefined {
  const wanted = ref.trim().toLowerCase();
  return team.find((t) => t.id === wanted || t.name.toLowerCase() === wanted) ?? team.find((t) => t.name.split(/\s+/)[0]!.toLowerCase() === wanted);
}

/** The role a teammate holds, if any. */
export function roleOf(roles: RoomState['roles'], teammateId: string): Role | undefined {
  return DELEGATED_ROLES.find((role) => roles[role] === teammateId);
}

function assignProblem(action: Action<'incident.assign'>, context: CheckContext): string | undefined {
  const teammate = findTeammate(context.team, action.teammate);
  if (!teammate) return `No teammate named "${action.teammate}"; the team is ${context.team.map((t) => `${t.name} (${t.id})`).join(', ')}`;
  if (action.role === undefined && action.task.trim() === '') return 'Give a role or a task';
  if (action.role === undefined) return undefined;
  if (context.state.roles[action.role] === teammate.id) return `${teammate.name} is already the ${ROLE_NAMES[action.role]}`;
  const held = roleOf(context.state.roles, teammate.id);
  return held ? `${teammate.name} is already the ${ROLE_NAMES[held]}; a teammate holds one role at a time` : undefined;
}

function chatProblem(action: Action<'chat.post'>, context: CheckContext): string | undefined {
  if (action.text.trim() === '') return 'Empty message';
  if (action.replyTo === undefined) return undefined;
  const question = context.openQuestion(action.replyTo);
  if (!question) return `${action.replyTo} is not an open question`;
  return question.channel === action.channel ? undefined : `That question was asked in the ${question.channel} channel; answer it there`;
}

function statusPageProblem(action: Action<'statuspage.update'>, state: RoomState): string | undefined {
  const names = new Set(state.statusPage.components.map((c) => c.name));
  const unknown = action.components.find((c) => !names.has(c.name));
  if (unknown) return `The status page has no component "${unknown.name}" (it has ${[...names].join(', ')})`;
  return action.publish && action.draft.trim() === '' ? 'Write the status page message before publishing it' : undefined;
}

/** Logged events and occurrences have ids the room cannot see; messages and notes must exist and be on the timeline. */
function isTimelineEntry(entry: string, context: CheckContext): boolean {
  if (/^(ev|oc)\d+$/.test(entry)) return true;
  const message = context.findMessage(entry);
  if (message) return message.kind !== 'alert' && message.kind !== 'reminder';
  return context.state.notes.some((n) => n.id === entry);
}
