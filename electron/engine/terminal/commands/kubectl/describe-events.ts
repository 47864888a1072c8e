import { humanDuration } from '../../table';
import type { CommandContext } from '../../types';
import { kubeEvents } from './events';

/** The Events section that ends every `kubectl describe`: the object's events, oldest first. */
export function eventsSection(context: CommandContext, namespace: string, objects: readonly string[]): string[] {
  const events = kubeEvents(context).filter((e) => e.namespace === namespace && objects.includes(e.object));
  if (events.length === 0) return ['Events:\t<none>'];
  const age = (at: number) => humanDuration(context.now - at);
  return [
    'Events:',
    '  Type\tReason\tAge\tFrom\tMessage',
    '  ----\t------\t----\t----\t-------',
    ...events.map((e) => `  ${e.type}\t${e.reason}\t${e.count > 1 ? `${age(e.last)} (x${e.count} over ${age(e.first)})` : age(e.last)}\t${e.from}\t${e.message}`),
  ];
}

/** `Labels:` and the like: the first pair beside the label, the rest below it in the value column. */
export function pairs(label: string, values: Record<string, string>, separator = '='): string[] {
  const entries = Object.entries(values).sort(([a], [b]) => (a < b ? -1 : 1));
  if (entries.length === 0) return [`${label}\t<none>`];
  return entries.map(([k, v], i) => `${i === 0 ? label : ''}\t${k}${separator}${v}`);
}
