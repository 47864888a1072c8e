import type { ScenarioOverrides } from '../../../testing/scenarios';
import { runCommand, testCommandContext } from '../../../testing/command-context';
import type { CommandInvocation, CommandResult } from '../../types';
import { runCommandLine } from '../../shell';
import { kubectl } from './index';

/** Two nodes, two namespaces; checkout gets a bad release (30% errors) at 1m. Shared by the kubectl tests. */
export const BAD_DEPLOY: ScenarioOverrides = {
  world: {
    hosts: [
      { name: 'node-a', cpus: 8, memory_gb: 32 },
      { name: 'node-b', cpus: 8, memory_gb: 32 },
    ],
    services: [
      { name: 'checkout', namespace: 'shop', replicas: 3, version: 'v2.3.0', traffic: { rps: 100 }, latency_ms: 50 },
      { name: 'search', namespace: 'catalog', replicas: 2, version: 'v1', traffic: { rps: 50 }, latency_ms: 50 },
    ],
  },
  faults: [{ id: 'bad', kind: 'bad-deploy', target: 'checkout', trigger: { at: '1m' }, params: { version: 'v2.4.0', error_ratio: 0.3 } }],
};

/** checkout ships v2 at once, which leaks 600 MB a minute against a 300 MB limit: OOM kills within seconds. */
export const OOM_LEAK: ScenarioOverrides = {
  world: {
    hosts: [{ name: 'node-a', cpus: 8, memory_gb: 32 }],
    services: [{ name: 'checkout', namespace: 'shop', replicas: 2, version: 'v1', traffic: { rps: 100 }, latency_ms: 50, memory_mb: 256, memory_limit_mb: 300 }],
  },
  faults: [{ id: 'leak', kind: 'memory-leak', target: 'checkout', trigger: { at: '0s' }, params: { version: 'v2', leak_mb_per_min: 600 } }],
};

/** checkout ships v3 at once, whose containers exit on start: the surge pod crash-loops and the rollout stalls. */
export const CRASH_LOOP: ScenarioOverrides = { ...OOM_LEAK, faults: [{ id: 'crash', kind: 'crash-loop', target: 'checkout', trigger: { at: '0s' }, params: { version: 'v3' } }] };

/** A drill over a scenario: run kubectl lines, move the sim clock, read pod names. */
export function kubectlDrill(overrides: ScenarioOverrides = BAD_DEPLOY, seed = 7) {
  const context = testCommandContext(overrides, seed);
  return {
    context,
    /** One command line through the shell: stdout then stderr, and the exit status. */
    run: (line: string) => runCommandLine(line, context),
    /** kubectl alone, with its full result (follow, confirm) and invocation overrides. */
    kubectl: (args: string, invocation: Partial<CommandInvocation> = {}): CommandResult => runCommand(kubectl, args.split(' ').filter((a) => a !== ''), context, invocation),
    /** Ticks the sim second by second up to `t` ms. */
    until(t: number) {
      for (let s = context.world.now + 1000; s <= t; s += 1000) context.sim.tick(s as never);
    },
    pods: (service: string) => context.world.services.get(service)!.instances.map((i) => i.name).sort(),
  };
}

export const lines = (text: string) => text.split('\n');
