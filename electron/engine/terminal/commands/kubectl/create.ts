import type { CommandContext, CommandResult } from '../../types';
import { scopeOf } from './cluster';
import type { ParsedArgs } from './flags';
import { fail, ok } from './format';
import { cronJobs } from './platform-objects';
import type { Subcommand } from './subcommand';

/**
 * `kubectl create job NAME --from=cronjob/CRONJOB`: a manual run of a scheduled job (rerun-job), or of a
 * cache's warmer (`<cache>-warmer`, the warm-cache operation).
 */
function run(parsed: ParsedArgs, words: readonly string[], context: CommandContext): CommandResult {
  const [what, ...names] = words;
  if (what !== 'job') return fail(`error: unknown command "${what ?? ''}" for "kubectl create"\nAvailable Commands here: job`);
  if (names.length !== 1) return fail(`error: exactly one NAME is required, got ${names.length}`);
  const from = parsed.flags.get('from');
  if (from === undefined) return fail('error: either --image or --from must be specified');
  const m = /^(?:cronjob|cronjobs|cj|cronjob\.batch)\/(.+)$/.exec(from);
  if (!m) return fail(`error: from must be an existing cronjob: ${from}`);
  const namespace = scopeOf(parsed).namespace;
  const cron = cronJobs(context.world).find((c) => c.name === m[1] && c.namespace === namespace);
  if (!cron) return fail(`error: failed to retrieve cronjob: cronjobs.batch "${m[1]}" not found`);
  const result = cron.cache !== undefined ? context.operate('warm-cache', cron.cache, {}) : context.operate('rerun-job', cron.name, {});
  return result.ok ? ok(`job.batch/${names[0]} created`) : fail(`error: ${result.output.trimEnd()}`);
}

export const create: Subcommand = {
  name: 'create',
  summary: 'Create a resource (create job --from=cronjob/NAME: run a scheduled job now)',
  flags: ['from'],
  run,
};
