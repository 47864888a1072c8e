import type { Command } from '../types';
import { createHelp } from './help';
import { HOST_COMMANDS } from './host';
import { kubectl } from './kubectl/index';
import { MITIGATE_COMMANDS } from './mitigate';
import { NET_COMMANDS } from './net';
import { OPS_COMMANDS } from './ops';
import { createMan, createXargs, TEXT_COMMANDS } from './text';
import { tableByName } from '../../table';

const list: Command[] = [];
list.push(createHelp(() => list), createMan(() => list), { ...createXargs(() => list), exact: true }, kubectl, ...HOST_COMMANDS, ...TEXT_COMMANDS, ...NET_COMMANDS, ...OPS_COMMANDS, ...MITIGATE_COMMANDS);

/** Every command the shell knows, by name (the shell's builtins — cd, ssh, ls, rm… — come with the session). */
export const COMMANDS = tableByName(list, (c) => c.name, 'terminal command');
