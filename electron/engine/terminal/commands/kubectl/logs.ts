import type { EcsEvent } from '../../../sim/outputs/ecs';
import type { CommandContext, CommandResult, Follow } from '../../types';
import { deploymentRef, findPod, podsIn, scopeOf } from './cluster';
import type { PodView, Scope } from './cluster';
import { firstAtOrAfter } from './events';
import { durationFlag, flagOn, intFlag } from './flags';
import type { ParsedArgs } from './flags';
import { fail, ok } from './format';
import type { Subcommand } from './subcommand';

/** A log event as the app wrote it to stdout: ECS loggers print one JSON object per line. */
export function logLine(event: EcsEvent, timestamps = false): string {
  return timestamps ? `${event['@timestamp']} ${JSON.stringify(event)}` : JSON.stringify(event);
}

const iso = (context: CommandContext, simMs: number) => new Date(context.world.startUnixMs + simMs).toISOString();

/** The pod a `logs` argument names: a pod, or the first pod of `deploy/NAME` (with kubectl's notice). */
function resolvePod(words: readonly string[], scope: Scope, context: CommandContext): { view: PodView; notice: string } | string {
  const [first] = words;
  if (first === undefined) return "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command";
  const podName = /^(?:pods?|po)\/(.+)$/.exec(first)?.[1];
  const deployment = podName === undefined && first.includes('/') ? deploymentRef([first]) : undefined;
  if (deployment !== undefined) {
    const pods = podsIn(context.world, scope).filter((v) => v.service.spec.name === deployment && v.pod.status !== 'Terminating');
    if (pods.length === 0) return context.world.services.has(deployment) && context.world.services.get(deployment)!.spec.namespace === scope.namespace ? `error: timed out waiting for the condition` : `Error from server (NotFound): deployments.apps "${deployment}" not found`;
    return { view: pods[0]!, notice: pods.length > 1 ? `Found ${pods.length} pods, using pod/${pods[0]!.pod.name}` : '' };
  }
  if (podName === undefined && first.includes('/')) return `error: the server doesn't have a resource type "${first.split('/')[0]}"`;
  const name = podName ?? first;
  const view = findPod(context.world, scope, name);
  return view ? { view, notice: '' } : `Error from server (NotFound): pods "${name}" not found`;
}

/** The pod's lines from `fromIso` on; the current container's unless `previous`, which reads the one before its last restart. */
function podLines(context: CommandContext, view: PodView, fromIso: string, previous: boolean): EcsEvent[] {
  const logs = context.logs();
  const started = iso(context, view.pod.startedAt);
  const out: EcsEvent[] = [];
  for (let i = firstAtOrAfter(logs, fromIso); i < logs.length; i++) {
    const e = logs[i]!;
    if (e['kubernetes.pod.name'] !== view.pod.name) continue;
    if (previous ? e['@timestamp'] >= started : e['@timestamp'] < started) {
      if (previous) break;
      continue;
    }
    out.push(e);
  }
  return out;
}

/** New lines of the pod as the clock moves, from a cursor at the newest line already shown; it never ends by itself. */
function followLogs(podName: string, shown: readonly EcsEvent[], now: string, timestamps: boolean): Follow {
  let cursor = shown.at(-1)?.['@timestamp'] ?? now;
  let shownAtCursor = new Set(shown.filter((e) => e['@timestamp'] === cursor));
  return {
    next(context) {
      const logs = context.logs();
      const fresh: EcsEvent[] = [];
      for (let i = firstAtOrAfter(logs, cursor); i < logs.length; i++) {
        const e = logs[i]!;
        if (e['kubernetes.pod.name'] === podName && !shownAtCursor.has(e)) fresh.push(e);
      }
      if (fresh.length === 0) return { text: '', done: false };
      // Several lines may share the cursor's timestamp; remember which were shown so none repeats or is lost.
      cursor = fresh[fresh.length - 1]!['@timestamp'];
      shownAtCursor = new Set(fresh.filter((e) => e['@timestamp'] === cursor));
      return { text: `${fresh.map((e) => logLine(e, timestamps)).join('\n')}\n`, done: false };
    },
  };
}

function run(parsed: ParsedArgs, words: readonly string[], context: CommandContext): CommandResult {
  const since = durationFlag(parsed, 'since');
  if (typeof since === 'object') return fail(since.error);
  const tail = intFlag(parsed, 'tail');
  if (typeof tail === 'object') return fail(tail.error);
  const target = resolvePod(words, scopeOf(parsed), context);
  if (typeof target === 'string') return fail(target);
  const { view, notice } = target;
  const container = parsed.flags.get('container');
  if (container !== undefined && container !== view.service.spec.name) return fail(`error: container ${container} is not valid for pod ${view.pod.name}`);
  const previous = flagOn(parsed, 'previous');
  if (previous && view.pod.restarts === 0) return fail(`Error from server (BadRequest): previous terminated container "${view.service.spec.name}" in pod "${view.pod.name}" not found`);
  if (!previous && view.pod.status === 'ContainerCreating' && view.pod.restarts === 0) {
    return fail(`Error from server (BadRequest): container "${view.service.spec.name}" in pod "${view.pod.name}" is waiting to start: ContainerCreating`);
  }
  let lines = podLines(context, view, since === undefined ? '' : iso(context, context.now - since), previous);
  if (tail !== undefined && tail >= 0) lines = lines.slice(Math.max(0, lines.length - tail));
  const timestamps = flagOn(parsed, 'timestamps');
  const stdout = lines.map((e) => logLine(e, timestamps)).join('\n');
  if (!flagOn(parsed, 'follow') || previous) return ok(stdout, notice);
  return { stdout, stderr: notice, exitCode: 0, follow: followLogs(view.pod.name, lines, iso(context, context.now), timestamps) };
}

export const logs: Subcommand = {
  name: 'logs',
  summary: 'Print the logs for a container in a pod',
  flags: ['since', 'tail', 'follow', 'previous', 'timestamps', 'container'],
  run: (parsed, words, context) => run(parsed, words, context),
};
