import type { Command } from '../types';
import type { ShellState } from './shell-state';
import { err, lines, out } from './shell-state';

/** The sequence `clear` writes for an xterm: cursor home, erase the screen. */
export const CLEAR_SCREEN = '\x1b[H\x1b[2J';

export const clear: Command = { name: 'clear', summary: 'clear the terminal screen', usage: 'clear', run: () => out(CLEAR_SCREEN) };
export const trueCommand: Command = { name: 'true', summary: 'do nothing, successfully', usage: 'true', run: () => out('') };
export const falseCommand: Command = { name: 'false', summary: 'do nothing, unsuccessfully', usage: 'false', run: () => out('', 1) };
export const whoami: Command = { name: 'whoami', summary: 'print the user name', usage: 'whoami', run: ({ user }) => out(`${user}\n`) };
export const hostname: Command = { name: 'hostname', summary: "print the host's name", usage: 'hostname', run: ({ host }) => out(`${host}\n`) };

/** `history [n]`: the numbered command history, as bash lists it. */
export function createHistory(shell: ShellState): Command {
  return {
    name: 'history',
    summary: 'list the commands typed so far',
    usage: 'history [n]',
    run({ args }) {
      const all = shell.history();
      const arg = args[0];
      if (arg !== undefined && !/^[0-9]+$/.test(arg)) return err(`bash: history: ${arg}: numeric argument required\n`);
      const count = arg === undefined ? all.length : Math.min(Number(arg), all.length);
      const first = all.length - count;
      return out(lines(all.slice(first).map((line, i) => `${String(first + i + 1).padStart(5)}  ${line}`)));
    },
  };
}
