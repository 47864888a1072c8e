import type { CommandResult } from '../../types';
import { fail, fromOperation } from './format';
import type { Subcommand } from './subcommand';

function nodeCommand(name: 'cordon' | 'uncordon' | 'drain', summary: string, flags: readonly string[]): Subcommand {
  return {
    name,
    summary,
    flags,
    run(_parsed, words, context): CommandResult {
      const [node] = words;
      if (node === undefined) return fail(`error: USAGE: ${name} NODE [flags]\nSee 'kubectl ${name} -h' for help and examples`);
      if (!context.world.hosts.has(node)) return fail(`Error from server (NotFound): nodes "${node}" not found`);
      return fromOperation(context.operate(name, node, {}));
    },
  };
}

/** Node maintenance; the simulation runs no DaemonSets, so --ignore-daemonsets is accepted and changes nothing. */
export const NODE_SUBCOMMANDS: readonly Subcommand[] = [
  nodeCommand('cordon', 'Mark node as unschedulable', []),
  nodeCommand('uncordon', 'Mark node as schedulable', []),
  nodeCommand('drain', 'Drain node in preparation for maintenance', ['ignore-daemonsets', 'delete-emptydir-data', 'force', 'grace-period']),
];
