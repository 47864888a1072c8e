import type { Role } from '../../engine/drill/incident/types';
import type { ScoreReport } from '../../engine/scoring';
import type { Participant } from '../../engine/team/types';
import { TEAM_ACTION_KINDS } from '../../engine/team/types';
import { esc, simClock } from './html';

/** The incident room's names for the roles (the renderer's labels say the same). */
const ROLE_NAMES: Record<Role, string> = { ic: 'Incident commander', comms: 'Communications lead', ops: 'Operations lead', scribe: 'Scribe' };

/** A team as the class CSV's participants cell writes it: "Ana (ic); Ben (comms)"; empty for a drill played alone. */
export function participantsCell(team: readonly Participant[]): string {
  return team.map((p) => `${p.name} (${p.role})`).join('; ');
}

/**
 * The report's Team section for a team attempt (nothing for a drill played alone): per participant their role, what
 * they did by kind, the points and criteria their actions earned, how long they had the keyboard and their first
 * actions. Without a re-derived breakdown (the scenario is not installed) it lists the team only.
 */
export function teamSection(team: readonly Participant[], score: ScoreReport | null): string {
  if (team.length === 0) return '';
  const breakdown = score?.team;
  if (!breakdown) {
    const people = team.map((p) => `<li>${esc(p.name)} — ${esc(ROLE_NAMES[p.role])}</li>`).join('');
    return `<h2>Team</h2>\n<ul>${people}</ul>\n<p>No per-participant breakdown: the scenario version is not installed here.</p>`;
  }
  const rows = breakdown.participants.map((p) => {
    const kinds = TEAM_ACTION_KINDS.filter((k) => p.byKind[k] > 0).map((k) => `${k} ${p.byKind[k]}`);
    const criteria = p.criteria.length > 0 ? `<div class="evidence">${esc(p.criteria.join(', '))}</div>` : '';
    const moments = p.moments.map((m) => `<div class="evidence">${simClock(m.t)} ${esc(m.type)}${m.text ? ` — ${esc(clip(m.text))}` : ''}</div>`).join('');
    return `<tr><td>${esc(p.name)}</td><td>${esc(ROLE_NAMES[p.role])}</td><td>${p.actions}${kinds.length > 0 ? `<div class="evidence">${esc(kinds.join(', '))}</div>` : ''}</td><td>${p.points}${criteria}</td><td>${simClock(p.actingMs)}</td><td>${moments || '—'}</td></tr>`;
  });
  const rest = breakdown.unattributed;
  const unattributed = rest.points > 0 ? `<p>Points no participant's action earned: ${rest.points} (${esc(rest.criteria.join(', '))}).</p>` : '';
  return `<h2>Team</h2>
<p>Each action belongs to whoever had the keyboard; each criterion's points go to whoever took its earliest evidence.</p>
<table><tr><th>Participant</th><th>Role</th><th>Actions by kind</th><th>Points and criteria</th><th>Time acting</th><th>First actions</th></tr>
${rows.join('\n')}</table>
${unattributed}`;
}

/** A moment's text cut to a line (a pasted update can be long). */
function clip(text: string): string {
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}
