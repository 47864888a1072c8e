import type { ServiceState } from '../../../sim/world';
import { templateHash } from '../../../sim/world';
import { formatTable } from '../../table';
import type { CommandContext, CommandResult, Follow } from '../../types';
import { deploymentRef, findDeployment, image, liveReplicas, scopeOf } from './cluster';
import { intFlag } from './flags';
import type { ParsedArgs } from './flags';
import { fail, fromOperation, ok, tabwrite } from './format';
import type { Subcommand } from './subcommand';

const ACTIONS = ['history', 'restart', 'status', 'undo'];

/** The line `kubectl rollout status` prints for the deployment now, and whether the rollout is over. */
function statusLine(service: ServiceState): { text: string; done: boolean } {
  const name = service.spec.name;
  if (!service.rollout) return { text: `deployment "${name}" successfully rolled out`, done: true };
  const updated = liveReplicas(service).filter((i) => i.version === service.rollout!.toVersion && i.ready).length;
  return { text: `Waiting for deployment "${name}" rollout to finish: ${updated} of ${service.desiredReplicas} updated replicas are available...`, done: false };
}

/** Prints a new status line whenever the rollout moves, and the success line when it is over. */
function followStatus(name: string, namespace: string, first: string): Follow {
  let last = first;
  return {
    next(context: CommandContext) {
      const service = findDeployment(context.world, { namespace, all: false }, name);
      if (!service) return { text: `error: deployments.apps "${name}" not found`, done: true, exitCode: 1 };
      const { text, done } = statusLine(service);
      if (text === last && !done) return { text: '', done: false };
      last = text;
      return done ? { text: `${text}\n`, done: true, exitCode: 0 } : { text: `${text}\n`, done: false };
    },
  };
}

function history(service: ServiceState, parsed: ParsedArgs): CommandResult {
  const name = service.spec.name;
  const revision = intFlag(parsed, 'revision');
  if (typeof revision === 'object') return fail(revision.error);
  if (revision === undefined || revision === 0) {
    const rows = service.revisions.map((r, i) => [String(i + 1), `${r.summary} (${r.author})`]);
    return ok(`deployment.apps/${name} \n${formatTable([['REVISION', 'CHANGE-CAUSE'], ...rows])}`);
  }
  const r = service.revisions[revision - 1];
  if (!r) return fail(`error: unable to find the specified revision`);
  return ok(
    tabwrite([
      `deployment.apps/${name} with revision #${revision}`,
      'Pod Template:',
      `  Labels:\tapp=${name}`,
      `\tpod-template-hash=${templateHash(name, r.version)}`,
      `  Annotations:\tkubernetes.io/change-cause: ${r.summary} (${r.author})`,
      '  Containers:',
      `   ${name}:`,
      `    Image:\t${image(service, r.version)}`,
      '    Port:\t8080/TCP',
    ].join('\n')),
  );
}

/** `--to-revision=N` rolls back through the rollback operation when N is the previous version, else deploys N's version. */
function undo(service: ServiceState, parsed: ParsedArgs, context: CommandContext): CommandResult {
  const name = service.spec.name;
  const to = intFlag(parsed, 'to-revision');
  if (typeof to === 'object') return fail(to.error);
  if (to === undefined || to === 0) return fromOperation(context.operate('rollback', name, {}));
  const wanted = service.revisions[to - 1];
  if (!wanted) return fail(`error: unable to find specified revision ${to} in history`);
  const current = service.revisions[service.revisions.length - 1]!.version;
  if (wanted.version === current) return ok(`deployment.apps/${name} skipped rollback (current template already matches revision ${to})`);
  const previous = [...service.revisions].reverse().find((r) => r.version !== current);
  if (previous?.version === wanted.version) return fromOperation(context.operate('rollback', name, {}));
  const result = context.operate('roll-forward', name, { version: wanted.version });
  return result.ok ? ok(`deployment.apps/${name} rolled back`) : fromOperation(result);
}

export const rollout: Subcommand = {
  name: 'rollout',
  summary: 'Manage the rollout of a resource',
  flags: ['watch', 'revision', 'to-revision'],
  run(parsed, words, context) {
    const [action, ...rest] = words;
    if (!action || !ACTIONS.includes(action)) return fail(`error: unknown command "${action ?? ''}" for "kubectl rollout"\nAvailable Commands: history, restart, status, undo`);
    const name = deploymentRef(rest);
    if (!name) return fail('error: required resource not specified (e.g. deployment/checkout)');
    const scope = scopeOf(parsed);
    const service = findDeployment(context.world, scope, name);
    if (!service) return fail(`Error from server (NotFound): deployments.apps "${name}" not found`);
    if (action === 'history') return history(service, parsed);
    if (action === 'restart') return fromOperation(context.operate('restart', name, {}));
    if (action === 'undo') return undo(service, parsed, context);
    const now = statusLine(service);
    if (now.done || parsed.flags.get('watch') === 'false') return ok(now.text);
    return { stdout: now.text, stderr: '', exitCode: 0, follow: followStatus(name, scope.namespace, now.text) };
  },
};
