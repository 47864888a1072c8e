import type { CommandContext, CommandInvocation, CommandResult } from '../../types';
import { deploymentRef, scopeOf } from './cluster';
import type { ParsedArgs } from './flags';
import { fail, ok } from './format';
import { namesIn, platformKind } from './platform-get';
import { networkPolicies } from './platform-objects';
import type { Subcommand } from './subcommand';

/**
 * `kubectl delete networkpolicy NAME`: removing the policy behind a partition is the restore-network
 * operation on its pair. It asks first, as this cluster's `kubectl delete` does for pods.
 */
function deletePolicy(parsed: ParsedArgs, words: readonly string[], context: CommandContext, invocation: CommandInvocation): CommandResult | undefined {
  const scope = scopeOf(parsed);
  const kind = platformKind(words, scope);
  if (kind?.ref !== 'networkpolicy.networking.k8s.io') return undefined;
  const [name] = namesIn(words);
  if (name === undefined) return fail('error: resource(s) were provided, but no name was specified');
  const policy = networkPolicies(context, scope).find((p) => p.name === name);
  if (!policy) return fail(`Error from server (NotFound): networkpolicies.networking.k8s.io "${name}" not found`);
  if (invocation.confirmed === undefined) return { stdout: '', stderr: '', exitCode: 0, confirm: `You are about to delete the following 1 resource(s):\nnetworkpolicy.networking.k8s.io/${name}\nDo you want to continue? (y/n): ` };
  if (!invocation.confirmed) return ok('');
  const result = context.operate('restore-network', policy.pair, {});
  return result.ok ? ok(`networkpolicy.networking.k8s.io "${name}" deleted`) : fail(`error: ${result.output}`);
}

/** `delete` that also deletes network policies. */
export function withPolicyDelete(remove: Subcommand): Subcommand {
  return { ...remove, run: (parsed, words, context, invocation) => deletePolicy(parsed, words, context, invocation) ?? remove.run(parsed, words, context, invocation) };
}

/**
 * `kubectl rollout restart|status deployment/coredns -n kube-system`: new CoreDNS pods load a good Corefile,
 * which is the restore-dns operation on every service whose record is broken.
 */
function coreDnsRollout(parsed: ParsedArgs, words: readonly string[], context: CommandContext): CommandResult | undefined {
  const [action, ...rest] = words;
  if (scopeOf(parsed).namespace !== 'kube-system' || deploymentRef(rest) !== 'coredns') return undefined;
  if (action === 'status') return ok('deployment "coredns" successfully rolled out');
  if (action !== 'restart') return undefined;
  for (const service of context.world.services.values()) {
    if (!service.mods.dnsBroken) continue;
    const result = context.operate('restore-dns', service.spec.name, {});
    if (!result.ok) return fail(`error: ${result.output}`);
  }
  return ok('deployment.apps/coredns restarted');
}

/** `rollout` that also rolls kube-system's CoreDNS. */
export function withCoreDnsRollout(rollout: Subcommand): Subcommand {
  return { ...rollout, run: (parsed, words, context, invocation) => coreDnsRollout(parsed, words, context) ?? rollout.run(parsed, words, context, invocation) };
}
