import { ROLES } from '../../engine/drill/incident/types';
import type { Participant } from '../../engine/team/types';

/** The sizes the contract's drill.start accepts for a team. */
const TEAM_MIN = 2;
const TEAM_MAX = 8;

/**
 * Reads `--team "Ana:ic,Ben:comms"`: comma-separated `name:role` pairs, 2 to 8 people, each named once, each in an
 * incident role. Returns the team, or a message saying what is wrong with it.
 */
export function parseTeamOption(value: string): { ok: true; team: Participant[] } | { ok: false; message: string } {
  const fail = (why: string) => ({ ok: false as const, message: `--team: ${why} (expected "name:role,name:role", roles ${ROLES.join('|')})` });
  const team: Participant[] = [];
  for (const entry of value.split(',')) {
    const colon = entry.indexOf(':');
    const name = colon < 0 ? entry.trim() : entry.slice(0, colon).trim();
    const role = colon < 0 ? '' : entry.slice(colon + 1).trim();
    if (colon < 0 || name === '') return fail(`"${entry.trim()}" is not name:role`);
    if (!(ROLES as readonly string[]).includes(role)) return fail(`"${name}" has no known role "${role}"`);
    if (team.some((p) => p.name.toLowerCase() === name.toLowerCase())) return fail(`"${name}" is named twice`);
    team.push({ name, role: role as Participant['role'] });
  }
  if (team.length < TEAM_MIN || team.length > TEAM_MAX) return fail(`a team has ${TEAM_MIN} to ${TEAM_MAX} participants, not ${team.length}`);
  return { ok: true, team };
}
