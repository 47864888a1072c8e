import type { ServiceState, World } from '../../../sim/world';
import { formatTable, humanDuration } from '../../table';
import type { Command, CommandContext, CommandInvocation, CommandResult, Follow } from '../../types';
import { liveReplicas, targetVersion } from '../kubectl/cluster';
import { parseArgv } from '../net/argv';

/**
 * `deploy`, the team's CD tool: what each service runs and is rolling to, its release history (from the
 * deployment's revisions, author and summary included), and rollback, which asks first and then follows the
 * rollout as the tool's CLI does.
 */

const fail = (stderr: string, exitCode = 1): CommandResult => ({ stdout: '', stderr: `${stderr}\n`, exitCode });

function when(world: World, sim: number): string {
  return new Date(world.startUnixMs + sim).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}

function progress(service: ServiceState): { updated: number; ready: number; desired: number } {
  const version = targetVersion(service);
  const live = liveReplicas(service);
  return { updated: live.filter((i) => i.version === version && i.ready).length, ready: live.filter((i) => i.ready).length, desired: service.desiredReplicas };
}

function status(world: World, now: number, service: ServiceState): string {
  const current = service.revisions[service.revisions.length - 1]!;
  const p = progress(service);
  const rollout = service.rollout
    ? `in progress (${service.rollout.reason}) to ${service.rollout.toVersion}: ${p.updated}/${p.desired} pods updated, ${p.ready} ready, started ${humanDuration(now - service.rollout.startedAt)} ago`
    : `complete: ${p.updated}/${p.desired} pods on ${current.version}, ${p.ready} ready`;
  return [
    `Service:    ${service.spec.name}`,
    `Namespace:  ${service.spec.namespace}`,
    `Version:    ${current.version} (revision ${service.revisions.length})`,
    `Deployed:   ${when(world, current.at)} by ${current.author} (${humanDuration(now - current.at)} ago)`,
    `Change:     ${current.summary}`,
    `Rollout:    ${rollout}`,
    '',
  ].join('\n');
}

function history(world: World, service: ServiceState): string {
  const last = service.revisions.length - 1;
  const rows = service.revisions.map((r, i) => [String(i + 1), r.version, when(world, r.at), r.author, i === last ? 'current' : 'superseded', r.summary]);
  return `${formatTable([['REVISION', 'VERSION', 'DEPLOYED', 'AUTHOR', 'STATUS', 'SUMMARY'], ...rows])}\n`;
}

/** Progress lines while the rollout moves, as the CLI prints them with --wait; done when it is over. */
function followRollout(name: string): Follow {
  let last = '';
  return {
    next(context: CommandContext) {
      const service = context.world.services.get(name)!;
      const p = progress(service);
      if (!service.rollout) return { text: `rollout complete: ${name} is running ${targetVersion(service)} (${p.ready}/${p.desired} ready)\n`, done: true, exitCode: 0 };
      const line = `waiting for rollout: ${p.updated} of ${p.desired} pods updated and ready...`;
      if (line === last) return { text: '', done: false };
      last = line;
      return { text: `${line}\n`, done: false };
    },
  };
}

function rollback(inv: CommandInvocation, context: CommandContext, service: ServiceState, to: string | undefined, yes: boolean): CommandResult {
  const name = service.spec.name;
  const current = service.revisions[service.revisions.length - 1]!.version;
  const previous = [...service.revisions].reverse().find((r) => r.version !== current)?.version;
  const version = to ?? previous;
  if (version === undefined) return fail(`deploy: ${name} has no earlier revision to roll back to`);
  if (!service.revisions.some((r) => r.version === version)) return fail(`deploy: version ${version} not found in the history of ${name} (see: deploy history ${name})`);
  if (version === current) return fail(`deploy: ${name} already runs ${version}`);
  if (!yes && inv.confirmed === undefined) return { stdout: '', stderr: '', exitCode: 0, confirm: `Roll back ${name} from ${current} to ${version}? [y/N] ` };
  if (!yes && inv.confirmed === false) return fail('Rollback cancelled.');
  // The previous version is the rollback operation; an older one is a deploy of that version.
  const result = version === previous ? context.operate('rollback', name, {}) : context.operate('roll-forward', name, { version });
  if (!result.ok) return fail(`deploy: ${result.output.trim()}`);
  const p = progress(service);
  return { stdout: `Rolling back ${name}: ${current} -> ${version}\n${result.output.trim()}\nwaiting for rollout: ${p.updated} of ${p.desired} pods updated and ready...\n`, stderr: '', exitCode: 0, follow: followRollout(name) };
}

const USAGE = 'usage: deploy list | status <service> | history <service> | rollback <service> [--to <version>] [-y]';

function run(inv: CommandInvocation, context: CommandContext): CommandResult {
  const parsed = parseArgv(inv.args, { switches: 'y', valued: '', long: { to: 'to', yes: 'y' } });
  if (typeof parsed === 'string') return fail(`deploy: ${parsed}\n${USAGE}`, 2);
  const [action, name, ...extra] = parsed.operands;
  const world = context.world;
  if (action === 'list') {
    const rows = [...world.services.values()].filter((s) => !s.spec.external).map((s) => [s.spec.name, s.spec.namespace, s.revisions[s.revisions.length - 1]!.version, s.rollout ? `rolling to ${s.rollout.toVersion}` : 'synced']);
    return { stdout: `${formatTable([['SERVICE', 'NAMESPACE', 'VERSION', 'STATUS'], ...rows])}\n`, stderr: '', exitCode: 0 };
  }
  if (action === undefined || !['status', 'history', 'rollback'].includes(action)) return fail(action === undefined ? USAGE : `deploy: unknown command "${action}"\n${USAGE}`, 2);
  if (name === undefined || extra.length > 0) return fail(USAGE, 2);
  const service = world.services.get(name);
  if (!service || service.spec.external) return fail(`deploy: service "${name}" not found`);
  if (action === 'status') return { stdout: status(world, context.now, service), stderr: '', exitCode: 0 };
  if (action === 'history') return { stdout: history(world, service), stderr: '', exitCode: 0 };
  return rollback(inv, context, service, parsed.options.get('to'), parsed.options.has('y'));
}

export const deploy: Command = {
  name: 'deploy',
  summary: "the CD tool: services' versions, release history and rollback",
  usage: 'deploy list | status <service> | history <service> | rollback <service> [--to <version>] [-y]',
  man: `NAME
       deploy - the continuous delivery tool's command line

SYNOPSIS
       deploy list
       deploy status <service>
       deploy history <service>
       deploy rollback <service> [--to <version>] [-y]

DESCRIPTION
       status shows the version a service runs, who deployed it and when, and the rollout's progress.
       history lists its releases, oldest first, with author and summary. rollback returns the service to
       its previous release (or --to an earlier version), after asking, and follows the rollout until every
       pod runs it (Ctrl-C stops following; the rollback goes on).

OPTIONS
       --to <version>   The release to roll back to (default: the one before the current).
       -y, --yes        Do not ask for confirmation.
`,
  flags: ['--to', '-y', '--yes'],
  complete(words, partial, context) {
    const positional = words.filter((w) => !w.startsWith('-'));
    if (positional.length === 0) return ['list', 'status', 'history', 'rollback'].filter((c) => c.startsWith(partial));
    if (words[words.length - 1] === '--to') {
      const service = context.world.services.get(positional[1] ?? '');
      return [...new Set(service?.revisions.map((r) => r.version) ?? [])].filter((v) => v.startsWith(partial));
    }
    if (positional.length === 1 && positional[0] !== 'list') return [...context.world.services.values()].filter((s) => !s.spec.external).map((s) => s.spec.name).filter((n) => n.startsWith(partial));
    return [];
  },
  run,
};
