import { Simulation } from '../sim/simulation';
import type { ScenarioOverrides } from './scenarios';
import { testScenarioDocument } from './scenarios';
import type { Command, CommandContext, CommandInvocation, CommandResult } from '../terminal/types';
import { memoryFs } from './memory-fs';

/** A command context over a fresh simulation of a test scenario, at its current time. */
export function testCommandContext(overrides: ScenarioOverrides = {}, seed = 1): CommandContext & { sim: Simulation } {
  const sim = new Simulation(testScenarioDocument(overrides), seed);
  sim.tick(0 as never);
  return {
    sim,
    world: sim.world,
    get now() {
      return sim.world.now;
    },
    logs: () => sim.logs.all(),
    operate: (name, target, params) => sim.runOperation(name, target, params).result,
    scenarioFiles: new Map(),
  };
}

/** Runs one command directly (no shell) with the given arguments and invocation overrides. */
export function runCommand(command: Command, args: readonly string[], context: CommandContext, invocation: Partial<CommandInvocation> = {}): CommandResult {
  return command.run({ args, stdin: '', env: new Map([['HOME', '/home/oncall'], ['USER', 'oncall']]), user: 'oncall', host: 'bastion', cwd: '/home/oncall', fs: memoryFs(), ...invocation }, context);
}
