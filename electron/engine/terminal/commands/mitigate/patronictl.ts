import { ipFor } from '../../../sim/world';
import type { DatastoreState } from '../../../sim/world';
import { transition } from '../../../sim/faults/data-state';
import { hashString } from '../../../sim/rng';
import type { Command, CommandContext, CommandInvocation, CommandResult } from '../../types';
import { parseArgv } from '../net/argv';
import { done, failed } from './result';

/** WAL a busy primary writes per second, to turn replication lag in seconds into Patroni's "Lag in MB". */
const WAL_MB_PER_SECOND = 4;
const CONFIG = '/etc/patroni.yml';
// Long-only switches, keyed by letters patronictl has no short option for (the parser keys switches by letter).
const FORCE = 'F';
const HELP = 'H';

function members(store: DatastoreState): string[][] {
  const switching = transition(store);
  const leaderState = store.up ? 'running' : switching ? 'stopping' : 'stopped';
  const rows = [[store.primaryHost, ipFor(store.primaryHost), 'Leader', leaderState, '', '']];
  if (store.replicaHost !== undefined) {
    const lag = Math.round(store.replicationLagSeconds * WAL_MB_PER_SECOND);
    rows.push([store.replicaHost, ipFor(store.replicaHost), 'Replica', switching?.kind === 'failover' ? 'running' : 'streaming', '', String(lag)]);
  }
  return rows;
}

/** Patroni's table: a box around Member, Host, Role, State, TL and Lag in MB. */
function topology(store: DatastoreState, timeline: number): string {
  const header = ['Member', 'Host', 'Role', 'State', 'TL', 'Lag in MB'];
  const rows = members(store).map((r) => [r[0]!, r[1]!, r[2]!, r[3]!, String(timeline), r[5]!]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i >= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const title = `+ Cluster: ${store.spec.name} (${7_300_000_000_000_000_000n + BigInt(hashString(store.spec.name))}) `;
  return [title + rule.slice(Math.min(title.length, rule.length - 1)), line(header), rule, ...rows.map(line), rule].join('\n');
}

/** The timeline: one per promotion since the cluster was built (a failover adds one). */
function timelineOf(context: CommandContext, store: DatastoreState): number {
  return 1 + context.logs().filter((e) => e['event.action'] === 'db.failover' && (e['service.name'] === store.spec.name || e['host.name'] === store.spec.name)).length;
}

function cluster(context: CommandContext, name: string | undefined): DatastoreState | string {
  const stores = [...context.world.datastores.values()];
  if (name === undefined) {
    if (stores.length === 1) return stores[0]!;
    return stores.length === 0 ? 'Error: no Patroni cluster is configured here' : `Error: Cluster name is required (one of: ${stores.map((s) => s.spec.name).join(', ')})`;
  }
  return context.world.datastores.get(name) ?? `Error: Cluster "${name}" does not exist`;
}

function failover(store: DatastoreState, options: Map<string, string>, invocation: CommandInvocation, context: CommandContext): CommandResult {
  const candidate = options.get('candidate');
  if (store.replicaHost === undefined) return failed(`Error: cluster ${store.spec.name} has no replica to fail over to`);
  if (candidate !== undefined && candidate !== store.replicaHost) return failed(`Error: ${candidate} does not exist`);
  const table = topology(store, timelineOf(context, store));
  if (!options.has(FORCE) && invocation.confirmed === undefined) {
    return { stdout: '', stderr: '', exitCode: 0, confirm: `Current cluster topology\n${table}\nAre you sure you want to failover cluster ${store.spec.name}, demoting current leader ${store.primaryHost}? [y/N]: ` };
  }
  if (invocation.confirmed === false) return failed('Aborted!');
  const result = context.operate('failover', store.spec.name, {});
  if (!result.ok) return failed(result.output);
  const stamp = new Date(context.world.startUnixMs + context.now).toISOString().replace('T', ' ').replace('Z', '');
  const warning = result.output.startsWith('WARNING') ? result.output.split('\n')[0]! : '';
  return done(`${options.has(FORCE) ? `Current cluster topology\n${table}\n` : ''}${stamp} Successfully failed over to "${store.replicaHost}"`, warning);
}

function run(invocation: CommandInvocation, context: CommandContext): CommandResult {
  const parsed = parseArgv(invocation.args, { switches: FORCE + HELP, valued: 'c', long: { config: 'c', 'config-file': 'c', candidate: 'candidate', leader: 'leader', primary: 'leader', force: FORCE, help: HELP } });
  if (typeof parsed === 'string') return failed(`Usage: patronictl [OPTIONS] COMMAND [ARGS]...\nTry 'patronictl --help' for help.\n\nError: ${parsed.replace('unrecognized option', 'No such option:')}`, 2);
  const config = parsed.options.get('c');
  if (config !== undefined && config !== CONFIG) return failed(`Error: Invalid value for '-c' / '--config-file': File '${config}' does not exist.`, 2);
  const [verb, name] = parsed.operands;
  if (verb === undefined || parsed.options.has(HELP)) return done(HELP_TEXT);
  if (verb !== 'list' && verb !== 'failover' && verb !== 'switchover') return failed(`Usage: patronictl [OPTIONS] COMMAND [ARGS]...\nTry 'patronictl --help' for help.\n\nError: No such command '${verb}'.`, 2);
  const store = cluster(context, name);
  if (typeof store === 'string') return failed(store);
  if (verb === 'list') return done(topology(store, timelineOf(context, store)));
  if (verb === 'switchover' && !store.up) return failed(`Error: ${store.spec.name} has no running leader: use failover`);
  return failover(store, parsed.options, invocation, context);
}

const HELP_TEXT = [
  'Usage: patronictl [OPTIONS] COMMAND [ARGS]...',
  '',
  'Options:',
  '  -c, --config-file TEXT  Configuration file',
  '  --help                  Show this message and exit.',
  '',
  'Commands:',
  '  failover    Failover to a replica',
  '  list        List the Patroni members for a given Patroni',
  '  switchover  Switchover to a replica',
].join('\n');

export const patronictl: Command = {
  name: 'patronictl',
  summary: "Patroni's CLI: list a Postgres cluster's members, lag and roles; fail over to the replica",
  usage: 'patronictl [-c /etc/patroni.yml] list [CLUSTER] | failover [CLUSTER] [--candidate HOST] [--force]',
  man: [
    'NAME\n       patronictl - manage a Patroni PostgreSQL high-availability cluster',
    'SYNOPSIS\n       patronictl [-c CONFIG] list [CLUSTER]\n       patronictl [-c CONFIG] failover [CLUSTER] [--candidate MEMBER] [--force]',
    'DESCRIPTION\n       list shows each member, its host, role (Leader or Replica), state, timeline and replication lag in MB.\n       failover promotes the replica: the cluster has no primary for about 30 seconds, and transactions the\n       replica had not received are lost. It asks for confirmation unless --force is given.',
    'OPTIONS\n       -c, --config-file FILE   the Patroni configuration (/etc/patroni.yml)\n       --candidate MEMBER       the replica to promote\n       --force                  do not ask for confirmation',
  ].join('\n\n'),
  flags: ['-c', '--candidate', '--force', '--help'],
  complete(words, partial, context) {
    const previous = words[words.length - 1];
    if (previous === '-c' || previous === '--config-file') return [CONFIG].filter((c) => c.startsWith(partial));
    if (previous === '--candidate') return [...context.world.datastores.values()].flatMap((s) => (s.replicaHost ? [s.replicaHost] : [])).filter((h) => h.startsWith(partial));
    const operands = words.slice(1).filter((w, i, all) => !w.startsWith('-') && !['-c', '--config-file', '--candidate'].includes(all[i - 1] ?? ''));
    if (operands.length === 0) return ['failover', 'list', 'switchover'].filter((v) => v.startsWith(partial));
    if (operands.length === 1) return [...context.world.datastores.keys()].filter((n) => n.startsWith(partial)).sort();
    return [];
  },
  run,
};

