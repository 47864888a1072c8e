import { rollBack } from '../../sim/world';
import type { ServiceState } from '../../sim/world';
import { formatTable, humanDuration } from '../table';
import type { Command, CommandContext, CommandResult } from '../types';

type Parsed = { positional: string[]; namespace: string; allNamespaces: boolean };

function parseFlags(args: readonly string[]): Parsed | string {
  const positional: string[] = [];
  let namespace = 'default';
  let allNamespaces = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-n' || arg === '--namespace') {
      const value = args[++i];
      if (value === undefined) return `error: flag needs an argument: '${arg.replace(/^-+/, '')}' in ${arg}`;
      namespace = value;
    } else if (arg.startsWith('--namespace=')) namespace = arg.slice('--namespace='.length);
    else if (arg === '-A' || arg === '--all-namespaces') allNamespaces = true;
    else if (arg.startsWith('-')) return `error: unknown flag: ${arg}`;
    else positional.push(arg);
  }
  return { positional, namespace, allNamespaces };
}

function fail(message: string): CommandResult {
  return { output: message, exitCode: 1 };
}

function servicesIn(context: CommandContext, flags: Parsed): ServiceState[] {
  return [...context.world.services.values()].filter((s) => flags.allNamespaces || s.spec.namespace === flags.namespace);
}

function getPods(context: CommandContext, flags: Parsed): CommandResult {
  const services = servicesIn(context, flags);
  if (services.length === 0) return { output: `No resources found in ${flags.namespace} namespace.`, exitCode: 0 };
  const header = flags.allNamespaces
    ? ['NAMESPACE', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']
    : ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'];
  const rows = services.flatMap((service) =>
    service.instances.map((pod) => {
      const row = [pod.name, pod.status === 'Running' ? '1/1' : '0/1', pod.status, String(pod.restarts), humanDuration(context.now - pod.startedAt)];
      return flags.allNamespaces ? [service.spec.namespace, ...row] : row;
    }),
  );
  rows.sort((a, b) => (a.join(' ') < b.join(' ') ? -1 : 1));
  return { output: formatTable([header, ...rows]), exitCode: 0 };
}

function deploymentName(ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  const match = /^(?:deployment|deployments|deploy|deployment\.apps)\/([a-z0-9-]+)$/.exec(ref);
  return match?.[1];
}

function findDeployment(context: CommandContext, flags: Parsed, name: string): ServiceState | undefined {
  const service = context.world.services.get(name);
  return service && service.spec.namespace === flags.namespace ? service : undefined;
}

function rollout(context: CommandContext, flags: Parsed): CommandResult {
  const [, action, ref] = flags.positional;
  const name = deploymentName(ref);
  if (!action || !['undo', 'history', 'status'].includes(action)) return fail('error: expected one of: history, status, undo');
  if (!name) return fail('error: required resource not specified (e.g. deployment/checkout)');
  const service = findDeployment(context, flags, name);
  if (!service) return fail(`Error from server (NotFound): deployments.apps "${name}" not found`);
  if (action === 'history') {
    const rows = service.revisions.map((version, i) => [String(i + 1), `image ${name}:${version}`]);
    return { output: `deployment.apps/${name} \n${formatTable([['REVISION', 'CHANGE-CAUSE'], ...rows])}`, exitCode: 0 };
  }
  if (action === 'status') {
    const target = service.revisions[service.revisions.length - 1]!;
    const updated = service.instances.filter((i) => i.version === target).length;
    const total = service.instances.length;
    return updated === total
      ? { output: `deployment "${name}" successfully rolled out`, exitCode: 0 }
      : { output: `Waiting for deployment "${name}" rollout to finish: ${updated} of ${total} updated replicas are available...`, exitCode: 0 };
  }
  const result = rollBack(context.world, name, context.now);
  return result.ok ? { output: `deployment.apps/${name} rolled back`, exitCode: 0 } : fail(`error: ${result.reason}`);
}

export const kubectl: Command = {
  name: 'kubectl',
  summary: 'inspect and roll back Kubernetes workloads',
  usage: 'kubectl get pods [-n NAMESPACE|-A] | kubectl rollout history|status|undo deployment/NAME [-n NAMESPACE]',
  run(args, context) {
    const flags = parseFlags(args);
    if (typeof flags === 'string') return fail(flags);
    const [verb, resource] = flags.positional;
    if (verb === 'get' && (resource === 'pods' || resource === 'pod' || resource === 'po')) return getPods(context, flags);
    if (verb === 'get') return fail(`error: the server doesn't have a resource type "${resource ?? ''}"`);
    if (verb === 'rollout') return rollout(context, flags);
    return fail(`error: unknown command "${verb ?? ''}" for "kubectl"\nUsage: ${this.usage}`);
  },
};
