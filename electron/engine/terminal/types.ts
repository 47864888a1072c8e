import type { SimMillis } from '../sim/clock';
import type { World } from '../sim/world';

/** What a command sees: the world at the moment it runs. Commands that act change the world through its operations. */
export type CommandContext = {
  world: World;
  now: SimMillis;
  /** Runs a learner operation (rollback, restart, scale…) and returns what it said. */
  operate(operation: string, target: string, params: Record<string, unknown>): { ok: boolean; output: string };
};

export type CommandResult = { output: string; exitCode: number };

/** One terminal command, registered by name in the command table. */
export type Command = {
  name: string;
  summary: string;
  usage: string;
  run(args: readonly string[], context: CommandContext): CommandResult;
};
