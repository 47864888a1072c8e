export { runCommandLine } from './shell';
export { TerminalSession } from './session';
export { tokenize } from './tokenize';
export { COMMANDS } from './commands';
export type { Command, CommandContext, CommandResult } from './types';
