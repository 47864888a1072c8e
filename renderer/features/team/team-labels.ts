import type { Participant, TEAM_ACTION_KINDS, TeamActionKind } from '../../../electron/contract';
import { ROLE_LABELS } from '../incident/labels';

/** The contract's action kinds, restated (the renderer imports only types); typed so a change there fails here. */
export const TEAM_KIND_LIST: typeof TEAM_ACTION_KINDS = ['commands', 'queries', 'communication', 'incident', 'other'];

export const TEAM_KIND_LABELS: Record<TeamActionKind, string> = {
  commands: 'Commands',
  queries: 'Queries',
  communication: 'Communication',
  incident: 'Incident',
  other: 'Other',
};

/** A participant as the switcher lists them: "Ana — Incident commander" (the incident room's own role names). */
export function participantLabel(participant: Participant): string {
  return `${participant.name} — ${ROLE_LABELS[participant.role]}`;
}

/** Time spent acting as mm:ss ("03:05"); minutes keep counting past the hour, as a drill rarely runs that long. */
export function actingTime(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(total / 60))}:${two(total % 60)}`;
}
