import type { ServiceState } from '../../sim/world';
import { formatTable, humanDuration } from '../table';
import type { Command, CommandContext, CommandResult } from '../types';

type Parsed = { positional: string[]; namespace: string; allNamespaces: boolean; replicas?: number };

function parseFlags(args: readonly string[]): Parsed | string {
  const positional: string[] = [];
  let namespace = 'default';
  let allNamespaces = false;
  let replicas: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-n' || arg === '--namespace') {
      const value = args[++i];
      if (value === undefined) return `error: flag needs an argument: '${arg.replace(/^-+/, '')}' in ${arg}`;
      namespace = value;
    } else if (arg.startsWith('--namespace=')) namespace = arg.slice('--namespace='.length);
    else if (arg.startsWith('--replicas=')) {
      const n = Number(arg.slice('--replicas='.length));
      if (!Number.isInteger(n) || n < 0) return `error: invalid argument "${arg.slice('--replicas='.length)}" for "--replicas" flag`;
      replicas = n;
    } else if (arg === '-A' || arg === '--all-namespaces') allNamespaces = true;
    else if (arg.startsWith('-')) return `error: unknown flag: ${arg}`;
    else positional.push(arg);
  }
  return { positional, namespace, allNamespaces, replicas };
}

function fail(message: string): CommandResult {
  return { stdout: '', stderr: message, exitCode: 1 };
}

function servicesIn(context: CommandContext, flags: Parsed): ServiceState[] {
  return [...context.world.services.values()].filter((s) => !s.spec.external && (flags.allNamespaces || s.spec.namespace === flags.namespace));
}

function getPods(context: CommandContext, flags: Parsed): CommandResult {
  const services = servicesIn(context, flags);
  const pods = services.flatMap((service) => service.instances.map((pod) => ({ service, pod })));
  if (pods.length === 0) return { stdout: `No resources found in ${flags.namespace} namespace.`, stderr: '', exitCode: 0 };
  const header = flags.allNamespaces ? ['NAMESPACE', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'] : ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'];
  const rows = pods.map(({ service, pod }) => {
    const restarts = pod.restarts === 0 ? '0' : `${pod.restarts} (${humanDuration(context.now - pod.startedAt)} ago)`;
    const row = [pod.name, pod.ready ? '1/1' : '0/1', pod.status, restarts, humanDuration(context.now - pod.createdAt)];
    return flags.allNamespaces ? [service.spec.namespace, ...row] : row;
  });
  rows.sort((a, b) => (a.join(' ') < b.join(' ') ? -1 : 1));
  return { stdout: formatTable([header, ...rows]), stderr: '', exitCode: 0 };
}

function deploymentName(ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  const match = /^(?:deployment|deployments|deploy|deployment\.apps)\/([a-z0-9-]+)$/.exec(ref);
  return match?.[1];
}

function findDeployment(context: CommandContext, flags: Parsed, name: string): ServiceState | undefined {
  const service = context.world.services.get(name);
  return service && !service.spec.external && service.spec.namespace === flags.namespace ? service : undefined;
}

function rollout(context: CommandContext, flags: Parsed): CommandResult {
  const [, action, ref] = flags.positional;
  const name = deploymentName(ref);
  if (!action || !['undo', 'history', 'status', 'restart'].includes(action)) return fail('error: expected one of: history, restart, status, undo');
  if (!name) return fail('error: required resource not specified (e.g. deployment/checkout)');
  const service = findDeployment(context, flags, name);
  if (!service) return fail(`Error from server (NotFound): deployments.apps "${name}" not found`);
  if (action === 'history') {
    const rows = service.revisions.map((r, i) => [String(i + 1), `${r.summary} (${r.author})`]);
    return { stdout: `deployment.apps/${name} \n${formatTable([['REVISION', 'CHANGE-CAUSE'], ...rows])}`, stderr: '', exitCode: 0 };
  }
  if (action === 'status') {
    const target = service.rollout?.toVersion ?? service.revisions[service.revisions.length - 1]!.version;
    const live = service.instances.filter((i) => i.status !== 'Terminating');
    const updated = live.filter((i) => i.version === target && i.ready).length;
    return service.rollout === undefined
      ? { stdout: `deployment "${name}" successfully rolled out`, stderr: '', exitCode: 0 }
      : { stdout: `Waiting for deployment "${name}" rollout to finish: ${updated} of ${service.desiredReplicas} updated replicas are available...`, stderr: '', exitCode: 0 };
  }
  const result = context.operate(action === 'undo' ? 'rollback' : 'restart', name, {});
  return result.ok ? { stdout: result.output, stderr: '', exitCode: 0 } : { stdout: '', stderr: result.output, exitCode: 1 };
}

function scale(context: CommandContext, flags: Parsed): CommandResult {
  const name = deploymentName(flags.positional[1]);
  if (!name) return fail('error: required resource not specified (e.g. deployment/checkout)');
  if (flags.replicas === undefined) return fail('error: required flag(s) "replicas" not set');
  if (!findDeployment(context, flags, name)) return fail(`Error from server (NotFound): deployments.apps "${name}" not found`);
  const result = context.operate('scale', name, { replicas: flags.replicas });
  return result.ok ? { stdout: result.output, stderr: '', exitCode: 0 } : { stdout: '', stderr: result.output, exitCode: 1 };
}

export const kubectl: Command = {
  name: 'kubectl',
  summary: 'inspect, roll back, restart and scale Kubernetes workloads',
  usage: 'kubectl get pods [-n NS|-A] | kubectl rollout history|status|undo|restart deployment/NAME [-n NS] | kubectl scale deployment/NAME --replicas=N [-n NS]',
  run({ args }, context) {
    const flags = parseFlags(args);
    if (typeof flags === 'string') return fail(flags);
    const [verb, resource] = flags.positional;
    if (verb === 'get' && (resource === 'pods' || resource === 'pod' || resource === 'po')) return getPods(context, flags);
    if (verb === 'get') return fail(`error: the server doesn't have a resource type "${resource ?? ''}"`);
    if (verb === 'rollout') return rollout(context, flags);
    if (verb === 'scale') return scale(context, flags);
    return fail(`error: unknown command "${verb ?? ''}" for "kubectl"\nUsage: ${this.usage}`);
  },
};
