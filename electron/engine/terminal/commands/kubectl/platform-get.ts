import { formatTable } from '../../table';
import type { CommandContext, CommandResult } from '../../types';
import { scopeOf } from './cluster';
import type { Scope } from './cluster';
import type { ParsedArgs } from './flags';
import { ok } from './format';
import { coreDnsDeployment, coreDnsPods, cronJobObjects, ingresses, jobObjects, networkPolicies } from './platform-objects';
import type { PlatformObject } from './platform-objects';
import type { Subcommand } from './subcommand';
import { listOf, toYaml } from './yaml';

/** A platform resource type: its names, NotFound spelling, `-o name` prefix, columns and objects. */
type PlatformKind = { names: readonly string[]; resource: string; ref: string; header: string[]; list(context: CommandContext, scope: Scope): PlatformObject[] };

export const PLATFORM_KINDS: readonly PlatformKind[] = [
  { names: ['ingresses', 'ingress', 'ing'], resource: 'ingresses.networking.k8s.io', ref: 'ingress.networking.k8s.io', header: ['NAME', 'CLASS', 'HOSTS', 'ADDRESS', 'PORTS', 'AGE'], list: ingresses },
  { names: ['networkpolicies', 'networkpolicy', 'netpol'], resource: 'networkpolicies.networking.k8s.io', ref: 'networkpolicy.networking.k8s.io', header: ['NAME', 'POD-SELECTOR', 'AGE'], list: networkPolicies },
  { names: ['cronjobs', 'cronjob', 'cj'], resource: 'cronjobs.batch', ref: 'cronjob.batch', header: ['NAME', 'SCHEDULE', 'TIMEZONE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE', 'AGE'], list: cronJobObjects },
  { names: ['jobs', 'job'], resource: 'jobs.batch', ref: 'job.batch', header: ['NAME', 'COMPLETIONS', 'DURATION', 'AGE'], list: jobObjects },
];

/** kube-system's pods and deployments: CoreDNS (the estate's own workloads live in their namespaces). */
const KUBE_SYSTEM: readonly PlatformKind[] = [
  { names: ['pods', 'pod', 'po'], resource: 'pods', ref: 'pod', header: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'], list: coreDnsPods },
  { names: ['deployments', 'deployment', 'deploy', 'deployments.apps', 'deployment.apps'], resource: 'deployments.apps', ref: 'deployment.apps', header: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'], list: (c) => [coreDnsDeployment(c)] },
];

/** The platform kind a `get`/`delete` line names (`ingress x`, `netpol/x`), if it names one this file serves. */
export function platformKind(words: readonly string[], scope: Scope): PlatformKind | undefined {
  const word = words[0]?.split('/')[0]?.toLowerCase();
  if (word === undefined) return undefined;
  const kube = scope.namespace === 'kube-system' && !scope.all ? KUBE_SYSTEM.find((k) => k.names.includes(word)) : undefined;
  return kube ?? PLATFORM_KINDS.find((k) => k.names.includes(word));
}

export function namesIn(words: readonly string[]): string[] {
  const [first, ...rest] = words;
  return first!.includes('/') ? [first!.slice(first!.indexOf('/') + 1), ...rest.map((w) => w.slice(w.indexOf('/') + 1))] : rest;
}

function print(kind: PlatformKind, items: PlatformObject[], output: string | undefined, single: boolean, all: boolean): string {
  if (output === 'name') return items.map((i) => `${kind.ref}/${i.name}`).join('\n');
  if (output === 'yaml') return toYaml(single ? items[0]!.manifest : listOf(items.map((i) => i.manifest)));
  if (output === 'json') return JSON.stringify(single ? items[0]!.manifest : listOf(items.map((i) => i.manifest)), null, 4);
  return formatTable([all ? ['NAMESPACE', ...kind.header] : kind.header, ...items.map((i) => (all ? [i.namespace, ...i.row] : i.row))]);
}

/** `kubectl get` for the platform kinds; undefined hands the line to the cluster's own `get`. */
function getPlatform(parsed: ParsedArgs, words: readonly string[], context: CommandContext): CommandResult | undefined {
  const scope = scopeOf(parsed);
  const kind = platformKind(words, scope);
  if (!kind) return undefined;
  const output = parsed.flags.get('output');
  if (output !== undefined && !['wide', 'yaml', 'json', 'name'].includes(output)) return undefined;
  const names = namesIn(words);
  const listed = kind.list(context, scope);
  if (names.length === 0) return listed.length === 0 ? ok('', scope.all ? 'No resources found' : `No resources found in ${scope.namespace} namespace.`) : ok(print(kind, listed, output, false, scope.all));
  const found = listed.filter((i) => names.includes(i.name));
  const missing = names.filter((n) => !found.some((i) => i.name === n)).map((n) => `Error from server (NotFound): ${kind.resource} "${n}" not found`);
  return { stdout: found.length === 0 ? '' : print(kind, found, output, names.length === 1, scope.all), stderr: missing.join('\n'), exitCode: missing.length > 0 ? 1 : 0 };
}

/** `get` that also serves ingresses, network policies, cron jobs, jobs and kube-system's CoreDNS. */
export function withPlatformKinds(get: Subcommand): Subcommand {
  return { ...get, run: (parsed, words, context, invocation) => (parsed.flags.get('watch') === 'true' ? undefined : getPlatform(parsed, words, context)) ?? get.run(parsed, words, context, invocation) };
}

