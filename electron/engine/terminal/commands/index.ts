import type { Command } from '../types';
import { createHelp } from './help';
import { kubectl } from './kubectl';

function buildTable(list: readonly Command[]): ReadonlyMap<string, Command> {
  const table = new Map<string, Command>();
  for (const command of list) {
    if (table.has(command.name)) throw new Error(`terminal command "${command.name}" registered twice`);
    table.set(command.name, command);
  }
  return table;
}

const list: Command[] = [];
list.push(createHelp(() => list), kubectl);

/** Every command the shell knows, by name. */
export const COMMANDS = buildTable(list);
