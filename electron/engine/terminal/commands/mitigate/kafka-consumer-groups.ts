import { committedOffset } from '../../../sim/faults/queue-faults';
import type { QueueState, World } from '../../../sim/world';
import { hashString } from '../../../sim/rng';
import { podIp } from '../kubectl/format';
import type { Command, CommandContext, CommandInvocation, CommandResult } from '../../types';
import { done, failed } from './result';

const VALUED = new Set(['bootstrap-server', 'group', 'topic', 'shift-by', 'to-offset', 'command-config']);
const SWITCHES = new Set(['describe', 'list', 'reset-offsets', 'execute', 'dry-run', 'all-topics', 'to-latest', 'help']);

/** The consumer group reading a queue: the service that consumes it (the simulation's naming). */
function groupOf(world: World, queue: QueueState): string {
  return [...world.services.values()].find((s) => s.spec.consumes === queue.spec.name)?.spec.name ?? `${queue.spec.name}-consumer`;
}

function queuesOf(world: World, group: string): QueueState[] {
  return [...world.queues.values()].filter((q) => groupOf(world, q) === group);
}

const column = (cells: string[], widths: number[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' ').trimEnd();

/** `--describe --group G`: per partition, the committed offset, the log end and the lag, and who consumes it. */
function describe(world: World, group: string, queues: QueueState[]): string {
  const service = world.services.get(group);
  const pods = service?.instances.filter((i) => i.ready) ?? [];
  const header = ['GROUP', 'TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'LOG-END-OFFSET', 'LAG', 'CONSUMER-ID', 'HOST', 'CLIENT-ID'];
  const rows = queues.flatMap((q) =>
    q.lag.map((lag, p) => {
      const current = committedOffset(q);
      const pod = pods.length === 0 ? undefined : pods[p % pods.length]!;
      const client = pod ? `consumer-${group}-${(p % pods.length) + 1}` : '-';
      const consumer = pod ? `${client}-${(hashString(pod.name) >>> 0).toString(16).padStart(8, '0')}` : '-';
      return [group, q.spec.name, String(p), String(current), String(current + Math.round(lag)), String(Math.round(lag)), consumer, pod ? `/${podIp(pod.name)}` : '-', client];
    }),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)) + 1);
  return ['', column(header, widths), ...rows.map((r) => column(r, widths))].join('\n');
}

function run({ args }: CommandInvocation, context: CommandContext): CommandResult {
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.replace(/^--/, '').split(/=(.*)/s, 2) as [string, string | undefined];
    if (!arg.startsWith('--') || (!VALUED.has(name) && !SWITCHES.has(name))) return failed(`Exception in thread "main" joptsimple.UnrecognizedOptionException: ${arg.replace(/^-+/, '')} is not a recognized option`);
    if (VALUED.has(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) return failed(`Exception in thread "main" joptsimple.OptionMissingRequiredArgumentException: Option ['${name}'] requires an argument`);
      options.set(name, value);
    } else options.set(name, 'true');
  }
  if (options.has('help') || args.length === 0) return done(HELP);
  if (!options.has('bootstrap-server')) return failed('Missing required argument "[bootstrap-server]"');
  const world = context.world;
  if (options.has('list')) return done([...world.queues.values()].map((q) => groupOf(world, q)).join('\n'));
  const group = options.get('group');
  if (group === undefined) return failed('Option [describe] takes one of these options: [all-groups], [group]');
  const queues = queuesOf(world, group);
  if (queues.length === 0) return failed(`Error: Consumer group '${group}' does not exist.`);
  if (options.has('describe')) return done(describe(world, group, queues));
  if (!options.has('reset-offsets')) return failed('Command must include exactly one action: --list, --describe, --delete, --reset-offsets, --delete-offsets');
  const topic = options.get('topic');
  const chosen = options.has('all-topics') ? queues : queues.filter((q) => q.spec.name === topic?.split(':')[0]);
  if (topic === undefined && !options.has('all-topics')) return failed('Option [reset-offsets] takes one of these options: [all-topics], [topic]');
  if (chosen.length === 0) return failed(`Error: topic '${topic}' is not consumed by group '${group}'`);
  if (options.get('shift-by') !== '1') return failed('Error: only --shift-by 1 (skipping the message the group is stuck on) is supported here');
  if (!options.has('execute')) {
    const plan = chosen.flatMap((q) => q.lag.map((_, p) => [group, q.spec.name, String(p), String(committedOffset(q) + 1)]));
    const widths = [31, 31, 11, 10];
    return done(['WARN: No action will be performed as the --execute option is missing. You should add the --dry-run option explicitly if you are scripting this command.', '', column(['GROUP', 'TOPIC', 'PARTITION', 'NEW-OFFSET'], widths), ...plan.map((r) => column(r, widths))].join('\n'));
  }
  const outputs = chosen.map((q) => context.operate('skip-message', q.spec.name, {}));
  const refused = outputs.find((o) => !o.ok);
  return refused ? failed(refused.output) : done(outputs.map((o) => o.output.replace(/^\n/, '')).join('\n'));
}

const HELP = [
  'This tool helps to list all consumer groups, describe a consumer group, delete consumer group info, or reset consumer group offsets.',
  'Option                     Description',
  '--bootstrap-server <host:port>  REQUIRED: The server(s) to connect to.',
  '--describe                 Describe consumer group and list offset lag (number of messages not yet processed).',
  '--execute                  Execute operation.',
  '--group <group>            The consumer group we wish to act on.',
  '--list                     List all consumer groups.',
  '--reset-offsets            Reset offsets of consumer group.',
  '--shift-by <Long>          Reset offsets shifting current offset by \'n\'.',
  '--topic <topic>            The topic whose consumer group information should be deleted or reset.',
].join('\n');

export const kafkaConsumerGroups: Command = {
  name: 'kafka-consumer-groups',
  summary: "Kafka's consumer-group tool: lag per partition (--describe) and moving a group past a poison message (--reset-offsets --shift-by 1)",
  usage: 'kafka-consumer-groups --bootstrap-server kafka:9092 --describe --group G | --group G --topic T --reset-offsets --shift-by 1 --execute',
  man: [
    'NAME\n       kafka-consumer-groups - list, describe and reset Kafka consumer groups',
    'SYNOPSIS\n       kafka-consumer-groups --bootstrap-server HOST:PORT --list\n       kafka-consumer-groups --bootstrap-server HOST:PORT --describe --group GROUP\n       kafka-consumer-groups --bootstrap-server HOST:PORT --group GROUP --topic TOPIC --reset-offsets --shift-by 1 [--execute]',
    'DESCRIPTION\n       --describe shows, per partition, the group\'s committed offset, the log end and the lag between them.\n       --reset-offsets --shift-by 1 moves the group one message on, skipping (losing) the message it is stuck\n       on; without --execute it only prints the plan.',
  ].join('\n\n'),
  flags: ['--bootstrap-server', '--describe', '--list', '--group', '--topic', '--reset-offsets', '--shift-by', '--execute', '--dry-run', '--all-topics'],
  complete(words, partial, context) {
    const previous = words[words.length - 1];
    const world = context.world;
    if (previous === '--group') return [...world.queues.values()].map((q) => groupOf(world, q)).filter((g) => g.startsWith(partial));
    if (previous === '--topic') return [...world.queues.keys()].filter((t) => t.startsWith(partial));
    if (previous === '--bootstrap-server') return ['kafka:9092'].filter((s) => s.startsWith(partial));
    return this.flags!.filter((f) => f.startsWith(partial));
  },
  run,
};
