import { botsBlocked } from '../../../sim/faults/bot-traffic';
import { parseDuration } from '../../../sim/duration';
import { hashString } from '../../../sim/rng';
import type { JobState, ServiceState, World } from '../../../sim/world';
import { humanDuration } from '../../table';
import type { CommandContext } from '../../types';
import type { Scope } from './cluster';
import { nodeCreatedAt } from './cluster';
import { podIp } from './format';
import type { Json } from './yaml';

/**
 * The cluster objects behind the edge and platform mitigations, read from world state: an Ingress per entry
 * service (its rate-limit and deny-list annotations), the NetworkPolicy behind each partition, a CronJob per
 * scheduled job and per cache warmer, and CoreDNS in kube-system.
 */

/** One object as these listings show it: name, namespace, table row, and its manifest for `-o yaml`. */
export type PlatformObject = { name: string; namespace: string; row: string[]; manifest: Json };

export const LIMIT_RPS = 'nginx.ingress.kubernetes.io/limit-rps';
export const DENYLIST = 'nginx.ingress.kubernetes.io/denylist-source-range';
/** The source range the bot traffic of a spike comes from (a hosting provider's block). */
export const BOT_RANGE = '198.51.100.0/24';

const inScope = (scope: Scope, namespace: string) => scope.all || scope.namespace === namespace;
const clusterAge = (context: CommandContext) => humanDuration(context.now - Math.min(...[...context.world.hosts.values()].map(nodeCreatedAt)));

export function ingressAnnotations(service: ServiceState): Record<string, string> {
  const annotations: Record<string, string> = { 'cert-manager.io/cluster-issuer': 'letsencrypt-prod' };
  if (service.mods.rateLimit !== undefined) annotations[LIMIT_RPS] = String(service.mods.rateLimit);
  if (botsBlocked(service)) annotations[DENYLIST] = BOT_RANGE;
  return annotations;
}

/** Entry services (those taking edge traffic) sit behind an Ingress of their own name. */
export function ingresses(context: CommandContext, scope: Scope): PlatformObject[] {
  const cert = [...context.world.certificates.keys()][0];
  return [...context.world.services.values()]
    .filter((s) => s.spec.traffic !== undefined && !s.spec.external && inScope(scope, s.spec.namespace))
    .map((s) => {
      const host = cert ?? `${s.spec.name}.example.com`;
      return {
        name: s.spec.name,
        namespace: s.spec.namespace,
        row: [s.spec.name, 'nginx', host, '203.0.113.10', cert ? '80, 443' : '80', clusterAge(context)],
        manifest: {
          apiVersion: 'networking.k8s.io/v1',
          kind: 'Ingress',
          metadata: { annotations: ingressAnnotations(s), name: s.spec.name, namespace: s.spec.namespace },
          spec: { ingressClassName: 'nginx', rules: [{ host, http: { paths: [{ backend: { service: { name: s.spec.name, port: { number: 80 } } }, path: '/', pathType: 'Prefix' }] } }] },
        },
      };
    });
}

/** The policy that drops a partitioned pair's traffic: an egress policy on the caller that leaves the callee out. */
export function policyName(pair: string): string {
  const [from, to] = pair.split('->');
  return `${from}-egress-deny-${to}`;
}

export function networkPolicies(context: CommandContext, scope: Scope): (PlatformObject & { pair: string })[] {
  const world = context.world;
  return [...world.partitions]
    .map((pair) => ({ pair, from: world.services.get(pair.split('->')[0]!)!, to: pair.split('->')[1]! }))
    .filter(({ from }) => inScope(scope, from.spec.namespace))
    .map(({ pair, from, to }) => ({
      pair,
      name: policyName(pair),
      namespace: from.spec.namespace,
      row: [policyName(pair), `app=${from.spec.name}`, humanDuration(context.now - 0)],
      manifest: {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: policyName(pair), namespace: from.spec.namespace },
        spec: { podSelector: { matchLabels: { app: from.spec.name } }, policyTypes: ['Egress'], egress: [{ to: [{ podSelector: { matchExpressions: [{ key: 'app', operator: 'NotIn', values: [to] }] } }] }] },
      },
    }));
}

/** A cron schedule for a job's period, as its CronJob would say it. */
function schedule(everyMs: number): string {
  const minutes = Math.max(1, Math.round(everyMs / 60_000));
  if (minutes % 1440 === 0) return '0 2 * * *';
  if (minutes % 60 === 0) return minutes === 60 ? '0 * * * *' : `0 */${minutes / 60} * * *`;
  return `*/${minutes} * * * *`;
}

export type CronJob = { name: string; namespace: string; job?: JobState; cache?: string; everyMs: number; lastRunAt?: number };

/** Every CronJob: the scenario's scheduled jobs, and an hourly warmer per cache. */
export function cronJobs(world: World): CronJob[] {
  const jobs: CronJob[] = [...world.jobs.values()].map((job) => {
    const period = parseDuration(job.spec.every) ?? 86_400_000;
    return { name: job.spec.name, namespace: 'default', job, everyMs: period, lastRunAt: job.nextRunAt - period };
  });
  for (const cache of world.caches.values()) jobs.push({ name: `${cache.spec.name}-warmer`, namespace: 'default', cache: cache.spec.name, everyMs: 3_600_000 });
  return jobs.sort((a, b) => (a.name < b.name ? -1 : 1));
}

export function cronJobObjects(context: CommandContext, scope: Scope): PlatformObject[] {
  return cronJobs(context.world)
    .filter((c) => inScope(scope, c.namespace))
    .map((c) => ({
      name: c.name,
      namespace: c.namespace,
      row: [c.name, schedule(c.everyMs), '<none>', 'False', '0', c.lastRunAt === undefined ? '<none>' : humanDuration(context.now - c.lastRunAt), clusterAge(context)],
      manifest: { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: c.name, namespace: c.namespace }, spec: { schedule: schedule(c.everyMs), jobTemplate: { spec: { backoffLimit: 0 } } } },
    }));
}

/** The last scheduled Job of each CronJob: complete if it succeeded, 0/1 if it failed. */
export function jobObjects(context: CommandContext, scope: Scope): PlatformObject[] {
  const world = context.world;
  return cronJobs(world)
    .filter((c) => c.job !== undefined && c.lastRunAt !== undefined && inScope(scope, c.namespace))
    .map((c) => {
      const succeeded = c.job!.lastSuccessUnixMs - world.startUnixMs >= c.lastRunAt! - 1000;
      const name = `${c.name}-${Math.floor((world.startUnixMs + c.lastRunAt!) / 60_000)}`;
      return {
        name,
        namespace: c.namespace,
        row: [name, succeeded ? '1/1' : '0/1', succeeded ? '41s' : humanDuration(context.now - c.lastRunAt!), humanDuration(context.now - c.lastRunAt!)],
        manifest: { apiVersion: 'batch/v1', kind: 'Job', metadata: { name, namespace: c.namespace }, status: { [succeeded ? 'succeeded' : 'failed']: 1 } },
      };
    });
}

/** CoreDNS crash-loops while a service's record is broken (its Corefile does not load). */
export function coreDnsBroken(world: World): boolean {
  return [...world.services.values()].some((s) => s.mods.dnsBroken);
}

export function coreDnsPods(context: CommandContext): PlatformObject[] {
  const broken = coreDnsBroken(context.world);
  return ['coredns-5d78c9869d-8xq2k', 'coredns-5d78c9869d-r7wfm'].map((name, i) => {
    const restarts = broken ? 3 + i + Math.floor(context.now / 120_000) : 0;
    return {
      name,
      namespace: 'kube-system',
      row: [name, broken ? '0/1' : '1/1', broken ? 'CrashLoopBackOff' : 'Running', broken ? `${restarts} (${20 + (hashString(name) % 40)}s ago)` : '0', clusterAge(context)],
      manifest: { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } }, status: { phase: 'Running', podIP: podIp(name) } },
    };
  });
}

export function coreDnsDeployment(context: CommandContext): PlatformObject {
  const ready = coreDnsBroken(context.world) ? 0 : 2;
  return { name: 'coredns', namespace: 'kube-system', row: ['coredns', `${ready}/2`, '2', String(ready), clusterAge(context)], manifest: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'coredns', namespace: 'kube-system' }, spec: { replicas: 2 } } };
}
