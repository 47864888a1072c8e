import { percent } from './findings-format';
import type { TaskReport, WorldProbe } from './ports';
import { errorRatios, worstService, ERROR_RATIO_BY_SERVICE } from './findings-service';

/**
 * The operations lead's mitigations, run as the terminal runs them (the same operation names and effects):
 * a rollback is `kubectl rollout undo`, a restart `kubectl rollout restart` (or restarting the database).
 * The report gives the operation's output and the rollout it started; whether the errors went away is for a
 * check afterwards, once the new pods are up.
 */
export function operate(probe: WorldProbe, kind: 'rollback' | 'restart', target: string | undefined): TaskReport {
  const datastore = kind === 'restart' && target ? probe.world.datastores.get(target) : undefined;
  if (datastore && target) {
    // The terminal restarts Postgres through its systemd unit on the primary's host.
    const command = `ssh ${datastore.primaryHost} sudo systemctl restart postgresql`;
    const result = probe.operate('restart-db', target, {});
    const outcome = result.ok ? `Queries to ${target} fail until it is back up.` : 'It did not go through.';
    return { text: `Ran ${command}: ${oneLine(result.output)}. ${outcome}`, queries: [command] };
  }
  const service = target ?? worstService(probe);
  const picked = target ? [] : [ERROR_RATIO_BY_SERVICE];
  const state = service ? probe.world.services.get(service) : undefined;
  if (!service || !state) return { text: 'I found no deployment to act on.', queries: picked };
  const command = `kubectl rollout ${kind === 'rollback' ? 'undo' : 'restart'} deployment/${service} -n ${state.spec.namespace}`;
  const before = state.revisions[state.revisions.length - 1]?.version;
  const ratio = errorRatios(probe).find((r) => r.service === service)?.ratio;
  const result = probe.operate(kind, service, {});
  const queries = [...picked, command];
  const why = target ? '' : `${service} had the worst 5xx ratio${ratio === undefined ? '' : ` (${percent(ratio)})`}, so I picked it. `;
  if (!result.ok) return { text: `${why}${command} failed: ${oneLine(result.output)}`, queries };
  const rollout = state.rollout;
  const progress = rollout ? ` Rolling ${rollout.replace.length} pod${rollout.replace.length === 1 ? '' : 's'} to ${rollout.toVersion} one at a time.` : '';
  const change = kind === 'rollback' && rollout && before ? ` ${before} → ${rollout.toVersion}.` : '';
  const baseline = ratio === undefined ? '' : ` The 5xx ratio was ${percent(ratio)} when I started; check it again once the rollout is done.`;
  return { text: `${why}Ran ${command}: ${oneLine(result.output)}.${change}${progress}${baseline}`, queries };
}

/** A terminal's multi-line output as one line of chat. */
function oneLine(output: string): string {
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('; ')
    .replace(/[.;\s]+$/, '');
}
