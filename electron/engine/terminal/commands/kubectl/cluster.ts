import type { HostState, Instance, ServiceState, World } from '../../../sim/world';
import { hashString } from '../../../sim/rng';
import { templateHash } from '../../../sim/world';
import { humanDuration } from '../../table';
import type { CommandContext } from '../../types';
import type { ParsedArgs } from './flags';

/**
 * The Kubernetes objects kubectl shows, read from world state: a Deployment per (non-external) service, a Pod
 * per instance, a Service per service, a Node per host.
 */

/** Which namespaces a command looks at. */
export type Scope = { namespace: string; all: boolean };

export function scopeOf(parsed: ParsedArgs): Scope {
  return { namespace: parsed.flags.get('namespace') ?? 'default', all: parsed.flags.get('all-namespaces') === 'true' };
}

export type PodView = { pod: Instance; service: ServiceState; namespace: string };

const inScope = (scope: Scope, namespace: string) => scope.all || namespace === scope.namespace;

/** Deployments in scope, by namespace then name (the API server's list order). */
export function deploymentsIn(world: World, scope: Scope): ServiceState[] {
  return [...world.services.values()]
    .filter((s) => !s.spec.external && inScope(scope, s.spec.namespace))
    .sort((a, b) => compare(a.spec.namespace, b.spec.namespace) || compare(a.spec.name, b.spec.name));
}

export function podsIn(world: World, scope: Scope): PodView[] {
  return deploymentsIn(world, scope)
    .flatMap((service) => service.instances.map((pod) => ({ pod, service, namespace: service.spec.namespace })))
    .sort((a, b) => compare(a.namespace, b.namespace) || compare(a.pod.name, b.pod.name));
}

export function findPod(world: World, scope: Scope, name: string): PodView | undefined {
  return podsIn(world, scope).find((v) => v.pod.name === name);
}

export function findDeployment(world: World, scope: Scope, name: string): ServiceState | undefined {
  return deploymentsIn(world, scope).find((s) => s.spec.name === name);
}

/** The service whose pod this is, from the name `<deployment>-<template hash>-<suffix>`. */
export function serviceOfPod(world: World, podName: string): ServiceState | undefined {
  const deployment = podName.replace(/-[a-z0-9]+-[a-z0-9]+$/, '');
  return world.services.get(deployment);
}

/** `deployment/NAME`, `deploy/NAME`, `deployment.apps/NAME`, or `deployment NAME`: the deployment's name. */
export function deploymentRef(words: readonly string[]): string | undefined {
  const [first, second] = words;
  if (first === undefined) return undefined;
  const slashed = /^(?:deployment|deployments|deploy|deployment\.apps|deployments\.apps)\/([a-z0-9-]+)$/.exec(first);
  if (slashed) return slashed[1];
  return /^(?:deployment|deployments|deploy|deployment\.apps|deployments\.apps)$/.test(first) ? second : undefined;
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function podLabels(view: PodView): Record<string, string> {
  return { app: view.service.spec.name, 'pod-template-hash': templateHash(view.service.spec.name, view.pod.version) };
}

export function nodeLabels(host: HostState): Record<string, string> {
  return { 'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64', 'kubernetes.io/hostname': host.spec.name, 'kubernetes.io/os': 'linux' };
}

/** The STATUS column: the waiting or terminated reason while the container is down, else the phase. */
export function podStatus(pod: Instance): string {
  if (pod.status === 'ContainerCreating' && pod.restarts > 0 && pod.lastTermination) return pod.lastTermination;
  return pod.status;
}

/** RESTARTS: the count, and how long ago the container last terminated (when known, else when it last started). */
export function restartsText(context: CommandContext, pod: Instance, terminatedAt: number | undefined): string {
  return pod.restarts === 0 ? '0' : `${pod.restarts} (${humanDuration(context.now - (terminatedAt ?? pod.startedAt))} ago)`;
}

/** The version a deployment is rolling to, or runs. */
export function targetVersion(service: ServiceState): string {
  return service.rollout?.toVersion ?? service.revisions[service.revisions.length - 1]!.version;
}

export function liveReplicas(service: ServiceState): Instance[] {
  return service.instances.filter((i) => i.status !== 'Terminating');
}

/** The Deployment's status counters as the deployment controller reports them. */
export function replicaCounts(service: ServiceState): { desired: number; updated: number; total: number; ready: number } {
  const live = liveReplicas(service);
  const version = targetVersion(service);
  return { desired: service.desiredReplicas, updated: live.filter((i) => i.version === version).length, total: live.length, ready: live.filter((i) => i.ready).length };
}

export function image(service: ServiceState, version: string): string {
  return `registry.example/${service.spec.name}:${version}`;
}

/** When the Deployment was created: its first revision, or its oldest pod if that is older. */
export function deploymentCreatedAt(service: ServiceState): number {
  return Math.min(service.revisions[0]!.at, ...service.instances.map((i) => i.createdAt));
}

/** Nodes joined the cluster weeks before the drill (stable per name), so their AGE reads like a real fleet's. */
export function nodeCreatedAt(host: HostState): number {
  return -(20 + (hashString(`node-age:${host.spec.name}`) % 40)) * 86_400_000;
}

export const KUBELET_VERSION = 'v1.29.4';

/** Whether labels satisfy an equality-based selector (`app=checkout,tier!=web`); a string is kubectl's error. */
export function selectorMatcher(selector: string | undefined): ((labels: Record<string, string>) => boolean) | string {
  if (selector === undefined) return () => true;
  const terms = selector.split(',').map((term) => /^\s*(!?)([A-Za-z0-9./_-]+)\s*(?:(==|=|!=)\s*([A-Za-z0-9._-]*))?\s*$/.exec(term));
  if (terms.some((t) => t === null)) return `error: unable to parse requirement: invalid label selector "${selector}"`;
  return (labels) =>
    terms.every((t) => {
      const [, not, key, op, value] = t!;
      const has = Object.hasOwn(labels, key!);
      if (op === undefined) return not ? !has : has;
      return op === '!=' ? labels[key!] !== value : labels[key!] === value;
    });
}
