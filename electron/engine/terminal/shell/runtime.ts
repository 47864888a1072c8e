import type { Command, CommandContext, VirtualFs } from '../types';
import type { ExpansionScope } from './expand';

/** A command as the shell finds it: builtins answer in exact Unix text, other commands in lines. */
export type Resolved = { command: Command; exact: boolean };

/** What the interpreter needs of the session around it: its state now, and where output goes. */
export type Runtime = {
  context(): CommandContext;
  lookup(name: string): Resolved | undefined;
  scope(): ExpansionScope;
  setStatus(code: number): void;
  setVar(name: string, value: string): void;
  /** The shell's place now: user, host, working directory, environment and the host's filesystem. */
  place(): { user: string; host: string; cwd: string; env: ReadonlyMap<string, string>; fs: VirtualFs };
  /** How many logins deep the shell is (ssh adds one, exit takes one away). */
  depth(): number;
  /** Tells the next command whether its stdout reaches the terminal. */
  setStdoutTerminal(terminal: boolean): void;
  /** Writes text to the terminal. */
  print(text: string): void;
};
