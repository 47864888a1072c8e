import type { CommandResult } from '../types';

/** What builtins may read and change of the shell running them (the parts a command cannot see). */
export type ShellState = {
  readonly home: string;
  /** `$?` before this command. */
  lastStatus(): number;
  setVar(name: string, value: string): void;
  /** Moves to an absolute, existing directory; PWD and OLDPWD follow. */
  chdir(path: string): void;
  /** Logs in to `host` (the caller checked it exists); the prompt and filesystem change. */
  ssh(host: string): void;
  /**
   * Runs a command line on `host` without a terminal (`ssh host cmd`): questions are answered no, a follow
   * stops after its first output; everything it prints is returned.
   */
  runOn(host: string, line: string): { output: string; exitCode: number };
  /** Leaves the current host for the one ssh came from; false on the bastion, where the shell stays. */
  exit(): boolean;
  hosts(): readonly string[];
  history(): readonly string[];
  /** Whether this command's stdout reaches the terminal (ls lays out columns) or a pipe or file. */
  stdoutIsTerminal(): boolean;
};

/** Builtins answer in Unix text: every line, the last included, ends with a newline. */
export function out(stdout: string, exitCode = 0): CommandResult {
  return { stdout, stderr: '', exitCode };
}

export function err(stderr: string, exitCode = 1, stdout = ''): CommandResult {
  return { stdout, stderr, exitCode };
}

/** Lines joined as Unix text, each ending with a newline (none for no lines). */
export function lines(list: readonly string[]): string {
  return list.map((l) => `${l}\n`).join('');
}
