import type { EcsEvent } from '../../../sim/outputs/ecs';
import { hashString } from '../../../sim/rng';
import { templateHash } from '../../../sim/world';
import type { World } from '../../../sim/world';
import type { CommandContext } from '../../types';
import { compare, serviceOfPod } from './cluster';

/** A Kubernetes Event, aggregated as the API server does: one per object, reason and message, with a count. */
export type KubeEvent = {
  namespace: string;
  /** `pod/checkout-…`, `deployment/checkout`, `node/node-a`. */
  object: string;
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  from: string;
  first: number;
  last: number;
  count: number;
};

type Raw = Omit<KubeEvent, 'first' | 'last' | 'count'>;

/** Events expire from the API server after an hour (kube-apiserver's default --event-ttl). */
export const EVENT_TTL_MS = 3_600_000;

/** The events a world happening stands for, in the words the kubelet and controllers use. */
function translate(world: World, action: string, target: string, message: string): Raw[] {
  const service = serviceOfPod(world, target);
  const namespace = service?.spec.namespace ?? 'default';
  const container = service?.spec.name ?? target;
  const pod = service?.instances.find((i) => i.name === target);
  const onPod = (type: Raw['type'], reason: string, text: string, from = 'kubelet'): Raw => ({ namespace, object: `pod/${target}`, type, reason, message: text, from });
  switch (action) {
    case 'pod.created': {
      const replicaSet = target.replace(/-[a-z0-9]+$/, '');
      const events: Raw[] = [{ namespace, object: `replicaset/${replicaSet}`, type: 'Normal', reason: 'SuccessfulCreate', message, from: 'replicaset-controller' }];
      if (pod) events.push(onPod('Normal', 'Scheduled', `Successfully assigned ${namespace}/${target} to ${pod.host}`, 'default-scheduler'));
      return events;
    }
    case 'pod.ready': {
      const image = `registry.example/${container}:${pod?.version ?? 'latest'}`;
      return [
        onPod('Normal', 'Pulled', `Container image "${image}" already present on machine`),
        onPod('Normal', 'Created', `Created container ${container}`),
        onPod('Normal', 'Started', `Started container ${container}`),
      ];
    }
    case 'pod.killed':
      return [onPod('Normal', 'Killing', message.startsWith('Evicted') ? `Stopping container ${container}` : message.replace(/ in pod \S+$/, ''))];
    case 'pod.oom':
      return pod ? [{ namespace: 'default', object: `node/${pod.host}`, type: 'Warning', reason: 'OOMKilling', message: `Memory cgroup out of memory: Killed process ${1000 + (hashString(target) % 30_000)} (${container}) in pod ${namespace}/${target}`, from: 'kernel-monitor' }] : [];
    case 'pod.backoff':
      return [onPod('Warning', 'BackOff', `Back-off restarting failed container ${container} in pod ${target}_${namespace}`)];
    case 'deploy.started': {
      const version = / to (\S+) started$/.exec(message)?.[1];
      const deployment = world.services.get(target);
      if (!version || !deployment) return [];
      const text = `Scaled up replica set ${target}-${templateHash(target, version)} to 1`;
      return [{ namespace: deployment.spec.namespace, object: `deployment/${target}`, type: 'Normal', reason: 'ScalingReplicaSet', message: text, from: 'deployment-controller' }];
    }
    case 'job.failed':
      return [{ namespace: 'default', object: `job/${target}`, type: 'Warning', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit', from: 'job-controller' }];
    case 'job.succeeded':
      return [{ namespace: 'default', object: `job/${target}`, type: 'Normal', reason: 'Completed', message: 'Job completed', from: 'job-controller' }];
    case 'operation': {
      // The node controller reports cordons as node status changes.
      const op = message.split(' ')[0];
      if (!world.hosts.has(target) || !['cordon', 'drain', 'uncordon'].includes(op ?? '') || / already /.test(message)) return [];
      const state = op === 'uncordon' ? 'NodeSchedulable' : 'NodeNotSchedulable';
      return [{ namespace: 'default', object: `node/${target}`, type: 'Normal', reason: state, message: `Node ${target} status is now: ${state}`, from: 'kubelet' }];
    }
    default:
      return [];
  }
}

/** Index of the first log event at or after `iso` (the log is in time order). */
export function firstAtOrAfter(logs: readonly EcsEvent[], iso: string): number {
  let lo = 0;
  let hi = logs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (logs[mid]!['@timestamp'] < iso) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The cluster's events of the last hour, read back from the platform log stream (the world's own event list
 * is drained every tick), oldest first.
 */
export function kubeEvents(context: CommandContext): KubeEvent[] {
  const world = context.world;
  const logs = context.logs();
  const from = firstAtOrAfter(logs, new Date(world.startUnixMs + context.now - EVENT_TTL_MS).toISOString());
  const byKey = new Map<string, KubeEvent>();
  for (let i = from; i < logs.length; i++) {
    const log = logs[i]!;
    if (log['event.kind'] !== 'event' || log['event.action'] === undefined) continue;
    const at = Date.parse(log['@timestamp']) - world.startUnixMs;
    for (const raw of translate(world, log['event.action'], log.labels?.target ?? '', log.message)) {
      const key = `${raw.namespace}|${raw.object}|${raw.reason}|${raw.message}`;
      const seen = byKey.get(key);
      if (seen) {
        seen.count += 1;
        seen.last = at;
      } else byKey.set(key, { ...raw, first: at, last: at, count: 1 });
    }
  }
  return [...byKey.values()].sort((a, b) => a.last - b.last || compare(a.object, b.object));
}

/** Kills of a container: the kubelet's OOM and exit reports. */
const TERMINATIONS = new Set(['pod.oom', 'pod.crash']);

/**
 * When each pod's container last terminated (sim ms), from the log stream of the last hour: what kubectl's
 * "RESTARTS (5m ago)" and describe's "Last State: Finished" read from `lastState.terminated.finishedAt`.
 */
export function lastTerminations(context: CommandContext): Map<string, number> {
  const world = context.world;
  const logs = context.logs();
  const found = new Map<string, number>();
  for (let i = firstAtOrAfter(logs, new Date(world.startUnixMs + context.now - EVENT_TTL_MS).toISOString()); i < logs.length; i++) {
    const log = logs[i]!;
    if (log['event.kind'] === 'event' && TERMINATIONS.has(log['event.action'] ?? '')) found.set(log.labels?.target ?? '', Date.parse(log['@timestamp']) - world.startUnixMs);
  }
  return found;
}
