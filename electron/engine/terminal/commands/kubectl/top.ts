import { formatTable } from '../../table';
import type { CommandContext, CommandResult } from '../../types';
import { compare, podLabels, podsIn, scopeOf, selectorMatcher } from './cluster';
import type { ParsedArgs } from './flags';
import { fail, ok } from './format';
import type { Subcommand } from './subcommand';

const MI = 1024 * 1024;

type Usage = { name: string; namespace?: string; milli: number; mebi: number; extra: string[] };

function sortUsage(rows: Usage[], sortBy: string | undefined): Usage[] {
  if (sortBy === 'cpu') return [...rows].sort((a, b) => b.milli - a.milli);
  if (sortBy === 'memory') return [...rows].sort((a, b) => b.mebi - a.mebi);
  return rows;
}

/** Pod usage from the metrics server: running containers only (a pod that is starting has no metrics yet). */
function topPods(parsed: ParsedArgs, name: string | undefined, context: CommandContext): CommandResult {
  const scope = scopeOf(parsed);
  const matches = selectorMatcher(parsed.flags.get('selector'));
  if (typeof matches === 'string') return fail(matches);
  const views = podsIn(context.world, scope).filter((v) => v.pod.status === 'Running' && matches(podLabels(v)) && (name === undefined || v.pod.name === name));
  if (views.length === 0) {
    if (name !== undefined) return fail(`Error from server (NotFound): podmetrics.metrics.k8s.io "${scope.namespace}/${name}" not found`);
    return ok('', scope.all ? 'No resources found' : `No resources found in ${scope.namespace} namespace.`);
  }
  const rows = sortUsage(
    views.map((v) => ({ name: v.pod.name, namespace: v.namespace, milli: Math.max(1, Math.round(v.pod.cpuUtilisation * 1000)), mebi: Math.round(v.pod.rssBytes / MI), extra: [] })),
    parsed.flags.get('sort-by'),
  );
  const header = [...(scope.all ? ['NAMESPACE'] : []), 'NAME', 'CPU(cores)', 'MEMORY(bytes)'];
  return ok(formatTable([header, ...rows.map((r) => [...(scope.all ? [r.namespace!] : []), r.name, `${r.milli}m`, `${r.mebi}Mi`])]));
}

function topNodes(parsed: ParsedArgs, name: string | undefined, context: CommandContext): CommandResult {
  const hosts = [...context.world.hosts.values()].filter((h) => name === undefined || h.spec.name === name).sort((a, b) => compare(a.spec.name, b.spec.name));
  if (hosts.length === 0) return fail(`Error from server (NotFound): nodemetrics.metrics.k8s.io "${name}" not found`);
  const rows = sortUsage(
    hosts.map((h) => {
      const milli = Math.round(h.cpuUtilisation * h.spec.cpus * 1000);
      const mebi = Math.round(h.memoryUsedBytes / MI);
      return { name: h.spec.name, milli, mebi, extra: [`${Math.round(h.cpuUtilisation * 100)}%`, `${Math.round((h.memoryUsedBytes / (h.spec.memory_gb * 1e9)) * 100)}%`] };
    }),
    parsed.flags.get('sort-by'),
  );
  return ok(formatTable([['NAME', 'CPU(cores)', 'CPU%', 'MEMORY(bytes)', 'MEMORY%'], ...rows.map((r) => [r.name, `${r.milli}m`, r.extra[0]!, `${r.mebi}Mi`, r.extra[1]!])]));
}

export const top: Subcommand = {
  name: 'top',
  summary: 'Display resource (CPU/memory) usage',
  flags: ['all-namespaces', 'selector', 'sort-by'],
  run(parsed, words, context) {
    const [what, name] = words;
    const sortBy = parsed.flags.get('sort-by');
    if (sortBy !== undefined && sortBy !== 'cpu' && sortBy !== 'memory') return fail('error: --sort-by accepts only cpu or memory');
    if (what === 'pods' || what === 'pod' || what === 'po') return topPods(parsed, name, context);
    if (what === 'nodes' || what === 'node' || what === 'no') return topNodes(parsed, name, context);
    return fail(`error: unknown command "${what ?? ''}" for "kubectl top"\nAvailable Commands: node, pod`);
  },
};
