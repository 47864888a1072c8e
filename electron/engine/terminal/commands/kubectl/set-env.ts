import type { ServiceState } from '../../../sim/world';
import type { CommandContext, CommandResult } from '../../types';
import { deploymentRef, findDeployment, scopeOf } from './cluster';
import { flagOn } from './flags';
import { fail, ok } from './format';
import type { Subcommand } from './subcommand';

/**
 * `kubectl set env deployment/NAME KEY=VALUE… KEY-… [--list]`. Application settings come from the
 * deployment's ConfigMap (`NAME-config`, read at process start); setting a key is config-set, removing it or
 * setting it back to its known-good value is config-revert. The database pool size is the environment
 * variable `DB_POOL_SIZE` (`<DATASTORE>_POOL_SIZE` when there are several), which raise-pool sets.
 */

function poolVariable(service: ServiceState, datastore: string): string {
  return service.poolSize.size === 1 ? 'DB_POOL_SIZE' : `${datastore.toUpperCase().replace(/-/g, '_')}_POOL_SIZE`;
}

function poolDatastore(service: ServiceState, key: string): string | undefined {
  return [...service.poolSize.keys()].find((d) => poolVariable(service, d) === key);
}

function list(service: ServiceState): string {
  const name = service.spec.name;
  const pools = [...service.poolSize].map(([d, size]) => `${poolVariable(service, d)}=${size}`);
  const config = [...service.config].map(([k, v]) => `${k}=${v}`);
  return [`# deployment ${name}, container ${name}`, ...pools, `# ${name}-config (ConfigMap)`, ...config].join('\n');
}

function apply(service: ServiceState, assignment: string, context: CommandContext): string | undefined {
  const name = service.spec.name;
  const unset = /^([^=]+)-$/.exec(assignment);
  const set = /^([^=]+)=(.*)$/s.exec(assignment);
  if (!unset && !set) return `error: invalid env: ${assignment}`;
  const key = (unset ?? set)![1]!;
  const datastore = poolDatastore(service, key);
  let result: { ok: boolean; output: string };
  if (datastore !== undefined) {
    if (unset || !/^\d+$/.test(set![2]!)) return `error: ${key} must be a whole number of connections`;
    result = context.operate('raise-pool', name, { datastore, size: Number(set![2]) });
  } else {
    const good = context.world.spec.config.find((c) => c.service === name && c.key === key)?.value;
    result = unset || set![2] === good ? context.operate('config-revert', name, { key }) : context.operate('config-set', name, { key, value: set![2]! });
  }
  if (result.ok || /unchanged/.test(result.output)) return undefined;
  return result.output.startsWith('error') ? result.output.trimEnd() : `error: ${result.output.trimEnd()}`;
}

function run(parsed: Parameters<Subcommand['run']>[0], words: readonly string[], context: CommandContext): CommandResult {
  const [what, ...rest] = words;
  if (what !== 'env') return fail(`error: unknown command "${what ?? ''}" for "kubectl set"\nAvailable Commands: env`);
  const name = deploymentRef(rest);
  if (!name) return fail('error: required resource not specified (e.g. deployment/checkout)');
  const service = findDeployment(context.world, scopeOf(parsed), name);
  if (!service) return fail(`Error from server (NotFound): deployments.apps "${name}" not found`);
  if (flagOn(parsed, 'list')) return ok(list(service));
  const assignments = rest.slice(rest[0]!.includes('/') ? 1 : 2);
  if (assignments.length === 0) return fail('error: at least one environment variable must be provided');
  for (const assignment of assignments) {
    const problem = apply(service, assignment, context);
    if (problem) return fail(problem);
  }
  return ok(`deployment.apps/${name} env updated`);
}

export const setEnv: Subcommand = {
  name: 'set',
  summary: 'Set specific features on objects (set env: environment and ConfigMap settings of a deployment)',
  flags: ['list'],
  run,
};
