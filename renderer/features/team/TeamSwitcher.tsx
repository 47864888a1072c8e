import { useId } from 'react';
import type { TeamState } from '../../../electron/contract';
import { useAppStore } from '../../state/store';
import { participantLabel } from './team-labels';
import { shortcutKeys, useTeamShortcuts } from './team-shortcuts';

/**
 * Who is at the keyboard in a team drill: every action until the next switch is attributed to them. It shows the
 * back end's `acting` after every refresh; `locked` (a replay, an ended drill) shows it without offering a switch.
 */
export function TeamSwitcher({ team, locked }: { team: TeamState; locked: boolean }) {
  const id = useId();
  const actAs = useAppStore((s) => s.actAs);
  useTeamShortcuts(team, locked ? undefined : actAs);
  const last = team.participants.length;
  return (
    <div className="team-switcher">
      <label htmlFor={`${id}-acting`}>Acting as</label>
      <select
        id={`${id}-acting`}
        value={team.acting}
        disabled={locked}
        onChange={(event) => void actAs(event.target.value)}
        aria-keyshortcuts={shortcutKeys(team)}
        aria-describedby={`${id}-keys`}
      >
        {team.participants.map((p) => (
          <option key={p.name} value={p.name}>
            {participantLabel(p)}
          </option>
        ))}
      </select>
      <span id={`${id}-keys`} className="meta">
        {locked ? 'switching is closed' : `Alt+1…Alt+${last} switches`}
      </span>
    </div>
  );
}
