import type { Author, IncidentView, Role } from '../../../electron/contract';
import { ROLE_LIST } from './contract-lists';
import { ROLE_LABELS } from './labels';

type Roster = Pick<IncidentView, 'learner' | 'team' | 'stakeholders' | 'roles'>;

/** The roles a person holds ("you" for the learner, else a teammate id), in the roles' order. */
export function rolesHeldBy(roster: Pick<Roster, 'roles'>, holder: string): Role[] {
  return ROLE_LIST.filter((role) => roster.roles[role] === holder);
}

/** Who holds a role, by name: the learner as "You", a teammate by name, or "unassigned". */
export function holderName(roster: Roster, role: Role): string {
  const holder = roster.roles[role];
  if (holder === 'you') return `You (${roster.learner})`;
  if (holder === undefined) return role === 'ic' ? `You (${roster.learner})` : 'unassigned';
  return roster.team.find((t) => t.id === holder)?.name ?? holder;
}

/** A message's author line: the name, then the person's title (and incident role) so the reader knows who speaks. */
export function authorLine(roster: Roster, author: Author): { name: string; detail?: string } {
  switch (author.kind) {
    case 'learner':
      return { name: author.name, detail: ROLE_LABELS.ic };
    case 'teammate': {
      const title = roster.team.find((t) => t.id === author.id)?.title;
      const roles = rolesHeldBy(roster, author.id).map((r) => ROLE_LABELS[r]);
      const detail = [title, ...roles].filter(Boolean).join(' · ');
      return detail ? { name: author.name, detail } : { name: author.name };
    }
    case 'stakeholder': {
      const title = roster.stakeholders.find((s) => s.id === author.id)?.title;
      return title ? { name: author.name, detail: title } : { name: author.name };
    }
    case 'alert':
      return { name: author.name, detail: 'alert' };
    case 'system':
      return { name: author.name };
  }
}
