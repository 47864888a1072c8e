import { ipFor } from '../../../sim/world';
import { humanDuration } from '../../table';
import type { CommandContext } from '../../types';
import { KUBELET_VERSION, deploymentCreatedAt, deploymentsIn, image, nodeCreatedAt, nodeLabels, podLabels, podStatus, podsIn, replicaCounts, restartsText, targetVersion } from './cluster';
import type { Scope } from './cluster';
import { kubeEvents, lastTerminations } from './events';
import { clusterIp, podIp } from './format';
import { deploymentManifest, nodeManifest, podManifest, serviceManifest } from './manifest';
import type { Json } from './yaml';

/** One object as `kubectl get` lists it: its name, namespace, labels, table row and manifest. */
export type Listed = { name: string; namespace?: string; labels: Record<string, string>; row(wide: boolean): string[]; manifest(): Json };

/** A resource type kubectl knows: its names, how NotFound and `-o name` spell it, and how to list it. */
export type Kind = {
  names: readonly string[];
  /** `pods`, `deployments.apps`: the resource in "Error from server (NotFound)" messages. */
  resource: string;
  /** `pod`, `deployment.apps`: the prefix of `-o name`. */
  ref: string;
  namespaced: boolean;
  header(wide: boolean): string[];
  list(context: CommandContext, scope: Scope): Listed[];
};

const age = (context: CommandContext, at: number) => humanDuration(context.now - at);

/** The kind an event's `OBJECT` column names, as its involvedObject spells it. */
const OBJECT_KINDS: Record<string, string> = { pod: 'Pod', deployment: 'Deployment', replicaset: 'ReplicaSet', node: 'Node', job: 'Job', service: 'Service' };

const pods: Kind = {
  names: ['pods', 'pod', 'po'],
  resource: 'pods',
  ref: 'pod',
  namespaced: true,
  header: (wide) => ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', ...(wide ? ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'] : [])],
  list: (context, scope) => {
    const terminated = lastTerminations(context);
    return podsIn(context.world, scope).map((view) => ({
      name: view.pod.name,
      namespace: view.namespace,
      labels: podLabels(view),
      row: (wide) => {
        const { pod } = view;
        const row = [pod.name, pod.ready ? '1/1' : '0/1', podStatus(pod), restartsText(context, pod, terminated.get(pod.name)), age(context, pod.createdAt)];
        return wide ? [...row, pod.status === 'ContainerCreating' && pod.restarts === 0 ? '<none>' : podIp(pod.name), pod.host, '<none>', '<none>'] : row;
      },
      manifest: () => podManifest(context.world, view),
    }));
  },
};

const deployments: Kind = {
  names: ['deployments', 'deployment', 'deploy', 'deployments.apps', 'deployment.apps'],
  resource: 'deployments.apps',
  ref: 'deployment.apps',
  namespaced: true,
  header: (wide) => ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE', ...(wide ? ['CONTAINERS', 'IMAGES', 'SELECTOR'] : [])],
  list: (context, scope) =>
    deploymentsIn(context.world, scope).map((service) => ({
      name: service.spec.name,
      namespace: service.spec.namespace,
      labels: { app: service.spec.name },
      row: (wide) => {
        const c = replicaCounts(service);
        const row = [service.spec.name, `${c.ready}/${c.desired}`, String(c.updated), String(c.ready), age(context, deploymentCreatedAt(service))];
        return wide ? [...row, service.spec.name, image(service, targetVersion(service)), `app=${service.spec.name}`] : row;
      },
      manifest: () => deploymentManifest(context.world, service),
    })),
};

const services: Kind = {
  names: ['services', 'service', 'svc'],
  resource: 'services',
  ref: 'service',
  namespaced: true,
  header: (wide) => ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE', ...(wide ? ['SELECTOR'] : [])],
  list: (context, scope) => {
    const world = context.world;
    const listed: Listed[] = [...world.services.values()]
      .filter((s) => scope.all || s.spec.namespace === scope.namespace)
      .map((service) => ({
        name: service.spec.name,
        namespace: service.spec.namespace,
        labels: { app: service.spec.name },
        row: (wide) => {
          const { name, namespace, external } = service.spec;
          const row = external
            ? [name, 'ExternalName', '<none>', `${name}.example.com`, '<none>', age(context, deploymentCreatedAt(service))]
            : [name, 'ClusterIP', clusterIp(namespace, name), '<none>', '80/TCP', age(context, deploymentCreatedAt(service))];
          return wide ? [...row, external ? '<none>' : `app=${name}`] : row;
        },
        manifest: () => serviceManifest(world, service),
      }));
    // Every cluster has the API server's own Service in the default namespace.
    if (scope.all || scope.namespace === 'default') {
      const created = Math.min(...[...world.hosts.values()].map(nodeCreatedAt));
      listed.push({
        name: 'kubernetes',
        namespace: 'default',
        labels: { component: 'apiserver', provider: 'kubernetes' },
        row: (wide) => ['kubernetes', 'ClusterIP', '10.96.0.1', '<none>', '443/TCP', age(context, created), ...(wide ? ['<none>'] : [])],
        manifest: () => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubernetes', namespace: 'default' }, spec: { clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }], type: 'ClusterIP' } }),
      });
    }
    return listed.sort((a, b) => (a.namespace! < b.namespace! ? -1 : a.namespace! > b.namespace! ? 1 : a.name < b.name ? -1 : 1));
  },
};

const nodes: Kind = {
  names: ['nodes', 'node', 'no'],
  resource: 'nodes',
  ref: 'node',
  namespaced: false,
  header: (wide) => ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION', ...(wide ? ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'] : [])],
  list: (context) =>
    [...context.world.hosts.values()]
      .sort((a, b) => (a.spec.name < b.spec.name ? -1 : 1))
      .map((host) => ({
        name: host.spec.name,
        labels: nodeLabels(host),
        row: (wide) => {
          const row = [host.spec.name, host.cordoned ? 'Ready,SchedulingDisabled' : 'Ready', '<none>', age(context, nodeCreatedAt(host)), KUBELET_VERSION];
          return wide ? [...row, ipFor(host.spec.name), '<none>', 'Ubuntu 22.04.4 LTS', '5.15.0-1057-aws', 'containerd://1.7.13'] : row;
        },
        manifest: () => nodeManifest(context.world, host),
      })),
};

const events: Kind = {
  names: ['events', 'event', 'ev'],
  resource: 'events',
  ref: 'event',
  namespaced: true,
  header: () => ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
  list: (context, scope) =>
    kubeEvents(context)
      .filter((e) => scope.all || e.namespace === scope.namespace)
      .map((e) => {
        const name = `${e.object.split('/')[1]}.${(e.first + e.object.length * 7919).toString(16)}`;
        const seen = e.count > 1 ? `${age(context, e.last)} (x${e.count} over ${age(context, e.first)})` : age(context, e.last);
        return {
          name,
          namespace: e.namespace,
          labels: {},
          row: () => [seen, e.type, e.reason, e.object, e.message],
          manifest: () => ({ apiVersion: 'v1', count: e.count, involvedObject: { kind: OBJECT_KINDS[e.object.split('/')[0]!] ?? 'Pod', name: e.object.split('/')[1]!, namespace: e.namespace }, kind: 'Event', message: e.message, metadata: { name, namespace: e.namespace }, reason: e.reason, source: { component: e.from }, type: e.type }),
        };
      }),
};

/** The resource types kubectl serves here. */
export const KINDS: readonly Kind[] = [pods, deployments, services, nodes, events];

export function kindNamed(word: string): Kind | undefined {
  return KINDS.find((k) => k.names.includes(word.toLowerCase()));
}
