import type { CommandContext } from '../../types';
import { deploymentsIn, podsIn } from './cluster';
import { FLAG_WORDS } from './flags';
import { kindNamed } from './kinds';

const RESOURCE_TYPES = ['deployments', 'events', 'nodes', 'pods', 'services'];
const ROLLOUT_ACTIONS = ['history', 'restart', 'status', 'undo'];

/** The namespace the words so far select (`-n shop`, `--namespace=shop`). */
function namespaceOf(words: readonly string[]): string {
  for (let i = 0; i < words.length; i++) {
    if ((words[i] === '-n' || words[i] === '--namespace') && words[i + 1] !== undefined) return words[i + 1]!;
    if (words[i]!.startsWith('--namespace=')) return words[i]!.slice('--namespace='.length);
  }
  return 'default';
}

function namesOf(kindWord: string, namespace: string, context: CommandContext): string[] {
  const kind = kindNamed(kindWord);
  const scope = { namespace, all: false };
  if (kind?.ref === 'pod') return podsIn(context.world, scope).map((v) => v.pod.name);
  if (kind?.ref === 'deployment.apps') return deploymentsIn(context.world, scope).map((s) => s.spec.name);
  if (kind?.ref === 'node') return [...context.world.hosts.keys()];
  if (kind?.ref === 'service') return [...context.world.services.values()].filter((s) => s.spec.namespace === namespace).map((s) => s.spec.name);
  return [];
}

/** Candidates for the word being typed after `kubectl`: subcommands, types, names, namespaces and flags. */
export function completeKubectl(subcommands: readonly string[], allWords: readonly string[], partial: string, context: CommandContext): string[] {
  const words = allWords[0] === 'kubectl' ? allWords.slice(1) : allWords;
  const previous = words[words.length - 1];
  const namespace = namespaceOf(words);
  let candidates: string[];
  if (previous === '-n' || previous === '--namespace') {
    candidates = [...new Set([...context.world.services.values()].map((s) => s.spec.namespace))];
  } else if (partial.startsWith('-')) {
    candidates = [...FLAG_WORDS];
  } else {
    // Positional words only: flags and the values they took are not part of the command's shape.
    const positional = words.filter((w, i) => !w.startsWith('-') && !['-n', '--namespace', '-o', '-l', '-c'].includes(words[i - 1] ?? ''));
    const [verb, second, third] = positional;
    if (verb === undefined) candidates = [...subcommands];
    else if (verb === 'rollout' && second === undefined) candidates = ROLLOUT_ACTIONS;
    else if (verb === 'rollout' || verb === 'scale') {
      const deployments = namesOf('deployments', namespace, context).map((n) => `deployment/${n}`);
      candidates = (verb === 'rollout' ? third : second) === undefined ? deployments : [];
    } else if (['cordon', 'uncordon', 'drain'].includes(verb)) candidates = second === undefined ? [...context.world.hosts.keys()] : [];
    else if (verb === 'logs') candidates = second === undefined ? namesOf('pods', namespace, context) : [];
    else if (verb === 'top') candidates = second === undefined ? ['nodes', 'pods'] : namesOf(second, namespace, context);
    else if (verb === 'delete') candidates = second === undefined ? ['pod'] : namesOf(second, namespace, context);
    else if (verb === 'get' || verb === 'describe') candidates = second === undefined ? RESOURCE_TYPES : namesOf(second, namespace, context);
    else candidates = [];
  }
  return candidates.filter((c) => c.startsWith(partial)).sort();
}
