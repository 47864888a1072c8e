import type { CommandContext, CommandInvocation, CommandResult } from '../../types';
import type { ParsedArgs } from './flags';

/** One kubectl subcommand: its name, the flags it takes (beyond --namespace), and what it does. */
export type Subcommand = {
  name: string;
  /** One line for kubectl's help, as `kubectl --help` words it. */
  summary: string;
  flags: readonly string[];
  /** `words` are the positional arguments after the subcommand's name. */
  run(parsed: ParsedArgs, words: readonly string[], context: CommandContext, invocation: CommandInvocation): CommandResult;
};
