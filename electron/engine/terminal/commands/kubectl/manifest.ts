import { templateHash } from '../../../sim/world';
import type { HostState, ServiceState, World } from '../../../sim/world';
import { KUBELET_VERSION, deploymentCreatedAt, image, nodeCreatedAt, nodeLabels, podLabels, replicaCounts, targetVersion } from './cluster';
import type { PodView } from './cluster';
import { clusterIp, memoryQuantity, podIp, rfc3339, stableHex, uidFor } from './format';
import { ipFor } from '../../../sim/world';
import type { Json } from './yaml';

/** The API objects `kubectl get -o yaml|json` prints, built from world state. */

const at = (world: World, ms: number) => rfc3339(world.startUnixMs + ms);

function metadata(world: World, kind: string, name: string, namespace: string | undefined, createdAt: number, extra: { [key: string]: Json } = {}): Json {
  const base: { [key: string]: Json } = { creationTimestamp: at(world, createdAt), name, resourceVersion: String(1000 + Math.max(0, Math.floor((world.now - createdAt) / 1000))), uid: uidFor(`${kind}/${namespace}/${name}`), ...extra };
  if (namespace !== undefined) base.namespace = namespace;
  return base;
}

export function containerSpec(service: ServiceState, version: string): Json {
  return {
    image: image(service, version),
    imagePullPolicy: 'IfNotPresent',
    name: service.spec.name,
    ports: [{ containerPort: 8080, name: 'http', protocol: 'TCP' }],
    resources: { limits: { memory: memoryQuantity(service.spec.memory_limit_mb) }, requests: { cpu: '250m', memory: memoryQuantity(service.spec.memory_mb) } },
  };
}

function containerState(world: World, view: PodView): { state: Json; lastState: Json } {
  const pod = view.pod;
  const startedAt = at(world, pod.startedAt);
  // A terminating container still runs until its grace period ends; a restarting one waits in ContainerCreating.
  const waiting = pod.status === 'CrashLoopBackOff' ? 'CrashLoopBackOff' : 'ContainerCreating';
  const state: Json = pod.status === 'Running' || pod.status === 'Terminating' ? { running: { startedAt } } : { waiting: { reason: waiting } };
  const lastState: Json = pod.lastTermination
    ? { terminated: { containerID: `containerd://${stableHex(`${pod.name}:${pod.restarts - 1}`, 64)}`, exitCode: pod.lastTermination === 'OOMKilled' ? 137 : 1, finishedAt: startedAt, reason: pod.lastTermination, startedAt: at(world, pod.createdAt) } }
    : {};
  return { state, lastState };
}

export function podManifest(world: World, view: PodView): Json {
  const { pod, service, namespace } = view;
  const replicaSet = `${service.spec.name}-${templateHash(service.spec.name, pod.version)}`;
  const ready = pod.ready ? 'True' : 'False';
  const { state, lastState } = containerState(world, view);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: metadata(world, 'Pod', pod.name, namespace, pod.createdAt, {
      generateName: `${replicaSet}-`,
      labels: podLabels(view),
      ownerReferences: [{ apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'ReplicaSet', name: replicaSet, uid: uidFor(`ReplicaSet/${namespace}/${replicaSet}`) }],
    }),
    spec: { containers: [containerSpec(service, pod.version)], dnsPolicy: 'ClusterFirst', nodeName: pod.host, restartPolicy: 'Always', schedulerName: 'default-scheduler', serviceAccountName: 'default' },
    status: {
      conditions: ['Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({ lastTransitionTime: at(world, type === 'Ready' || type === 'ContainersReady' ? pod.startedAt : pod.createdAt), status: type.endsWith('Ready') ? ready : 'True', type })),
      containerStatuses: [
        { containerID: `containerd://${stableHex(`${pod.name}:${pod.restarts}`, 64)}`, image: image(service, pod.version), imageID: `registry.example/${service.spec.name}@sha256:${stableHex(`${service.spec.name}:${pod.version}`, 64)}`, lastState, name: service.spec.name, ready: pod.ready, restartCount: pod.restarts, started: pod.status === 'Running', state },
      ],
      hostIP: ipFor(pod.host),
      phase: pod.status === 'ContainerCreating' && pod.restarts === 0 ? 'Pending' : 'Running',
      podIP: podIp(pod.name),
      qosClass: 'Burstable',
      startTime: at(world, pod.createdAt),
    },
  };
}

export function deploymentManifest(world: World, service: ServiceState): Json {
  const name = service.spec.name;
  const counts = replicaCounts(service);
  const progressing = service.rollout ? 'ReplicaSetUpdated' : 'NewReplicaSetAvailable';
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: metadata(world, 'Deployment', name, service.spec.namespace, deploymentCreatedAt(service), {
      annotations: { 'deployment.kubernetes.io/revision': String(service.revisions.length) },
      generation: service.revisions.length,
      labels: { app: name },
    }),
    spec: {
      progressDeadlineSeconds: 600,
      replicas: service.desiredReplicas,
      revisionHistoryLimit: 10,
      selector: { matchLabels: { app: name } },
      strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }, type: 'RollingUpdate' },
      template: { metadata: { labels: { app: name } }, spec: { containers: [containerSpec(service, targetVersion(service))], restartPolicy: 'Always' } },
    },
    status: {
      availableReplicas: counts.ready,
      conditions: [
        { reason: counts.ready >= Math.max(1, counts.desired - 1) ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable', status: counts.ready >= Math.max(1, counts.desired - 1) ? 'True' : 'False', type: 'Available' },
        { reason: progressing, status: 'True', type: 'Progressing' },
      ],
      observedGeneration: service.revisions.length,
      readyReplicas: counts.ready,
      replicas: counts.total,
      unavailableReplicas: Math.max(0, counts.total - counts.ready),
      updatedReplicas: counts.updated,
    },
  };
}

export function serviceManifest(world: World, service: ServiceState): Json {
  const { name, namespace } = service.spec;
  const meta = metadata(world, 'Service', name, namespace, deploymentCreatedAt(service), { labels: { app: name } });
  if (service.spec.external) return { apiVersion: 'v1', kind: 'Service', metadata: meta, spec: { externalName: `${name}.example.com`, type: 'ExternalName' }, status: { loadBalancer: {} } };
  const ip = clusterIp(namespace, name);
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta,
    spec: { clusterIP: ip, clusterIPs: [ip], ports: [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 8080 }], selector: { app: name }, sessionAffinity: 'None', type: 'ClusterIP' },
    status: { loadBalancer: {} },
  };
}

export function nodeManifest(world: World, host: HostState): Json {
  const name = host.spec.name;
  const memoryKi = Math.round((host.spec.memory_gb * 1e9) / 1024);
  const spec: { [key: string]: Json } = { podCIDR: '10.244.0.0/24' };
  if (host.cordoned) Object.assign(spec, { taints: [{ effect: 'NoSchedule', key: 'node.kubernetes.io/unschedulable' }], unschedulable: true });
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: metadata(world, 'Node', name, undefined, nodeCreatedAt(host), { labels: nodeLabels(host) }),
    spec,
    status: {
      addresses: [{ address: ipFor(name), type: 'InternalIP' }, { address: name, type: 'Hostname' }],
      allocatable: { cpu: String(host.spec.cpus), memory: `${memoryKi}Ki`, pods: '110' },
      capacity: { cpu: String(host.spec.cpus), memory: `${memoryKi}Ki`, pods: '110' },
      conditions: [{ reason: 'KubeletReady', status: 'True', type: 'Ready' }],
      nodeInfo: { architecture: 'amd64', containerRuntimeVersion: 'containerd://1.7.13', kernelVersion: '5.15.0-1057-aws', kubeletVersion: KUBELET_VERSION, operatingSystem: 'linux', osImage: 'Ubuntu 22.04.4 LTS' },
    },
  };
}
