import type { Instance, ServiceState } from '../world';
import { ipFor, templateHash } from '../world';

/** The port every service pod serves its /metrics on. */
export const POD_METRICS_PORT = 8080;

/** A pod's phase: it stays Running while its container restarts; Pending only before its first start. */
export function podPhase(instance: Instance): 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown' {
  if (instance.status === 'Completed') return 'Succeeded';
  if (instance.status === 'ContainerCreating' && instance.restarts === 0) return 'Pending';
  return 'Running';
}

/**
 * The meta labels Prometheus's kubernetes_sd (role `pod`) attaches to a pod's container port, as the Service
 * discovery page lists them: where the pod runs, its phase and readiness, its owner and the port.
 */
export function podMetaLabels(service: ServiceState, instance: Instance): Record<string, string> {
  const name = service.spec.name;
  return {
    __meta_kubernetes_namespace: service.spec.namespace,
    __meta_kubernetes_pod_container_init: 'false',
    __meta_kubernetes_pod_container_name: name,
    __meta_kubernetes_pod_container_port_name: 'http',
    __meta_kubernetes_pod_container_port_number: String(POD_METRICS_PORT),
    __meta_kubernetes_pod_container_port_protocol: 'TCP',
    __meta_kubernetes_pod_controller_kind: 'ReplicaSet',
    __meta_kubernetes_pod_controller_name: `${name}-${templateHash(name, instance.version)}`,
    __meta_kubernetes_pod_host_ip: ipFor(instance.host),
    __meta_kubernetes_pod_ip: ipFor(instance.name),
    __meta_kubernetes_pod_label_app: name,
    __meta_kubernetes_pod_labelpresent_app: 'true',
    __meta_kubernetes_pod_name: instance.name,
    __meta_kubernetes_pod_node_name: instance.host,
    __meta_kubernetes_pod_phase: podPhase(instance),
    __meta_kubernetes_pod_ready: String(instance.ready),
  };
}
