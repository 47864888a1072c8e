import type { World } from '../../../sim/world';
import type { Command, CommandContext, CommandInvocation, CommandResult, Follow } from '../../types';
import { parseArgv } from './argv';
import type { Resolved } from './network';
import { connectFailure, draw, networkNames, resolveName } from './network';

/**
 * iputils ping. Round trips are the network's, not the application's: a fraction of a millisecond inside the
 * cluster, more on a busy node (steal, CPU) and across the internet to the edge. Dropped traffic loses every
 * packet; a service with no ready pod still answers (its ClusterIP is routed to nothing, so it loses them too).
 */

/** The round trip of packet `seq`, or undefined when it is lost. */
function roundTrip(world: World, from: string, target: Resolved, seq: number): number | undefined {
  const jitter = draw(world, `ping:${target.ip}:${seq}`);
  if (target.kind === 'edge') return 8 + 4 * jitter;
  if (target.kind === 'service' && connectFailure(world, from, target.service) !== undefined) return undefined;
  const host = target.kind === 'host' ? world.hosts.get(target.host) : world.hosts.get(target.service.instances.find((i) => i.ready)?.host ?? '');
  const busy = host ? host.stealRatio * 20 + Math.max(0, host.cpuUtilisation - 0.8) * 10 : 0;
  return 0.25 + 0.5 * jitter + busy * (0.5 + jitter);
}

function header(name: string, target: Resolved): string {
  return `PING ${name === target.ip ? target.ip : target.fqdn} (${target.ip}) 56(84) bytes of data.\n`;
}

function reply(name: string, target: Resolved, seq: number, ms: number): string {
  const from = name === target.ip ? target.ip : `${target.fqdn} (${target.ip})`;
  return `64 bytes from ${from}: icmp_seq=${seq} ttl=${target.kind === 'edge' ? 54 : 64} time=${ms < 10 ? ms.toFixed(3) : ms.toFixed(1)} ms\n`;
}

function statistics(name: string, target: Resolved, times: (number | undefined)[]): { text: string; exitCode: number } {
  const got = times.filter((t): t is number => t !== undefined);
  const sent = times.length;
  const loss = sent === 0 ? 0 : Math.round(((sent - got.length) / sent) * 100);
  const elapsed = Math.max(0, sent - 1) * 1000 + (got.length > 0 ? Math.round(got[got.length - 1]!) : 0) + 2;
  let text = `\n--- ${name === target.ip ? target.ip : target.fqdn} ping statistics ---\n${sent} packets transmitted, ${got.length} received, ${loss}% packet loss, time ${elapsed}ms\n`;
  if (got.length > 0) {
    const min = Math.min(...got);
    const max = Math.max(...got);
    const avg = got.reduce((s, t) => s + t, 0) / got.length;
    const mdev = Math.sqrt(got.reduce((s, t) => s + (t - avg) ** 2, 0) / got.length);
    text += `rtt min/avg/max/mdev = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)}/${mdev.toFixed(3)} ms\n`;
  }
  return { text, exitCode: got.length > 0 ? 0 : 1 };
}

/** Without -c ping runs until interrupted: one packet per second of sim time. */
function following(inv: CommandInvocation, name: string, target: Resolved, start: number): Follow {
  let seq = 0;
  return {
    next(context: CommandContext) {
      let text = '';
      while (start + seq * 1000 <= context.now) {
        seq++;
        const ms = roundTrip(context.world, inv.host, target, seq);
        if (ms !== undefined) text += reply(name, target, seq, ms);
      }
      return { text, done: false };
    },
  };
}

function run(inv: CommandInvocation, context: CommandContext): CommandResult {
  const parsed = parseArgv(inv.args, { switches: 'qn4', valued: 'cWiw' });
  if (typeof parsed === 'string') return { stdout: '', stderr: `ping: ${parsed}\n\nUsage\n  ping [options] <destination>\n`, exitCode: 2 };
  const name = parsed.operands[0];
  if (name === undefined) return { stdout: '', stderr: 'ping: usage error: Destination address required\n', exitCode: 1 };
  const countText = parsed.options.get('c');
  const count = countText === undefined ? undefined : Number(countText);
  if (count !== undefined && (!Number.isInteger(count) || count < 1)) return { stdout: '', stderr: `ping: invalid argument: '${countText}': out of range: 1 <= value <= 9223372036854775807\n`, exitCode: 1 };
  const resolved = resolveName(context.world, name);
  if (resolved.status !== 'NOERROR') {
    const reason = resolved.status === 'SERVFAIL' ? 'Temporary failure in name resolution' : 'Name or service not known';
    return { stdout: '', stderr: `ping: ${name}: ${reason}\n`, exitCode: 2 };
  }
  const target = resolved.answer;
  if (count === undefined) return { stdout: header(name, target), stderr: '', exitCode: 0, follow: following(inv, name, target, context.now) };
  const times = Array.from({ length: count }, (_, i) => roundTrip(context.world, inv.host, target, i + 1));
  const quiet = parsed.options.has('q');
  const replies = quiet ? '' : times.map((ms, i) => (ms === undefined ? '' : reply(name, target, i + 1, ms))).join('');
  const stats = statistics(name, target, times);
  return { stdout: `${header(name, target)}${replies}${stats.text}`, stderr: '', exitCode: stats.exitCode };
}

export const ping: Command = {
  name: 'ping',
  summary: 'send ICMP ECHO_REQUEST to network hosts',
  usage: 'ping [-c count] [-q] <host|service>',
  man: `NAME
       ping - send ICMP ECHO_REQUEST to network hosts

SYNOPSIS
       ping [-c count] [-q] destination

DESCRIPTION
       ping sends one echo request a second to a host, a service's ClusterIP or a TLS name, and prints each
       reply with its round-trip time; then the statistics. Without -c it runs until interrupted (Ctrl-C).
       It exits 1 when no reply came back and 2 when the name does not resolve.

OPTIONS
       -c count   Stop after sending count packets.
       -q         Quiet: print only the summary lines.
`,
  flags: ['-c', '-q'],
  complete: (_words, partial, context) => networkNames(context.world).filter((n) => n.startsWith(partial)),
  run,
};
