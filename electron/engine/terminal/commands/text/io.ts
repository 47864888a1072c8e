import { FS_ERROR_TEXT } from '../../fs/errors';
import { resolvePath } from '../../fs/path';

export { resolvePath };
import type { CommandInvocation, CommandResult, FsError } from '../../types';

export function strerror(error: FsError): string {
  return FS_ERROR_TEXT[error];
}

/** One input of a filter: its name as the user wrote it (`-` for stdin) and its text, or why it failed. */
export type Input = { name: string; text: string } | { name: string; error: FsError };

/** Reads an operand: `-` is standard input, anything else a file relative to the working directory. */
export function readInput(name: string, invocation: CommandInvocation): Input {
  if (name === '-') return { name, text: invocation.stdin };
  const read = invocation.fs.read(resolvePath(invocation.cwd, name));
  return read.ok ? { name, text: read.text } : { name, error: read.error };
}

/** Splits text into lines as the tools read them: a final line without a newline still counts. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Lines as a tool writes them: each ends with a newline. */
export function joinLines(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

export function ok(stdout: string, stderr = '', exitCode = 0): CommandResult {
  return { stdout, stderr, exitCode };
}

export function fail(stderr: string, exitCode = 1, stdout = ''): CommandResult {
  return { stdout, stderr: stderr.endsWith('\n') ? stderr : `${stderr}\n`, exitCode };
}

/** The closing hint every coreutils usage error prints. */
export function tryHelp(command: string): string {
  return `Try '${command} --help' for more information.`;
}

/** UTF-8 length of a string, which is what byte counts (`wc -c`, `head -c`) measure. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** A usage error as coreutils prints it: the message, then the "Try --help" line. */
export function usageError(command: string, message: string, exitCode = 1): CommandResult {
  return fail(`${message}\n${tryHelp(command)}`, exitCode);
}
