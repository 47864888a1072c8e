import type { Command } from '../types';
import { echo } from './echo';
import { createLs } from './ls';
import { createExit, createSsh } from './login';
import { mkdir, touch } from './mkdir';
import { createCd, pwd } from './navigation';
import { rm } from './rm';
import type { ShellState } from './shell-state';
import { clear, createHistory, falseCommand, hostname, trueCommand, whoami } from './simple';
import { createExport, env } from './variables';

export type { ShellState } from './shell-state';
export { CLEAR_SCREEN } from './simple';

/** The shell's own commands, bound to the shell they change; they answer in Unix text (trailing newlines). */
export function createBuiltins(shell: ShellState): Command[] {
  return [
    createCd(shell),
    pwd,
    createExport(shell),
    env,
    echo,
    createExit(shell),
    createSsh(shell),
    createHistory(shell),
    clear,
    trueCommand,
    falseCommand,
    createLs(shell),
    rm,
    mkdir,
    touch,
    whoami,
    hostname,
  ];
}
