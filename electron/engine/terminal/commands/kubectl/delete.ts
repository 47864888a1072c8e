import type { CommandResult } from '../../types';
import { findPod, scopeOf } from './cluster';
import { flagOn } from './flags';
import { fail, ok } from './format';
import { typeAndNames } from './get';
import type { Subcommand } from './subcommand';

/**
 * `kubectl delete pod NAME`, asking first as `kubectl delete --interactive` does. The simulation has no
 * operation that kills one pod, so the deletion goes through `restart` of the pod's deployment: its
 * ReplicaSet replaces the pods, this one included.
 */
export const deleteCommand: Subcommand = {
  name: 'delete',
  summary: 'Delete resources by resources and names',
  flags: ['force', 'wait', 'grace-period'],
  run(parsed, words, context, invocation): CommandResult {
    const asked = typeAndNames(words);
    if (typeof asked === 'string') return fail(asked.replace('to get', 'to delete').replace('kubectl get -h', 'kubectl delete -h'));
    const scope = scopeOf(parsed);
    if (asked.kind.resource !== 'pods') {
      const resource = asked.kind.resource.split('.')[0]!;
      const group = asked.kind.resource.includes('.') ? asked.kind.resource.split('.').slice(1).join('.') : '';
      return fail(`Error from server (Forbidden): ${asked.kind.resource} "${asked.names[0] ?? ''}" is forbidden: User "${invocation.user}" cannot delete resource "${resource}" in API group "${group}"${asked.kind.namespaced ? ` in the namespace "${scope.namespace}"` : ' at the cluster scope'}`);
    }
    const [name] = asked.names;
    if (name === undefined) return fail('error: resource(s) were provided, but no name was specified');
    const view = findPod(context.world, scope, name);
    if (!view) return fail(`Error from server (NotFound): pods "${name}" not found`);
    if (invocation.confirmed === undefined) return { stdout: '', stderr: '', exitCode: 0, confirm: `You are about to delete the following 1 resource(s):\npod/${name}\nDo you want to continue? (y/n): ` };
    if (!invocation.confirmed) return ok('');
    const result = context.operate('restart', view.service.spec.name, {});
    if (!result.ok) return fail(result.output);
    const force = flagOn(parsed, 'force');
    return force
      ? ok(`pod "${name}" force deleted`, 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.')
      : ok(`pod "${name}" deleted`);
  },
};
