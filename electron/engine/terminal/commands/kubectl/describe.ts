import { ipFor, templateHash } from '../../../sim/world';
import type { CommandContext } from '../../types';
import { deploymentCreatedAt, image, podLabels, podsIn, replicaCounts, scopeOf, selectorMatcher, targetVersion } from './cluster';
import type { PodView, Scope } from './cluster';
import { eventsSection, pairs } from './describe-events';
import { lastTerminations } from './events';
import { describeNode } from './describe-node';
import { describeService } from './describe-service';
import { fail, memoryQuantity, ok, podIp, rfc1123, stableHex, tabwrite } from './format';
import type { ServiceState } from '../../../sim/world';
import { typeAndNames } from './get';
import type { Subcommand } from './subcommand';

function describePod(context: CommandContext, view: PodView): string {
  const { pod, service, namespace } = view;
  const world = context.world;
  const time = (ms: number) => rfc1123(world.startUnixMs + ms);
  const name = service.spec.name;
  const replicaSet = `${name}-${templateHash(name, pod.version)}`;
  const waiting = pod.status !== 'Running' && pod.status !== 'Terminating';
  const state = waiting ? ['    State:\tWaiting', `      Reason:\t${pod.status}`] : ['    State:\tRunning', `      Started:\t${time(pod.startedAt)}`];
  const last = pod.lastTermination
    ? ['    Last State:\tTerminated', `      Reason:\t${pod.lastTermination}`, `      Exit Code:\t${pod.lastTermination === 'OOMKilled' ? 137 : 1}`, `      Started:\t${time(pod.status === 'Running' ? pod.createdAt : pod.startedAt)}`, `      Finished:\t${time(lastTerminations(context).get(pod.name) ?? pod.startedAt)}`]
    : [];
  const ready = pod.ready ? 'True' : 'False';
  return [
    `Name:\t${pod.name}`,
    `Namespace:\t${namespace}`,
    'Priority:\t0',
    'Service Account:\tdefault',
    `Node:\t${pod.host}/${ipFor(pod.host)}`,
    `Start Time:\t${time(pod.createdAt)}`,
    ...pairs('Labels:', podLabels(view)),
    'Annotations:\t<none>',
    `Status:\t${pod.status === 'Terminating' ? 'Terminating' : pod.status === 'ContainerCreating' && pod.restarts === 0 ? 'Pending' : 'Running'}`,
    `IP:\t${podIp(pod.name)}`,
    'IPs:',
    `  IP:\t${podIp(pod.name)}`,
    `Controlled By:\tReplicaSet/${replicaSet}`,
    'Containers:',
    `  ${name}:`,
    `    Container ID:\tcontainerd://${stableHex(`${pod.name}:${pod.restarts}`, 64)}`,
    `    Image:\t${image(service, pod.version)}`,
    `    Image ID:\tregistry.example/${name}@sha256:${stableHex(`${name}:${pod.version}`, 64)}`,
    '    Port:\t8080/TCP',
    '    Host Port:\t0/TCP',
    ...state,
    ...last,
    `    Ready:\t${ready}`,
    `    Restart Count:\t${pod.restarts}`,
    '    Limits:',
    `      memory:\t${memoryQuantity(service.spec.memory_limit_mb)}`,
    '    Requests:',
    '      cpu:\t250m',
    `      memory:\t${memoryQuantity(service.spec.memory_mb)}`,
    '    Liveness:\thttp-get http://:8080/healthz delay=10s timeout=1s period=10s #success=1 #failure=3',
    '    Readiness:\thttp-get http://:8080/healthz delay=5s timeout=1s period=5s #success=1 #failure=3',
    '    Environment:\t<none>',
    '    Mounts:',
    `      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-${stableHex(pod.name, 5)} (ro)`,
    'Conditions:',
    '  Type\tStatus',
    '  Initialized\tTrue',
    `  Ready\t${ready}`,
    `  ContainersReady\t${ready}`,
    '  PodScheduled\tTrue',
    'Volumes:',
    `  kube-api-access-${stableHex(pod.name, 5)}:`,
    '    Type:\tProjected (a volume that contains injected data from multiple sources)',
    '    TokenExpirationSeconds:\t3607',
    '    ConfigMapName:\tkube-root-ca.crt',
    '    ConfigMapOptional:\t<nil>',
    '    DownwardAPI:\ttrue',
    'QoS Class:\tBurstable',
    'Node-Selectors:\t<none>',
    'Tolerations:\tnode.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
    '\tnode.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
    ...eventsSection(context, namespace, [`pod/${pod.name}`]),
  ].join('\n');
}

function describeDeployment(context: CommandContext, service: ServiceState): string {
  const name = service.spec.name;
  const c = replicaCounts(service);
  const version = targetVersion(service);
  const newRs = `${name}-${templateHash(name, version)}`;
  const old = [...new Set(service.instances.filter((i) => i.version !== version && i.status !== 'Terminating').map((i) => i.version))];
  const oldText = old.length === 0 ? '<none>' : old.map((v) => `${name}-${templateHash(name, v)} (${service.instances.filter((i) => i.version === v && i.status !== 'Terminating').length}/${service.instances.filter((i) => i.version === v && i.status !== 'Terminating').length} replicas created)`).join(', ');
  const available = c.ready >= Math.max(1, c.desired - Math.floor(c.desired / 4));
  return [
    `Name:\t${name}`,
    `Namespace:\t${service.spec.namespace}`,
    `CreationTimestamp:\t${rfc1123(context.world.startUnixMs + deploymentCreatedAt(service))}`,
    `Labels:\tapp=${name}`,
    `Annotations:\tdeployment.kubernetes.io/revision: ${service.revisions.length}`,
    `Selector:\tapp=${name}`,
    `Replicas:\t${c.desired} desired | ${c.updated} updated | ${c.total} total | ${c.ready} available | ${Math.max(0, c.total - c.ready)} unavailable`,
    'StrategyType:\tRollingUpdate',
    'MinReadySeconds:\t0',
    'RollingUpdateStrategy:\t25% max unavailable, 25% max surge',
    'Pod Template:',
    `  Labels:\tapp=${name}`,
    '  Containers:',
    `   ${name}:`,
    `    Image:\t${image(service, version)}`,
    '    Port:\t8080/TCP',
    '    Host Port:\t0/TCP',
    '    Limits:',
    `      memory:\t${memoryQuantity(service.spec.memory_limit_mb)}`,
    '    Requests:',
    '      cpu:\t250m',
    `      memory:\t${memoryQuantity(service.spec.memory_mb)}`,
    '    Environment:\t<none>',
    '    Mounts:\t<none>',
    '  Volumes:\t<none>',
    'Conditions:',
    '  Type\tStatus\tReason',
    '  ----\t------\t------',
    `  Available\t${available ? 'True' : 'False'}\t${available ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable'}`,
    `  Progressing\tTrue\t${service.rollout ? 'ReplicaSetUpdated' : 'NewReplicaSetAvailable'}`,
    `OldReplicaSets:\t${oldText}`,
    `NewReplicaSet:\t${newRs} (${c.updated}/${c.updated} replicas created)`,
    ...eventsSection(context, service.spec.namespace, [`deployment/${name}`]),
  ].join('\n');
}

/** Describe matches names by prefix, as kubectl does when no object has the exact name. */
function byName<T>(items: readonly T[], nameOf: (item: T) => string, name: string | undefined): T[] {
  if (name === undefined) return [...items];
  const exact = items.filter((i) => nameOf(i) === name);
  return exact.length > 0 ? exact : items.filter((i) => nameOf(i).startsWith(name));
}

function describe(kindName: string, name: string | undefined, scope: Scope, matches: (labels: Record<string, string>) => boolean, context: CommandContext): string[] | undefined {
  const world = context.world;
  if (kindName === 'pods') return byName(podsIn(world, scope).filter((v) => matches(podLabels(v))), (v) => v.pod.name, name).map((v) => describePod(context, v));
  if (kindName === 'deployments.apps') {
    const services = [...world.services.values()].filter((s) => !s.spec.external && (scope.all || s.spec.namespace === scope.namespace) && matches({ app: s.spec.name }));
    return byName(services, (s) => s.spec.name, name).map((s) => describeDeployment(context, s));
  }
  if (kindName === 'services') {
    const services = [...world.services.values()].filter((s) => (scope.all || s.spec.namespace === scope.namespace) && matches({ app: s.spec.name }));
    return byName(services, (s) => s.spec.name, name).map((s) => describeService(context, s));
  }
  if (kindName === 'nodes') return byName([...world.hosts.values()], (h) => h.spec.name, name).map((h) => describeNode(context, h));
  return undefined;
}

export const describeCommand: Subcommand = {
  name: 'describe',
  summary: 'Show details of a specific resource or group of resources',
  flags: ['all-namespaces', 'selector'],
  run(parsed, words, context) {
    const asked = typeAndNames(words);
    if (typeof asked === 'string') return fail(asked.replace('to get', 'to describe').replace('kubectl get -h', 'kubectl describe -h'));
    const scope = scopeOf(parsed);
    const matches = selectorMatcher(parsed.flags.get('selector'));
    if (typeof matches === 'string') return fail(matches);
    const names = asked.names.length === 0 ? [undefined] : asked.names;
    const texts: string[] = [];
    const errors: string[] = [];
    for (const name of names) {
      const found = describe(asked.kind.resource, name, scope, matches, context);
      if (found === undefined) return fail(`error: describing ${asked.kind.resource} is not supported here (try pods, deployments, services or nodes)`);
      if (found.length === 0 && name !== undefined) errors.push(`Error from server (NotFound): ${asked.kind.resource} "${name}" not found`);
      texts.push(...found.map((t) => tabwrite(t)));
    }
    if (texts.length === 0 && errors.length === 0) return ok('', `No resources found in ${scope.namespace} namespace.`);
    return { stdout: texts.join('\n\n\n'), stderr: errors.join('\n'), exitCode: errors.length > 0 ? 1 : 0 };
  },
};
