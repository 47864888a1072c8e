import type { Role } from '../drill/incident/types';

/**
 * Team drill mode (issue 12): several named people at one machine, each in an incident role. Who is at the keyboard
 * is part of the drill's event log (`team.switch`), so every logged action is attributed to the participant and role
 * who took it, on replay and re-score as live.
 */
export type Participant = { name: string; role: Role };

/** The team of a drill and who is acting now (every action until the next switch is theirs). */
export type TeamState = { participants: Participant[]; acting: string };

/** Action kinds the per-participant breakdown counts (the rubric's categories are in `criteria`). */
export const TEAM_ACTION_KINDS = ['commands', 'queries', 'communication', 'incident', 'other'] as const;
export type TeamActionKind = (typeof TEAM_ACTION_KINDS)[number];

/** One participant's share of a team attempt: what they did and which points their actions earned. */
export type ParticipantBreakdown = {
  name: string;
  role: Role;
  /** Logged actions and reads they took (team switches and instructor events are nobody's). */
  actions: number;
  byKind: Record<TeamActionKind, number>;
  /** Sim milliseconds they were the one acting. */
  actingMs: number;
  /** Points of the criteria whose earliest evidence event they took (each criterion's points go to one person). */
  points: number;
  /** Those criteria's ids, in rubric order. */
  criteria: string[];
  /** Their first actions (at most 20), for the report: sim time, event type and its text. */
  moments: { seq: number; t: number; type: string; text: string }[];
};

/** The per-participant breakdown of a team attempt (the course's "team performance evaluation"). */
export type TeamBreakdown = {
  participants: ParticipantBreakdown[];
  /**
   * Points of criteria met with no participant's evidence (a world condition with no cause, evidence that was an
   * instructor's event), so the participants' points and these add up to the report's positive points.
   */
  unattributed: { points: number; criteria: string[] };
};
