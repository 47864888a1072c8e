import { describe, expect, it } from 'vitest';
import type { SimMillis } from '../clock';
import { killProcess } from '../world';
import { ExporterHarness } from './exporter-fixture';

const JOB = { job: 'kube-state-metrics' };

describe('kube-state-metrics', () => {
  it('reports every pod, deployment, node and CronJob of the estate', () => {
    const h = new ExporterHarness();
    h.tickUntilScraped('kube_pod_info', JOB);
    const web = h.world.services.get('web')!;
    const pod = web.instances[0]!;
    expect(h.last('up', JOB)).toBe(1);
    expect(h.all('kube_pod_info', JOB)).toHaveLength(5);
    expect(h.find('kube_pod_info', { pod: pod.name })!.labels).toMatchObject({ namespace: 'shop', node: 'node-a', created_by_kind: 'ReplicaSet' });
    expect(h.last('kube_pod_status_ready', { pod: pod.name, condition: 'true' })).toBe(1);
    expect(h.last('kube_pod_status_ready', { pod: pod.name, condition: 'false' })).toBe(0);
    expect(h.last('kube_pod_status_phase', { pod: pod.name, phase: 'Running' })).toBe(1);
    expect(h.last('kube_pod_container_status_restarts_total', { namespace: 'shop', pod: pod.name, container: 'web' })).toBe(0);
    expect(h.all('kube_pod_container_status_waiting_reason')).toEqual([]);
    expect(h.last('kube_deployment_spec_replicas', { namespace: 'shop', deployment: 'web' })).toBe(2);
    expect(h.last('kube_deployment_status_replicas_available', { namespace: 'shop', deployment: 'web' })).toBe(2);
    // External services have no deployment.
    expect(h.all('kube_deployment_spec_replicas').map((s) => s.labels.deployment).sort()).toEqual(['api', 'web', 'worker']);
    expect(h.last('kube_node_spec_unschedulable', { node: 'node-a' })).toBe(0);
    const job = h.world.jobs.get('nightly-backup')!;
    expect(h.last('kube_cronjob_status_last_successful_time', { namespace: 'default', cronjob: 'nightly-backup' })).toBe(Math.floor(job.lastSuccessUnixMs / 1000));
    expect(h.last('kube_cronjob_status_last_successful_time', { cronjob: 'nightly-backup' })).toBe(Date.parse('2026-03-13T07:00:00Z') / 1000);
  });

  it('shows an OOM-killed container waiting, its restart and why it last ended', () => {
    const h = new ExporterHarness();
    h.tick();
    const pod = h.world.services.get('web')!.instances[0]!;
    const container = { namespace: 'shop', pod: pod.name, container: 'web' };
    killProcess(h.world, pod, 'OOMKilled', h.now as SimMillis);
    h.tickUntilScraped('kube_pod_info', JOB);
    expect(h.last('kube_pod_container_status_restarts_total', container)).toBe(1);
    expect(h.last('kube_pod_container_status_waiting_reason', { ...container, reason: 'ContainerCreating' })).toBe(1);
    expect(h.last('kube_pod_container_status_last_terminated_reason', { ...container, reason: 'OOMKilled' })).toBe(1);
    expect(h.last('kube_pod_status_ready', { pod: pod.name, condition: 'false' })).toBe(1);
    // A restarting container leaves its pod Running, not Pending.
    expect(h.last('kube_pod_status_phase', { pod: pod.name, phase: 'Running' })).toBe(1);
    expect(h.last('kube_deployment_status_replicas_available', { deployment: 'web' })).toBe(1);
    expect(h.last('kube_deployment_status_replicas_unavailable', { deployment: 'web' })).toBe(1);
    // Once it runs again the waiting reason is gone (stale); the last termination stays.
    h.tick(30);
    expect(pod.status).toBe('Running');
    expect(h.isStale('kube_pod_container_status_waiting_reason', { ...container, reason: 'ContainerCreating' })).toBe(true);
    expect(h.last('kube_pod_container_status_last_terminated_reason', { ...container, reason: 'OOMKilled' })).toBe(1);
    expect(h.last('kube_pod_status_ready', { pod: pod.name, condition: 'true' })).toBe(1);
  });

  it('reports CrashLoopBackOff after repeated errors', () => {
    const h = new ExporterHarness();
    h.tick();
    const pod = h.world.services.get('api')!.instances[1]!;
    killProcess(h.world, pod, 'Error', h.now as SimMillis);
    killProcess(h.world, pod, 'Error', h.now as SimMillis);
    h.tickUntilScraped('kube_pod_info', JOB);
    const container = { namespace: 'shop', pod: pod.name, container: 'api' };
    expect(pod.status).toBe('CrashLoopBackOff');
    expect(h.last('kube_pod_container_status_waiting_reason', { ...container, reason: 'CrashLoopBackOff' })).toBe(1);
    expect(h.last('kube_pod_container_status_last_terminated_reason', { ...container, reason: 'Error' })).toBe(1);
    expect(h.last('kube_pod_container_status_restarts_total', container)).toBe(2);
  });

  it('shows a scale-up pod Pending while it is created, and a removed pod going stale', () => {
    const h = new ExporterHarness();
    h.tick();
    const web = h.world.services.get('web')!;
    web.desiredReplicas = 3;
    h.tickUntilScraped('kube_pod_info', JOB);
    const fresh = web.instances[2]!;
    expect(h.last('kube_deployment_spec_replicas', { deployment: 'web' })).toBe(3);
    expect(h.last('kube_pod_status_phase', { pod: fresh.name, phase: 'Pending' })).toBe(1);
    expect(h.last('kube_pod_container_status_waiting_reason', { pod: fresh.name, reason: 'ContainerCreating' })).toBe(1);
    h.tick(20);
    expect(h.last('kube_deployment_status_replicas_available', { deployment: 'web' })).toBe(3);
    web.desiredReplicas = 1;
    h.tick(40);
    expect(web.instances).toHaveLength(1);
    const gone = h.all('kube_pod_info', { job: 'kube-state-metrics' }).filter((s) => s.labels.pod!.startsWith('web-') && s.labels.pod !== web.instances[0]!.name);
    expect(gone).toHaveLength(2);
    for (const s of gone) {
      expect(h.isStale('kube_pod_info', { pod: s.labels.pod! })).toBe(true);
      expect(h.isStale('kube_pod_container_status_restarts_total', { pod: s.labels.pod! })).toBe(true);
    }
    expect(h.last('kube_deployment_status_replicas', { deployment: 'web' })).toBe(1);
  });

  it('marks a cordoned node unschedulable', () => {
    const h = new ExporterHarness();
    h.world.hosts.get('db-2')!.cordoned = true;
    h.tickUntilScraped('kube_node_spec_unschedulable', { node: 'db-2' });
    expect(h.last('kube_node_spec_unschedulable', { node: 'db-2' })).toBe(1);
  });
});
