import type { CommandResult } from '../../types';

/** A tool's success: its text on stdout, exit status 0. */
export function done(stdout: string, stderr = ''): CommandResult {
  return { stdout: stdout.replace(/\n$/, ''), stderr, exitCode: 0 };
}

/** A tool's failure: its message on stderr, with the tool's exit status. */
export function failed(stderr: string, exitCode = 1): CommandResult {
  return { stdout: '', stderr: stderr.replace(/\n$/, ''), exitCode };
}
