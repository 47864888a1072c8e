import { actionText, isInstructorEvent } from '../drill/actions';
import type { DrillEvent } from '../drill/actions';
import { ROLES } from '../drill/incident/types';
import type { CriterionResult } from '../scoring/score';
import { actionKind } from './action-kind';
import type { Participant, ParticipantBreakdown, TeamActionKind, TeamBreakdown } from './types';
import { TEAM_ACTION_KINDS } from './types';

/** How many of a participant's first actions the report lists. */
export const MOMENTS_PER_PARTICIPANT = 20;

/**
 * The team a log's drill.start recorded, as the drill would have it: entries that are not a named participant in
 * a known role are dropped, and a name given twice counts once (a hand-edited bundle must not break a report).
 * Empty for a drill played alone.
 */
export function teamOf(events: readonly DrillEvent[]): Participant[] {
  const start = events.find((e) => e.type === 'drill.start');
  const team = (start?.payload as { team?: unknown } | null | undefined)?.team;
  if (!Array.isArray(team)) return [];
  const participants: Participant[] = [];
  for (const entry of team as unknown[]) {
    const { name, role } = (entry ?? {}) as { name?: unknown; role?: unknown };
    if (typeof name !== 'string' || !(ROLES as readonly unknown[]).includes(role)) continue;
    if (participants.some((p) => p.name === name)) continue;
    participants.push({ name, role: role as Participant['role'] });
  }
  return participants;
}

/** Events that are nobody's: the start, the switches themselves, and what the instructor did. */
function belongsToNobody(event: DrillEvent): boolean {
  return event.type === 'drill.start' || event.type === 'team.switch' || isInstructorEvent(event);
}

/** The participant a team.switch hands the keyboard to, if it names one of the team (the drill ignores others). */
function switchTarget(event: DrillEvent, team: readonly Participant[]): string | undefined {
  const name = (event.payload as { participant?: unknown } | null | undefined)?.participant;
  return team.find((p) => p.name === name)?.name;
}

/**
 * Who took each logged event, by seq: the participant acting when it was logged (the first one until a switch),
 * or null for events that are nobody's and for every event of a drill played alone. Follows the log's order, as
 * the drill applied it.
 */
export function attributeEvents(events: readonly DrillEvent[]): Map<number, string | null> {
  const owners = new Map<number, string | null>();
  // A seq logged twice (only a hand-edited log has one) keeps its first owner.
  for (const [event, owner] of attributed(events, teamOf(events))) if (!owners.has(event.seq)) owners.set(event.seq, owner);
  return owners;
}

/** Each event with who took it (see `attributeEvents`), in log order. */
function* attributed(events: readonly DrillEvent[], team: readonly Participant[]): Generator<[DrillEvent, string | null]> {
  let acting = team[0]?.name ?? null;
  for (const event of events) {
    if (event.type === 'team.switch') acting = switchTarget(event, team) ?? acting;
    yield [event, belongsToNobody(event) ? null : acting];
  }
}

/**
 * Sim milliseconds each participant held the keyboard, from sim time 0 (the first participant) through each switch
 * to `endsAt`. Switches logged after `endsAt` change nothing.
 */
function actingTimes(events: readonly DrillEvent[], team: readonly Participant[], endsAt: number): Map<string, number> {
  const times = new Map(team.map((p) => [p.name, 0]));
  const end = Math.max(0, endsAt);
  let acting = team[0]?.name;
  let since = 0;
  for (const event of events) {
    if (event.type !== 'team.switch') continue;
    const next = switchTarget(event, team);
    if (next === undefined || acting === undefined) continue;
    const at = Math.min(Math.max(since, event.t), end);
    times.set(acting, times.get(acting)! + (at - since));
    acting = next;
    since = at;
  }
  if (acting !== undefined) times.set(acting, times.get(acting)! + (end - since));
  return times;
}

/**
 * The per-participant breakdown of a team attempt, or undefined for a drill played alone. Each criterion that
 * earned points goes to whoever took its earliest evidence event; a criterion whose evidence is nobody's (a
 * condition of the world with no cause, an instructor's event) is left in `unattributed`. Pure: the same log,
 * criteria and end give the same breakdown.
 */
export function teamBreakdown(events: readonly DrillEvent[], criteria: readonly CriterionResult[], endsAt: number): TeamBreakdown | undefined {
  const team = teamOf(events);
  if (team.length === 0) return undefined;
  const owners = attributeEvents(events);
  const times = actingTimes(events, team, endsAt);
  const shares = new Map<string, ParticipantBreakdown>(
    team.map((p) => [
      p.name,
      {
        name: p.name,
        role: p.role,
        actions: 0,
        byKind: Object.fromEntries(TEAM_ACTION_KINDS.map((k) => [k, 0])) as Record<TeamActionKind, number>,
        actingMs: times.get(p.name)!,
        points: 0,
        criteria: [],
        moments: [],
      },
    ]),
  );
  for (const [event, owner] of attributed(events, team)) {
    if (owner === null) continue;
    const share = shares.get(owner)!;
    share.actions += 1;
    share.byKind[actionKind(event.type)] += 1;
    if (share.moments.length < MOMENTS_PER_PARTICIPANT) share.moments.push({ seq: event.seq, t: event.t, type: event.type, text: actionText(event) });
  }
  const unattributed: TeamBreakdown['unattributed'] = { points: 0, criteria: [] };
  for (const criterion of criteria) {
    if (criterion.points <= 0) continue;
    const earliest = criterion.evidence.length > 0 ? Math.min(...criterion.evidence) : undefined;
    const owner = earliest === undefined ? undefined : owners.get(earliest);
    const share = owner ? shares.get(owner) : undefined;
    const to = share ?? unattributed;
    to.points += criterion.points;
    to.criteria.push(criterion.id);
  }
  return { participants: [...shares.values()], unattributed };
}
