import { dataWorld } from '../../../sim/faults/data-test-kit';
import { runCommand, testCommandContext } from '../../../testing/command-context';
import { memoryFs } from '../../../testing/memory-fs';
import type { Command, CommandResult, VirtualFs } from '../../types';

type Json = Record<string, unknown>;

/**
 * Shared by the network and client tool tests: the data-fault estate (api, worker and reports on node-a/node-b,
 * orders-db on db-1 with its replica on db-2, the sessions cache on cache-1) plus a `payments` service api calls,
 * an edge certificate and a feature flag; with optional faults, driven tick by tick.
 */
export function netWorld(): Json {
  const world = dataWorld({
    api: { calls: [{ cache: 'sessions' }, { datastore: 'orders-db', per_request: 2, pool: 10 }, { queue: 'orders', per_request: 0.2 }, { service: 'payments', per_request: 0.3 }] },
  });
  (world.services as Json[]).push({ name: 'payments', replicas: 2, hosts: ['node-b'], latency_ms: 40, error_ratio: 0 });
  return {
    ...world,
    certificates: [{ name: 'shop.example.com', expires_in: '30d' }],
    feature_flags: [{ name: 'new-checkout', enabled: true }, { name: 'dark-mode', enabled: false }],
    deploys: [
      { service: 'api', version: 'v0.9.0', at: '-2d', author: 'dana', summary: 'add order export' },
      { service: 'api', version: 'v1.0.0', at: '-3h', author: 'lee', summary: 'switch to the new pricing client' },
    ],
  };
}

export function netDrill(faults: Json[] = [], world: Json = netWorld()) {
  const context = testCommandContext({ world, faults }, 7);
  return {
    context,
    /** Runs `command` with `args` (already split) on `host`. */
    run(command: Command, args: readonly string[], options: { host?: string; stdin?: string; fs?: VirtualFs; env?: Record<string, string> } = {}): CommandResult {
      const env = new Map([['HOME', '/home/oncall'], ['USER', 'oncall'], ...Object.entries(options.env ?? {})]);
      return runCommand(command, args, context, { host: options.host ?? 'bastion', stdin: options.stdin ?? '', fs: options.fs ?? memoryFs(), env });
    },
    until(t: number) {
      for (let s = Math.max(1000, context.world.now + 1000); s <= t; s += 1000) context.sim.tick(s as never);
    },
  };
}

export const MINUTE = 60_000;
