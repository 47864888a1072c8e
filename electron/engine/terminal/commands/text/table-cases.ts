import { expect } from 'vitest';
import { runCommand, testCommandContext } from '../../../testing/command-context';
import { memoryFs } from '../../../testing/memory-fs';
import type { Command, CommandContext, CommandResult } from '../../types';

/**
 * One row of a command's test table: arguments, standard input and files (relative paths resolve from
 * /home/oncall) in; what it prints and its exit status out. Omitted outputs are expected empty.
 */
export type Case = { name?: string; args: string[]; stdin?: string; files?: Record<string, string>; stdout?: string; stderr?: string; exit?: number };

let shared: CommandContext | undefined;

/** One simulation per test file is enough: text commands read files and stdin, not the world. */
export function context(): CommandContext {
  return (shared ??= testCommandContext());
}

export function run(command: Command, args: readonly string[], stdin = '', files: Record<string, string> = {}): CommandResult {
  return runCommand(command, args, context(), { stdin, fs: memoryFs(files) });
}

export function check(command: Command, row: Case): void {
  const result = run(command, row.args, row.stdin, row.files);
  expect({ stdout: result.stdout, stderr: result.stderr, exit: result.exitCode }).toEqual({ stdout: row.stdout ?? '', stderr: row.stderr ?? '', exit: row.exit ?? 0 });
}

/** Names a row for `it.each`: its command line. */
export function title(command: Command, row: Case): string {
  return row.name ?? `${command.name} ${row.args.map((a) => (/[\s'"]/.test(a) || a === '' ? JSON.stringify(a) : a)).join(' ')}`;
}

/** A pipeline as the shell runs it: each command's stdout is the next one's stdin. */
export function pipeline(stages: readonly [Command, string[]][], stdin = '', files: Record<string, string> = {}): CommandResult {
  const fs = memoryFs(files);
  let result: CommandResult = { stdout: stdin, stderr: '', exitCode: 0 };
  for (const [command, args] of stages) result = runCommand(command, args, context(), { stdin: result.stdout, fs });
  return result;
}
