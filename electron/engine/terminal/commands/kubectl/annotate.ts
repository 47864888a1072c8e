import type { CommandContext, CommandResult } from '../../types';
import { scopeOf } from './cluster';
import { flagOn } from './flags';
import type { ParsedArgs } from './flags';
import { fail, ok } from './format';
import { platformKind } from './platform-get';
import { DENYLIST, LIMIT_RPS, ingressAnnotations, ingresses } from './platform-objects';
import type { Subcommand } from './subcommand';

/**
 * `kubectl annotate ingress NAME KEY=VALUE… [--overwrite]`: ingress-nginx's `limit-rps` is the rate-limit
 * operation (removing it, `limit-rps-`, lifts the limit); `denylist-source-range` drops the bots' source
 * range at the edge, the block-traffic operation. Other annotations are recorded and change nothing.
 */
function annotate(name: string, assignment: string, overwrite: boolean, context: CommandContext): string | undefined {
  const service = context.world.services.get(name)!;
  const current = ingressAnnotations(service);
  const unset = /^([^=]+)-$/.exec(assignment);
  const set = /^([^=]+)=(.*)$/s.exec(assignment);
  if (!unset && !set) return `error: at least one annotation update is required`;
  const key = (unset ?? set)![1]!;
  if (set && current[key] !== undefined && !overwrite) return `error: --overwrite is false but found the following declared annotation(s): '${key}' already has a value (${current[key]})`;
  if (key === LIMIT_RPS) {
    if (set && !/^\d+$/.test(set[2]!)) return `error: admission webhook "validate.nginx.ingress.kubernetes.io" denied the request: ${LIMIT_RPS}: "${set[2]}" is not a valid number`;
    const result = context.operate('rate-limit', name, unset ? {} : { rps: Number(set![2]) });
    return result.ok ? undefined : `error: ${result.output}`;
  }
  if (key === DENYLIST && set) {
    const result = context.operate('block-traffic', name, {});
    return result.ok ? undefined : `error: ${result.output}`;
  }
  return undefined;
}

function run(parsed: ParsedArgs, words: readonly string[], context: CommandContext): CommandResult {
  const scope = scopeOf(parsed);
  const kind = platformKind(words, scope);
  if (!kind || kind.ref !== 'ingress.networking.k8s.io') return fail(`error: only ingresses can be annotated in this cluster (e.g. kubectl annotate ingress/NAME ${LIMIT_RPS}=100)`);
  // `ingress/NAME KEY=VALUE…` or `ingress NAME KEY=VALUE…` (annotation keys have slashes of their own).
  const slashed = words[0]!.includes('/');
  const name = slashed ? words[0]!.slice(words[0]!.indexOf('/') + 1) : words[1];
  const rest = words.slice(slashed ? 1 : 2);
  if (name === undefined) return fail('error: one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (!ingresses(context, scope).some((i) => i.name === name)) return fail(`Error from server (NotFound): ingresses.networking.k8s.io "${name}" not found`);
  if (rest.length === 0) return fail('error: at least one annotation update is required');
  for (const assignment of rest) {
    const problem = annotate(name, assignment, flagOn(parsed, 'overwrite'), context);
    if (problem) return fail(problem);
  }
  return ok(`ingress.networking.k8s.io/${name} annotated`);
}

export const annotateCommand: Subcommand = {
  name: 'annotate',
  summary: 'Update the annotations on a resource',
  flags: ['overwrite'],
  run,
};
