import type { Command } from '../types';
import { createHelp } from './help';
import { kubectl } from './kubectl';
import { tableByName } from '../../table';

const list: Command[] = [];
list.push(createHelp(() => list), kubectl);

/** Every command the shell knows, by name. */
export const COMMANDS = tableByName(list, (c) => c.name, 'terminal command');
