import type { SimMillis } from '../../sim/clock';
import { parseDuration } from '../../sim/duration';
import type { FaultState } from '../../sim/faults/runtime';
import { testCommandContext } from '../../testing/command-context';
import type { ScenarioOverrides } from '../../testing/scenarios';
import { COMMANDS } from '../commands';
import { resolvConfFile } from '../commands/net/resolv-conf';
import { HOST_FILE_PROVIDERS } from '../fs/host-providers';
import { FILE_PROVIDERS } from '../fs/providers';
import { ShellSession } from '../shell/index';

/** The whole command table, as the drill has it. */
export const ALL_COMMANDS = COMMANDS;

/** What one typed line showed: everything the terminal printed (questions and answers included) and `$?`. */
export type Shown = { output: string; exitCode: number };

/**
 * A learner at the terminal of a drill: a real shell session (every command, every file provider) over a
 * simulation of the scenario, whose clock moves only when told to.
 */
export function terminalDrill(overrides: ScenarioOverrides, seed = 7) {
  const context = testCommandContext(overrides, seed);
  const session = new ShellSession({ commands: ALL_COMMANDS, providers: [...FILE_PROVIDERS, ...HOST_FILE_PROVIDERS, resolvConfFile] });
  return {
    context,
    sim: context.sim,
    /** Types `line`; a question the command asks is answered with the next of `answers` (default "y"). */
    type(line: string, answers: readonly string[] = []): Shown {
      let outcome = session.run(line, context);
      let output = outcome.output;
      for (let i = 0; outcome.awaiting === 'confirm'; i++) {
        const answer = answers[i] ?? 'y';
        outcome = session.run(answer, context);
        output += `${answer}\n${outcome.output}`;
      }
      return { output, exitCode: outcome.exitCode };
    },
    /** Ticks the simulation second by second up to sim time `at` ("90s", "4m"). */
    until(at: string) {
      const end = parseDuration(at)!;
      for (let t = context.world.now + 1000; t <= end; t += 1000) context.sim.tick(t as SimMillis);
    },
    fault(id: string): FaultState {
      return context.sim.faults.faults.find((f) => f.spec.id === id)!;
    },
    prompt: () => session.prompt(),
  };
}

export type TerminalDrill = ReturnType<typeof terminalDrill>;
