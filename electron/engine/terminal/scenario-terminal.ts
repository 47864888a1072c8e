/**
 * What a scenario adds to the terminal by data (scenario.yaml `terminal:`): files on hosts and commands with
 * fixed answers. Never code: a scenario command answers from its table and nothing else.
 */
import type { TerminalSpec } from '../scenario/terminal-schema';
import type { Command, FileProvider } from './types';

/** The scenario's files, on their host (or on every host for `*`). */
export function scenarioDataFiles(spec: TerminalSpec): FileProvider {
  return {
    name: 'scenario files',
    paths: (host) => spec.files.filter((f) => f.host === host || f.host === '*').map((f) => f.path),
    read: (host, path) => spec.files.find((f) => f.path === path && (f.host === host || f.host === '*'))?.content ?? '',
  };
}

/** The scenario's commands: the response whose `args` equal the typed arguments, else the default. */
export function scenarioCommands(spec: TerminalSpec): Command[] {
  return spec.commands.map((c) => ({
    name: c.name,
    summary: c.summary,
    usage: c.usage,
    run({ args }) {
      const typed = args.join(' ');
      const answer = c.responses.find((r) => r.args === typed) ?? c.default;
      const text = answer.output;
      return answer.exit_code === 0 ? { stdout: text, stderr: '', exitCode: 0 } : { stdout: '', stderr: text, exitCode: answer.exit_code };
    },
  }));
}
