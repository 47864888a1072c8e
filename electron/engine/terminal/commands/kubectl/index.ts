import { tableByName } from '../../../table';
import type { Command } from '../../types';
import { annotateCommand } from './annotate';
import { completeKubectl } from './complete';
import { create } from './create';
import { deleteCommand } from './delete';
import { describeCommand } from './describe';
import { FLAG_WORDS, disallowedFlag, flagOn, parseArgs } from './flags';
import { fail, ok } from './format';
import { get } from './get';
import { logs } from './logs';
import { KUBECTL_MAN } from './man';
import { NODE_SUBCOMMANDS } from './nodes';
import { withPlatformKinds } from './platform-get';
import { withCoreDnsRollout, withPolicyDelete } from './platform-mutate';
import { rollout } from './rollout';
import { scale } from './scale';
import { setEnv } from './set-env';
import type { Subcommand } from './subcommand';
import { top } from './top';

// get, rollout and delete also serve the platform objects (ingresses, network policies, cron jobs, CoreDNS).
const LIST: Subcommand[] = [withPlatformKinds(get), describeCommand, logs, withCoreDnsRollout(rollout), scale, top, withPolicyDelete(deleteCommand), ...NODE_SUBCOMMANDS, setEnv, annotateCommand, create];
const SUBCOMMANDS = tableByName(LIST, (s) => s.name, 'kubectl subcommand');

const USAGE = 'kubectl get|describe|logs|rollout|scale|top|delete|cordon|uncordon|drain|set env|annotate|create job … [-n NS|-A]';

/** What `kubectl` alone or `kubectl --help` prints: the commands this cluster's kubectl has, from the table. */
const HELP = [
  'kubectl controls the Kubernetes cluster manager.',
  '',
  ' Find more information at: https://kubernetes.io/docs/reference/kubectl/',
  '',
  'Commands:',
  ...LIST.map((s) => `  ${s.name.padEnd(14)}${s.summary}`),
  '',
  'Usage:',
  '  kubectl [flags] [options]',
  '',
  'Use "man kubectl" for more information about the flags.',
].join('\n');

export const kubectl: Command = {
  name: 'kubectl',
  summary: 'inspect pods, deployments, services, nodes and events; read logs; roll back, restart, scale and drain',
  usage: USAGE,
  man: KUBECTL_MAN,
  flags: FLAG_WORDS,
  complete: (words, partial, context) => completeKubectl([...SUBCOMMANDS.keys()].sort(), words, partial, context),
  run(invocation, context) {
    const parsed = parseArgs(invocation.args);
    if (typeof parsed === 'string') return fail(parsed);
    const [verb, ...words] = parsed.positional;
    if (verb === undefined || flagOn(parsed, 'help')) return ok(HELP);
    const subcommand = SUBCOMMANDS.get(verb);
    if (!subcommand) return fail(`error: unknown command "${verb}" for "kubectl"\nRun 'kubectl --help' for usage.`);
    const refused = disallowedFlag(parsed, subcommand.flags);
    if (refused) return fail(refused);
    return subcommand.run(parsed, words, context, invocation);
  },
};
