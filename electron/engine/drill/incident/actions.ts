import type { DrillAction } from '../actions';
import type { IncidentStatus } from './types';

/** The drill actions the incident room handles (incident.resolve included: it ends the lifecycle). */
export const INCIDENT_ACTION_TYPES = [
  'incident.declare',
  'incident.severity',
  'incident.status',
  'incident.assign',
  'incident.update',
  'chat.post',
  'statuspage.update',
  'incident.note',
  'timeline.mark',
  'hint.request',
  'checklist.toggle',
  'incident.resolve',
] as const;

export type IncidentActionType = (typeof INCIDENT_ACTION_TYPES)[number];
export type IncidentAction = Extract<DrillAction, { type: IncidentActionType }>;

export function isIncidentAction(action: DrillAction): action is IncidentAction {
  return (INCIDENT_ACTION_TYPES as readonly string[]).includes(action.type);
}

/** What an incident action did: the messages it posted (ids), and the task, note or hint it made. */
export type IncidentOutcome = {
  type: IncidentActionType;
  messages: string[];
  task?: string;
  note?: string;
  hint?: string;
  status: IncidentStatus;
};
