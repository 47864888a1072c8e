import type { SeriesStore } from '../../tsdb';
import type { Instance, InstanceStatus, ServiceState, World } from '../world';
import { ipFor, templateHash } from '../world';
import { DynamicSeries, exporterTarget } from './dynamic-series';
import { podPhase } from './pod-discovery';
import { registerExporter } from './scraper';
import type { ScrapeTarget } from './target';

const PHASES = ['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'] as const;
const CONDITIONS = ['true', 'false', 'unknown'] as const;
/** Namespace of CronJobs (the scenario format does not place jobs in one). */
const JOB_NAMESPACE = 'default';

const WAITING: Partial<Record<InstanceStatus, string>> = { ContainerCreating: 'ContainerCreating', CrashLoopBackOff: 'CrashLoopBackOff' };

/** One pod's series, registered when the pod first appears. */
type PodSlots = {
  info: number;
  created: number;
  phase: number[];
  ready: number[];
  restarts: number;
  containerReady: number;
  running: number;
  waiting: number;
  waitingReason: Map<string, number>;
  terminatedReason: Map<string, number>;
};

type DeploymentSlots = { spec: number; replicas: number; available: number; unavailable: number; updated: number };

/**
 * kube-state-metrics (one target, job `kube-state-metrics`): pods (phase, readiness, restarts, why a
 * container waits or last ended), deployments, nodes and CronJobs. A pod that is gone is no longer
 * reported, so its series go stale; a waiting reason that no longer holds goes stale the same way.
 */
export function kubeStateMetricsTarget(store: SeriesStore, world: World, phaseMs: number, firstAt: number): ScrapeTarget {
  const series = new DynamicSeries(store, { job: 'kube-state-metrics', instance: `${ipFor('kube-state-metrics')}:8080` });
  const pods = new Map<string, PodSlots>();

  const podSlots = (service: ServiceState, instance: Instance): PodSlots => {
    let slots = pods.get(instance.name);
    if (slots) return slots;
    const pod = { namespace: service.spec.namespace, pod: instance.name };
    const container = { ...pod, container: service.spec.name };
    slots = {
      info: series.slot('kube_pod_info', {
        ...pod,
        node: instance.host,
        host_ip: ipFor(instance.host),
        pod_ip: ipFor(instance.name),
        created_by_kind: 'ReplicaSet',
        created_by_name: `${service.spec.name}-${templateHash(service.spec.name, instance.version)}`,
      }),
      created: series.slot('kube_pod_created', pod),
      phase: PHASES.map((phase) => series.slot('kube_pod_status_phase', { ...pod, phase })),
      ready: CONDITIONS.map((condition) => series.slot('kube_pod_status_ready', { ...pod, condition })),
      restarts: series.slot('kube_pod_container_status_restarts_total', container),
      containerReady: series.slot('kube_pod_container_status_ready', container),
      running: series.slot('kube_pod_container_status_running', container),
      waiting: series.slot('kube_pod_container_status_waiting', container),
      waitingReason: new Map(),
      terminatedReason: new Map(),
    };
    pods.set(instance.name, slots);
    return slots;
  };
  const reasonSlot = (cache: Map<string, number>, metric: string, service: ServiceState, instance: Instance, reason: string): number => {
    let slot = cache.get(reason);
    if (slot === undefined) {
      slot = series.slot(metric, { namespace: service.spec.namespace, pod: instance.name, container: service.spec.name, reason });
      cache.set(reason, slot);
    }
    return slot;
  };

  const services = [...world.services.values()].filter((s) => !s.spec.external);
  const deployments = new Map<string, DeploymentSlots>(
    services.map((s) => {
      const labels = { namespace: s.spec.namespace, deployment: s.spec.name };
      return [
        s.spec.name,
        {
          spec: series.slot('kube_deployment_spec_replicas', labels),
          replicas: series.slot('kube_deployment_status_replicas', labels),
          available: series.slot('kube_deployment_status_replicas_available', labels),
          unavailable: series.slot('kube_deployment_status_replicas_unavailable', labels),
          updated: series.slot('kube_deployment_status_replicas_updated', labels),
        },
      ];
    }),
  );
  const nodes = [...world.hosts.keys()].map((node) => ({ node, slot: series.slot('kube_node_spec_unschedulable', { node }) }));
  const cronjobs = [...world.jobs.keys()].map((cronjob) => ({
    cronjob,
    lastSuccess: series.slot('kube_cronjob_status_last_successful_time', { namespace: JOB_NAMESPACE, cronjob }),
    next: series.slot('kube_cronjob_next_schedule_time', { namespace: JOB_NAMESPACE, cronjob }),
  }));

  const writePod = (service: ServiceState, instance: Instance, t: number, startUnixMs: number): void => {
    const slots = podSlots(service, instance);
    const phase = podPhase(instance);
    series.write(slots.info, t, 1);
    series.write(slots.created, t, Math.floor((startUnixMs + instance.createdAt) / 1000));
    PHASES.forEach((p, i) => series.write(slots.phase[i]!, t, p === phase ? 1 : 0));
    series.write(slots.ready[0]!, t, instance.ready ? 1 : 0);
    series.write(slots.ready[1]!, t, instance.ready ? 0 : 1);
    series.write(slots.ready[2]!, t, 0);
    series.write(slots.restarts, t, instance.restarts);
    series.write(slots.containerReady, t, instance.ready ? 1 : 0);
    series.write(slots.running, t, instance.status === 'Running' || instance.status === 'Terminating' ? 1 : 0);
    const waiting = WAITING[instance.status];
    series.write(slots.waiting, t, waiting ? 1 : 0);
    if (waiting) series.write(reasonSlot(slots.waitingReason, 'kube_pod_container_status_waiting_reason', service, instance, waiting), t, 1);
    if (instance.lastTermination) {
      series.write(reasonSlot(slots.terminatedReason, 'kube_pod_container_status_last_terminated_reason', service, instance, instance.lastTermination), t, 1);
    }
  };

  return exporterTarget(series, phaseMs, firstAt, {
    collect(current: World, t: number): void {
      const seen = new Set<string>();
      for (const service of services) {
        const state = current.services.get(service.spec.name)!;
        const target = state.revisions[state.revisions.length - 1]!.version;
        let live = 0;
        let available = 0;
        let updated = 0;
        for (const instance of state.instances) {
          writePod(state, instance, t, current.startUnixMs);
          seen.add(instance.name);
          if (instance.status === 'Terminating') continue;
          live++;
          if (instance.ready) available++;
          if (instance.version === target) updated++;
        }
        const slots = deployments.get(service.spec.name)!;
        series.write(slots.spec, t, state.desiredReplicas);
        series.write(slots.replicas, t, live);
        series.write(slots.available, t, available);
        series.write(slots.unavailable, t, Math.max(0, state.desiredReplicas - available));
        series.write(slots.updated, t, updated);
      }
      // Gone pods are stale from this scrape on; their slots are not needed again.
      for (const name of pods.keys()) if (!seen.has(name)) pods.delete(name);
      for (const { node, slot } of nodes) series.write(slot, t, current.hosts.get(node)!.cordoned ? 1 : 0);
      for (const job of cronjobs) {
        const state = current.jobs.get(job.cronjob)!;
        series.write(job.lastSuccess, t, Math.floor(state.lastSuccessUnixMs / 1000));
        series.write(job.next, t, Math.floor((current.startUnixMs + state.nextRunAt) / 1000));
      }
    },
  });
}

registerExporter((store, world, phase, firstAt) => [kubeStateMetricsTarget(store, world, phase('kube-state-metrics'), firstAt)]);
