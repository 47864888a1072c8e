import { useEffect } from 'react';
import type { TeamState } from '../../../electron/contract';

type KeyLike = Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>;

/**
 * The participant Alt+N switches to (N from 1, in team order), or undefined when the key is no such shortcut.
 * The physical key (`code`) is read, not `key`: on a Mac Alt+1 types "¡".
 */
export function participantForShortcut(event: KeyLike, team: TeamState): string | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  const digit = /^Digit([1-8])$/.exec(event.code);
  if (!digit) return undefined;
  return team.participants[Number(digit[1]) - 1]?.name;
}

/** The shortcuts as aria-keyshortcuts lists them: "Alt+1 Alt+2 Alt+3". */
export function shortcutKeys(team: TeamState): string {
  return team.participants.map((_, i) => `Alt+${i + 1}`).join(' ');
}

/**
 * Alt+1…Alt+8 hands the keyboard to participant N anywhere on the drill screen. The listener runs in the capture
 * phase so the terminal, which would otherwise take Alt+digit as input, never sees a switch.
 */
export function useTeamShortcuts(team: TeamState | null, actAs: ((participant: string) => void) | undefined): void {
  useEffect(() => {
    if (!team || !actAs) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      const participant = participantForShortcut(event, team);
      if (participant === undefined) return;
      event.preventDefault();
      event.stopPropagation();
      if (participant !== team.acting) actAs(participant);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [team, actAs]);
}
