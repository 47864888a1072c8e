import { dataWorld } from '../../../sim/faults/data-test-kit';
import { runCommand, testCommandContext } from '../../../testing/command-context';
import type { CommandResult } from '../../types';
import { HOST_COMMANDS } from './index';

/**
 * Shared by the host command tests: the data-fault estate (api and reports on node-a/node-b, orders-db on
 * db-1 with its replica on db-2, the sessions cache on cache-1), with optional faults, driven tick by tick.
 */
export function hostDrill(faults: Record<string, unknown>[] = [], world: Record<string, unknown> = dataWorld()) {
  const context = testCommandContext({ world, faults }, 7);
  return {
    context,
    /** Runs `line` (words split on spaces; a quoted word may use double quotes) on `host`. */
    run(host: string, line: string): CommandResult {
      const words = [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
      const [name, ...args] = words;
      const command = HOST_COMMANDS.find((c) => c.name === name);
      if (!command) throw new Error(`no host command ${name}`);
      return runCommand(command, args, context, { host });
    },
    until(t: number) {
      for (let s = Math.max(1000, context.world.now + 1000); s <= t; s += 1000) context.sim.tick(s as never);
    },
  };
}

export const MINUTE = 60_000;
