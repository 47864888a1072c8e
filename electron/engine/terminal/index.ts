export { runCommandLine } from './shell';
export { TerminalSession } from './session';
export { COMMANDS } from './commands';
export type { Command, CommandContext, CommandResult } from './types';
