import { deploymentRef, findDeployment, scopeOf } from './cluster';
import { intFlag } from './flags';
import { fail, fromOperation } from './format';
import type { Subcommand } from './subcommand';

/** `kubectl scale deployment/NAME --replicas=N`, through the scale operation. */
export const scale: Subcommand = {
  name: 'scale',
  summary: 'Set a new size for a deployment',
  flags: ['replicas'],
  run(parsed, words, context) {
    const name = deploymentRef(words);
    if (!name) return fail('error: required resource not specified (e.g. deployment/checkout)');
    const replicas = intFlag(parsed, 'replicas');
    if (typeof replicas === 'object') return fail(replicas.error);
    if (replicas === undefined) return fail('error: required flag(s) "replicas" not set');
    if (replicas < 0) return fail('error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
    if (!findDeployment(context.world, scopeOf(parsed), name)) return fail(`Error from server (NotFound): deployments.apps "${name}" not found`);
    return fromOperation(context.operate('scale', name, { replicas }));
  },
};
