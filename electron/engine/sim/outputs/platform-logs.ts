import type { World, WorldEvent } from '../world';
import type { EcsEvent } from './ecs';

const DATASETS: Record<string, { dataset: string; level: EcsEvent['log.level']; logger: string }> = {
  'deploy.started': { dataset: 'deploy.log', level: 'info', logger: 'argocd' },
  'deploy.finished': { dataset: 'deploy.log', level: 'info', logger: 'argocd' },
  'pod.created': { dataset: 'kubernetes.event', level: 'info', logger: 'replicaset-controller' },
  'pod.ready': { dataset: 'kubernetes.event', level: 'info', logger: 'kubelet' },
  'pod.killed': { dataset: 'kubernetes.event', level: 'info', logger: 'kubelet' },
  'pod.oom': { dataset: 'kubernetes.event', level: 'warn', logger: 'kubelet' },
  'pod.crash': { dataset: 'kubernetes.event', level: 'warn', logger: 'kubelet' },
  'pod.backoff': { dataset: 'kubernetes.event', level: 'warn', logger: 'kubelet' },
  'db.down': { dataset: 'postgresql.log', level: 'fatal', logger: 'postgres' },
  'db.up': { dataset: 'postgresql.log', level: 'info', logger: 'postgres' },
  'db.failover': { dataset: 'postgresql.log', level: 'warn', logger: 'patroni' },
  'db.slow-query': { dataset: 'postgresql.log', level: 'warn', logger: 'postgres' },
  'db.too-many-clients': { dataset: 'postgresql.log', level: 'fatal', logger: 'postgres' },
  'cache.flushed': { dataset: 'redis.log', level: 'warn', logger: 'redis' },
  'disk.full': { dataset: 'system.syslog', level: 'error', logger: 'kernel' },
  'cert.expired': { dataset: 'ingress.log', level: 'error', logger: 'ingress-nginx' },
  'cert.renewed': { dataset: 'cert-manager.log', level: 'info', logger: 'cert-manager' },
  'queue.poison': { dataset: 'consumer.log', level: 'error', logger: 'consumer' },
  'job.failed': { dataset: 'kubernetes.event', level: 'warn', logger: 'job-controller' },
  'job.succeeded': { dataset: 'kubernetes.event', level: 'info', logger: 'job-controller' },
  'config.changed': { dataset: 'audit.log', level: 'info', logger: 'kube-apiserver' },
  'flag.changed': { dataset: 'audit.log', level: 'info', logger: 'flags' },
  operation: { dataset: 'audit.log', level: 'info', logger: 'kube-apiserver' },
};

/** Kubernetes events, deploy logs, database and platform logs for what happened in the world. */
export function platformLogs(world: World, events: readonly WorldEvent[]): EcsEvent[] {
  return events.map((e) => {
    const meta = DATASETS[e.kind]!;
    return {
      '@timestamp': new Date(world.startUnixMs + e.at).toISOString(),
      'ecs.version': '8.11.0',
      'log.level': meta.level,
      message: e.message,
      'event.dataset': meta.dataset,
      'event.kind': 'event',
      'event.action': e.kind,
      'log.logger': meta.logger,
      'host.name': e.target,
      labels: { target: e.target },
    };
  });
}

/** Database log lines for the tick: slow statements and refused connections, sampled one a second. */
export function databaseLogs(world: World, second: boolean): EcsEvent[] {
  if (!second) return [];
  const lines: EcsEvent[] = [];
  for (const store of world.datastores.values()) {
    const stamp = new Date(world.startUnixMs + world.now).toISOString();
    const queryMs = store.spec.query_ms * store.queryFactor + store.lockWaitMs;
    const common = { '@timestamp': stamp, 'ecs.version': '8.11.0' as const, 'event.dataset': 'postgresql.log', 'host.name': store.primaryHost, 'service.name': store.spec.name, 'log.logger': 'postgres' };
    if (store.up && queryMs >= 1000) {
      lines.push({ ...common, 'log.level': 'warn', message: `duration: ${queryMs.toFixed(3)} ms  statement: ${store.blocker?.query ?? 'SELECT o.* FROM orders o JOIN order_items i ON i.order_id = o.id WHERE o.customer_id = $1'}` });
    }
    if (store.up && store.lockWaitMs > 0 && store.blocker) {
      lines.push({ ...common, 'log.level': 'warn', message: `process ${1000 + (world.now % 9000)} still waiting for ShareLock on transaction 48213377 after ${store.lockWaitMs.toFixed(3)} ms; blocked by process ${store.blocker.pid}` });
    }
    if (store.up && store.refusedConnections > 0) lines.push({ ...common, 'log.level': 'fatal', message: 'FATAL:  sorry, too many clients already' });
    if (store.replicaHost !== undefined && store.replicationLagSeconds > 30) {
      lines.push({ ...common, 'host.name': store.replicaHost, 'log.level': 'warn', message: `replica is ${store.replicationLagSeconds.toFixed(0)} seconds behind primary: canceling statement due to conflict with recovery` });
    }
  }
  return lines;
}
