import type { CacheState, World } from '../../../sim/world';
import { hostIp } from '../../fs/providers/host-ip';
import type { Command, CommandContext, CommandInvocation, CommandResult } from '../../types';
import { parseArgv } from '../net/argv';

/** Bytes a cached entry takes in Redis (key, value and overhead) in this estate. */
const BYTES_PER_KEY = 640;
/** The cache has run since before the drill (its uptime in days at the start). */
const UPTIME_DAYS = 12;

function target(world: World, host: string | undefined, shellHost: string): { cache?: CacheState; shown: string } {
  const caches = [...world.caches.values()];
  if (host === undefined) return { cache: caches.find((c) => c.spec.host === shellHost), shown: '127.0.0.1' };
  const cache = world.caches.get(host) ?? caches.find((c) => c.spec.host === host || hostIp(world, c.spec.host) === host);
  return { ...(cache ? { cache } : {}), shown: host };
}

function human(bytes: number): string {
  const units = ['B', 'K', 'M', 'G'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${bytes}B` : `${v.toFixed(2)}${units[i]}`;
}

/** INFO's sections as Redis 7.2 words them (the fields that matter here). */
function info(world: World, cache: CacheState): Record<string, string[]> {
  const maxmemory = world.hosts.get(cache.spec.host)!.spec.memory_gb * 0.5 * 1024 ** 3;
  const used = 1_048_576 + cache.keys * BYTES_PER_KEY;
  const uptime = UPTIME_DAYS * 86_400 + Math.floor(world.now / 1000);
  const hits = Math.round(cache.hits);
  const misses = Math.round(cache.misses);
  return {
    server: ['redis_version:7.2.4', 'redis_mode:standalone', 'os:Linux 6.1.0-18-amd64 x86_64', 'arch_bits:64', 'process_id:812', 'tcp_port:6379', `uptime_in_seconds:${uptime}`, `uptime_in_days:${Math.floor(uptime / 86_400)}`, 'executable:/usr/bin/redis-server', 'config_file:/etc/redis/redis.conf'],
    clients: [`connected_clients:${cache.connectedClients + 1}`, 'cluster_connections:0', 'maxclients:10000', 'blocked_clients:0'],
    memory: [`used_memory:${used}`, `used_memory_human:${human(used)}`, `maxmemory:${Math.round(maxmemory)}`, `maxmemory_human:${human(maxmemory)}`, 'maxmemory_policy:allkeys-lru', 'mem_fragmentation_ratio:1.12'],
    stats: [`total_connections_received:${cache.connectedClients * 3 + 41}`, `total_commands_processed:${hits + misses + Math.round(cache.keys * 0.2)}`, 'rejected_connections:0', 'expired_keys:0', 'evicted_keys:0', `keyspace_hits:${hits}`, `keyspace_misses:${misses}`],
    replication: ['role:master', 'connected_slaves:0'],
    keyspace: cache.keys > 0 ? [`db0:keys=${cache.keys},expires=${Math.round(cache.keys * 0.9)},avg_ttl=1753000`] : [],
  };
}

const TITLES: Record<string, string> = { server: 'Server', clients: 'Clients', memory: 'Memory', stats: 'Stats', replication: 'Replication', keyspace: 'Keyspace' };

function infoText(world: World, cache: CacheState, section: string | undefined): string {
  const all = info(world, cache);
  const names = section === undefined || section === 'all' || section === 'everything' || section === 'default' ? Object.keys(all) : [section];
  return names
    .filter((n) => all[n] !== undefined)
    .map((n) => `# ${TITLES[n]}\n${all[n]!.map((l) => `${l}\n`).join('')}`)
    .join('\n');
}

function run(inv: CommandInvocation, context: CommandContext): CommandResult {
  const parsed = parseArgv(inv.args, { switches: '', valued: 'hpna', long: { host: 'h', port: 'p' } });
  if (typeof parsed === 'string') return { stdout: '', stderr: `Unrecognized option or bad number of args for: '${inv.args.join(' ')}'\n`, exitCode: 1 };
  const port = parsed.options.get('p') ?? '6379';
  const { cache, shown } = target(context.world, parsed.options.get('h'), inv.host);
  const [verb, ...rest] = parsed.operands;
  if (!cache || !cache.up || port !== '6379') {
    const refused = `Could not connect to Redis at ${shown}:${port}: Connection refused\n`;
    return verb === undefined ? { stdout: `not connected> \n`, stderr: refused, exitCode: 1 } : { stdout: '', stderr: refused, exitCode: 1 };
  }
  if (verb === undefined) return { stdout: '', stderr: 'redis-cli: interactive mode is not available in this terminal; give a command: redis-cli -h <host> info\n', exitCode: 1 };
  const command = verb.toLowerCase();
  const world = context.world;
  if (command === 'ping') return { stdout: 'PONG\n', stderr: '', exitCode: 0 };
  if (command === 'info') return { stdout: infoText(world, cache, rest[0]?.toLowerCase()), stderr: '', exitCode: 0 };
  if (command === 'dbsize') return { stdout: `(integer) ${cache.keys}\n`, stderr: '', exitCode: 0 };
  if (command === 'flushall' || command === 'flushdb') {
    const result = context.operate('flush-cache', cache.spec.name, {});
    return { stdout: result.ok ? 'OK\n' : '', stderr: result.ok ? '' : result.output, exitCode: result.ok ? 0 : 1 };
  }
  if (command === 'config' && rest[0]?.toLowerCase() === 'get' && rest[1] !== undefined) {
    const memory = info(world, cache).memory!;
    const values: Record<string, string> = { maxmemory: memory.find((l) => l.startsWith('maxmemory:'))!.slice(10), 'maxmemory-policy': 'allkeys-lru', maxclients: '10000', timeout: '0', appendonly: 'no', save: '' };
    const pattern = new RegExp(`^${rest[1].replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');
    const lines = Object.entries(values)
      .filter(([k]) => pattern.test(k))
      .flatMap(([k, v]) => [k, v]);
    return { stdout: lines.length === 0 ? '(empty array)\n' : lines.map((l, i) => `${i + 1}) "${l}"\n`).join(''), stderr: '', exitCode: 0 };
  }
  const args = rest.map((a) => `'${a}'`).join(' ');
  return { stdout: `(error) ERR unknown command '${verb}', with args beginning with: ${args}${args ? ' ' : ''}\n`, stderr: '', exitCode: 0 };
}

export const redisCli: Command = {
  name: 'redis-cli',
  summary: 'Redis command line interface',
  usage: 'redis-cli [-h host] [-p port] ping|info [section]|dbsize|flushall|config get <parameter>',
  man: `NAME
       redis-cli - Redis command line interface

SYNOPSIS
       redis-cli [-h host] [-p port] command [arg ...]

DESCRIPTION
       redis-cli sends one command to a Redis server and prints the reply. -h takes a cache's name, its host
       or an address; without it, 127.0.0.1 (the cache on the host you are on, if any).

COMMANDS
       PING                  PONG when the server answers.
       INFO [section]        Server, Clients (connected_clients), Memory, Stats (keyspace_hits,
                             keyspace_misses), Replication, Keyspace (db0:keys=...).
       DBSIZE                The number of keys.
       FLUSHALL              Delete every key (every lookup misses until the cache warms again).
       CONFIG GET parameter  A configuration value (maxmemory, maxmemory-policy, ...).
`,
  flags: ['-h', '-p'],
  complete(words, partial, context) {
    const previous = words[words.length - 1];
    if (previous === '-h') {
      const caches = [...context.world.caches.values()];
      return [...caches.map((c) => c.spec.name), ...caches.map((c) => c.spec.host)].filter((n) => n.startsWith(partial));
    }
    const positional = words.filter((w, i) => !w.startsWith('-') && words[i - 1] !== '-h' && words[i - 1] !== '-p');
    if (positional.length === 0) return ['ping', 'info', 'dbsize', 'flushall', 'config'].filter((c) => c.startsWith(partial));
    if (positional[0] === 'info' && positional.length === 1) return Object.keys(TITLES).filter((c) => c.startsWith(partial));
    return [];
  },
  run,
};
