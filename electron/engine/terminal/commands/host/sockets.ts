import { ipFor } from '../../../sim/world';
import type { Command, CommandContext, CommandInvocation, CommandResult } from '../../types';
import { completeFrom, pidFor } from './host-model';
import { unitsOn } from './units';

type Socket = { state: 'LISTEN' | 'ESTAB'; local: string; peer: string; process?: string };

/** A stable client port in Linux's ephemeral range. */
function ephemeral(key: string): number {
  return 32_768 + pidFor('', key, '', 0, 28_000);
}

/**
 * The host's TCP sockets: every unit's listening ports, the database and cache connections it serves (counts
 * from the datastore and cache state) and the ones its pods hold open to them (their pool sizes).
 */
function socketsOn(context: CommandContext, host: string): Socket[] {
  const ip = ipFor(host);
  const sockets: Socket[] = [];
  for (const unit of unitsOn(context, host)) {
    if (unit.state === 'failed') continue;
    for (const port of unit.ports) sockets.push({ state: 'LISTEN', local: `${port === 10250 || port === 9100 ? '*' : '0.0.0.0'}:${port}`, peer: '0.0.0.0:*', process: `users:(("${unit.ident}",pid=${unit.pid},fd=3))` });
  }
  const pods = [...context.world.services.values()].flatMap((s) => s.instances.filter((i) => i.ready).map((i) => ({ service: s, pod: i })));
  for (const store of context.world.datastores.values()) {
    const clients = pods.filter(({ service }) => service.poolSize.has(store.spec.name));
    const server = store.primaryHost;
    if (server === host && store.up) {
      const count = Math.round(store.activeConnections + store.idleConnections);
      for (let k = 0; k < count && clients.length > 0; k++) {
        const { pod } = clients[k % clients.length]!;
        sockets.push({ state: 'ESTAB', local: `${ip}:5432`, peer: `${ipFor(pod.name)}:${ephemeral(`${pod.name}/${store.spec.name}/${k}`)}` });
      }
    }
    if (!store.up) continue;
    for (const { service, pod } of clients.filter(({ pod }) => pod.host === host)) {
      const pool = Math.min(service.poolSize.get(store.spec.name)!, Math.ceil((store.activeConnections + store.idleConnections) / Math.max(1, clients.length)));
      for (let k = 0; k < pool; k++) sockets.push({ state: 'ESTAB', local: `${ipFor(pod.name)}:${ephemeral(`${pod.name}/${store.spec.name}/${k}`)}`, peer: `${ipFor(server)}:5432` });
    }
  }
  for (const cache of context.world.caches.values()) {
    if (cache.spec.host !== host || !cache.up) continue;
    const clients = pods.filter(({ service }) => service.spec.calls.some((c) => 'cache' in c && c.cache === cache.spec.name));
    for (let k = 0; k < cache.connectedClients && clients.length > 0; k++) {
      const { pod } = clients[k % clients.length]!;
      sockets.push({ state: 'ESTAB', local: `${ip}:6379`, peer: `${ipFor(pod.name)}:${ephemeral(`${pod.name}/${cache.spec.name}/${k}`)}` });
    }
  }
  return sockets;
}

type Options = { listening: boolean; all: boolean; processes: boolean };

function parse(tool: 'ss' | 'netstat', args: readonly string[]): Options | CommandResult {
  const options: Options = { listening: false, all: false, processes: false };
  const known = tool === 'ss' ? 'tanlpu4' : 'tanlpuW4';
  for (const arg of args) {
    const bad = !arg.startsWith('-') || arg.startsWith('--') ? arg : [...arg.slice(1)].find((l) => !known.includes(l));
    if (bad !== undefined) {
      const message = tool === 'ss' ? `ss: invalid option -- '${bad.replace(/^-+/, '').slice(0, 1)}'\nUsage: ss [ OPTIONS ]` : `netstat: invalid option -- '${bad.replace(/^-+/, '').slice(0, 1)}'\nusage: netstat [-vWeenNcCF] [<Af>] -r         netstat {-V|--version|-h|--help}`;
      return { stdout: '', stderr: message, exitCode: tool === 'ss' ? 1 : 4 };
    }
    options.listening ||= arg.includes('l');
    options.all ||= arg.includes('a');
    options.processes ||= arg.includes('p');
  }
  return options;
}

function selectSockets(context: CommandContext, host: string, o: Options): Socket[] {
  return socketsOn(context, host).filter((s) => o.all || (o.listening ? s.state === 'LISTEN' : s.state !== 'LISTEN'));
}

export const ss: Command = {
  name: 'ss',
  summary: 'list TCP sockets: listening ports and established connections (to databases, caches…)',
  usage: 'ss -tan | ss -tlnp',
  man: 'NAME\n       ss - another utility to investigate sockets\n\nSYNOPSIS\n       ss [options] [ FILTER ]\n\nOPTIONS\n       -t  Display TCP sockets.\n       -a  Display both listening and non-listening sockets.\n       -l  Display only listening sockets.\n       -n  Do not try to resolve service names.\n       -p  Show process using socket.',
  flags: ['-tan', '-tlnp', '-t', '-a', '-n', '-l', '-p'],
  complete: completeFrom(['-tan', '-tlnp', '-tanp']),
  run({ args, host }: CommandInvocation, context: CommandContext): CommandResult {
    const o = parse('ss', args);
    if ('exitCode' in o) return o;
    const rows = selectSockets(context, host, o).map((s) => [s.state, '0', s.state === 'LISTEN' ? '4096' : '0', s.local, s.peer, o.processes && s.process ? s.process : '']);
    const all = [['State', 'Recv-Q', 'Send-Q', 'Local Address:Port', 'Peer Address:Port', 'Process'], ...rows];
    const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...all.map((r) => r[i]!.length)));
    const text = all.map((r) => [r[0]!.padEnd(widths[0]!), r[1]!.padStart(widths[1]!), r[2]!.padStart(widths[2]!), r[3]!.padStart(widths[3]!), r[4]!.padStart(widths[4]!), r[5]!].join(' ').trimEnd());
    return { stdout: text.join('\n'), stderr: '', exitCode: 0 };
  },
};

export const netstat: Command = {
  name: 'netstat',
  summary: 'print network connections (netstat -tan, -tlnp)',
  usage: 'netstat -tan | netstat -tlnp',
  man: 'NAME\n       netstat - Print network connections, routing tables, interface statistics\n\nSYNOPSIS\n       netstat [--tcp|-t] [--all|-a] [--listening|-l] [--numeric|-n] [--program|-p]',
  flags: ['-tan', '-tlnp'],
  complete: completeFrom(['-tan', '-tlnp', '-tanp']),
  run({ args, host }: CommandInvocation, context: CommandContext): CommandResult {
    const o = parse('netstat', args);
    if ('exitCode' in o) return o;
    const title = o.all ? 'servers and established' : o.listening ? 'only servers' : 'w/o servers';
    const state = (s: Socket) => (s.state === 'ESTAB' ? 'ESTABLISHED' : 'LISTEN');
    const rows = selectSockets(context, host, o).map((s) => {
      const line = `tcp        0      0 ${s.local.padEnd(23)} ${s.peer.padEnd(23)} ${state(s).padEnd(11)}`;
      return o.processes ? `${line} ${/pid=(\d+)/.exec(s.process ?? '')?.[1] ?? '-'}/${/"([^"]+)"/.exec(s.process ?? '')?.[1] ?? ''}`.trimEnd() : line.trimEnd();
    });
    const header = `Proto Recv-Q Send-Q Local Address           Foreign Address         State      ${o.processes ? ' PID/Program name' : ''}`.trimEnd();
    return { stdout: [`Active Internet connections (${title})`, header, ...rows].join('\n'), stderr: '', exitCode: 0 };
  },
};
