import type { World } from '../../../sim/world';
import type { Command, CommandContext, CommandInvocation, CommandResult } from '../../types';
import type { Lookup } from './network';
import { DNS_SERVER, draw, lookupExact, networkNames, resolveName } from './network';

/**
 * dig and nslookup against the cluster's CoreDNS. They ask DNS only: fleet host names live in /etc/hosts,
 * so they do not resolve here (as on a real host). dig asks the name as written unless +search.
 */

/** Only cluster names and public (edge) names are in DNS; /etc/hosts names are not. */
function dnsLookup(world: World, name: string, search: boolean): Lookup {
  const result = search ? resolveName(world, name) : lookupExact(world, name);
  if (result.status === 'NOERROR' && result.answer.kind === 'host') return { status: 'NXDOMAIN', fqdn: name.replace(/\.$/, '') };
  return result;
}

const SOA = 'cluster.local.\t\t30\tIN\tSOA\tns.dns.cluster.local. hostmaster.cluster.local. 1710324000 7200 1800 86400 30';

function whenText(world: World, now: number): string {
  // toUTCString is "Fri, 13 Mar 2026 10:05:00 GMT"; dig prints "Fri Mar 13 10:05:00 UTC 2026".
  const [weekday, day, month, year, time] = new Date(world.startUnixMs + now).toUTCString().replace(',', '').split(' ');
  return `${weekday} ${month} ${day} ${time} UTC ${year}`;
}

function digFull(world: World, now: number, query: string, type: string, result: Lookup, args: readonly string[]): string {
  const qname = `${(result.status === 'NOERROR' ? result.answer.fqdn : result.fqdn).replace(/\.$/, '')}.`;
  const answer = result.status === 'NOERROR' && type === 'A' ? result.answer : undefined;
  const external = answer?.kind === 'edge';
  const status = result.status;
  const flags = status === 'SERVFAIL' ? 'qr rd' : external ? 'qr rd ra' : 'qr aa rd';
  const authority = status === 'NXDOMAIN' || (status === 'NOERROR' && !answer) ? 1 : 0;
  const id = Math.floor(draw(world, `dig:${query}`) * 65536);
  const lines = [
    '',
    `; <<>> DiG 9.18.24-1-Debian <<>> ${args.join(' ')}`,
    ';; global options: +cmd',
    ';; Got answer:',
    `;; ->>HEADER<<- opcode: QUERY, status: ${status}, id: ${id}`,
    `;; flags: ${flags}; QUERY: 1, ANSWER: ${answer ? 1 : 0}, AUTHORITY: ${authority}, ADDITIONAL: 1`,
    ...(external ? [] : [';; WARNING: recursion requested but not available']),
    '',
    ';; OPT PSEUDOSECTION:',
    '; EDNS: version: 0, flags:; udp: 1232',
    ';; QUESTION SECTION:',
    `;${qname}\t\t\tIN\t${type}`,
    '',
    ...(answer ? [';; ANSWER SECTION:', `${qname}\t${external ? 300 : 30}\tIN\tA\t${answer.ip}`, ''] : []),
    ...(authority ? [';; AUTHORITY SECTION:', SOA, ''] : []),
    `;; Query time: ${status === 'SERVFAIL' ? 4 + Math.floor(draw(world, `dig-time:${query}`) * 8) : external ? 12 : 0} msec`,
    `;; SERVER: ${DNS_SERVER}#53(${DNS_SERVER}) (UDP)`,
    `;; WHEN: ${whenText(world, now)}`,
    `;; MSG SIZE  rcvd: ${qname.length + (answer ? 40 + qname.length : authority ? 120 : 30)}`,
    '',
  ];
  return `${lines.join('\n')}\n`;
}

const DIG_OPTIONS = new Set(['+short', '+search', '+nosearch', '+noall', '+answer', '+nocmd', '+nocomments', '+nostats']);
const TYPES = new Set(['A', 'AAAA', 'CNAME', 'MX', 'NS', 'TXT', 'SOA', 'ANY', 'SRV']);

function runDig(inv: CommandInvocation, context: CommandContext): CommandResult {
  let name: string | undefined;
  let type = 'A';
  const options = new Set<string>();
  for (let i = 0; i < inv.args.length; i++) {
    const a = inv.args[i]!;
    if (a.startsWith('+')) {
      if (!DIG_OPTIONS.has(a)) return { stdout: '', stderr: `Invalid option: ${a}\nUsage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}\n`, exitCode: 1 };
      options.add(a);
    } else if (a.startsWith('@')) continue;
    else if (a === '-t') type = (inv.args[++i] ?? 'A').toUpperCase();
    else if (TYPES.has(a.toUpperCase()) && name !== undefined) type = a.toUpperCase();
    else name ??= a;
  }
  // Without a name dig asks for the root servers; here, as on a cluster without upstream, it just says so.
  if (name === undefined) return { stdout: '', stderr: ';; no name to look up\n', exitCode: 1 };
  const result = dnsLookup(context.world, name, options.has('+search'));
  if (options.has('+short')) return { stdout: result.status === 'NOERROR' && type === 'A' ? `${result.answer.ip}\n` : '', stderr: '', exitCode: 0 };
  if (options.has('+noall') && options.has('+answer')) {
    const fqdn = result.status === 'NOERROR' ? result.answer.fqdn : '';
    return { stdout: result.status === 'NOERROR' && type === 'A' ? `${fqdn}.\t30\tIN\tA\t${result.answer.ip}\n` : '', stderr: '', exitCode: 0 };
  }
  // dig exits 0 whenever it got an answer, NXDOMAIN and SERVFAIL included.
  return { stdout: digFull(context.world, context.now, name, type, result, inv.args), stderr: '', exitCode: 0 };
}

function runNslookup(inv: CommandInvocation, context: CommandContext): CommandResult {
  const name = inv.args.find((a) => !a.startsWith('-'));
  if (name === undefined) return { stdout: '', stderr: 'nslookup: interactive mode is not available here; give a name: nslookup <name>\n', exitCode: 1 };
  const server = `Server:\t\t${DNS_SERVER}\nAddress:\t${DNS_SERVER}#53\n\n`;
  const result = dnsLookup(context.world, name, true);
  if (result.status !== 'NOERROR') {
    const shown = result.status === 'SERVFAIL' ? result.fqdn : name;
    return { stdout: `${server}** server can't find ${shown}: ${result.status}\n\n`, stderr: '', exitCode: 1 };
  }
  const a = result.answer;
  return { stdout: `${server}${a.kind === 'edge' ? 'Non-authoritative answer:\n' : ''}Name:\t${a.fqdn}\nAddress: ${a.ip}\n\n`, stderr: '', exitCode: 0 };
}

const completeNames = (_words: readonly string[], partial: string, context: CommandContext) => networkNames(context.world).filter((n) => n.startsWith(partial));

export const dig: Command = {
  name: 'dig',
  summary: 'DNS lookup utility',
  usage: 'dig [@server] <name> [type] [+short] [+search]',
  man: `NAME
       dig - DNS lookup utility

SYNOPSIS
       dig [@server] name [type] [+short] [+search] [+noall +answer]

DESCRIPTION
       dig asks the cluster's DNS server (CoreDNS at ${DNS_SERVER}) for a name and prints the reply: the header
       with its status (NOERROR, NXDOMAIN, SERVFAIL), the question, answer and authority sections, the query
       time and the server. Services are <service>.<namespace>.svc.cluster.local. dig does not use the search
       list unless +search, and does not read /etc/hosts.

OPTIONS
       +short     Print only the addresses.
       +search    Try the search domains of /etc/resolv.conf (default.svc.cluster.local, ...).
`,
  flags: ['+short', '+search', '+noall', '+answer', '-t'],
  complete: completeNames,
  run: runDig,
};

export const nslookup: Command = {
  name: 'nslookup',
  summary: 'query Internet name servers',
  usage: 'nslookup <name>',
  man: `NAME
       nslookup - query Internet name servers

SYNOPSIS
       nslookup name

DESCRIPTION
       nslookup asks the cluster's DNS server for a name, trying the search domains of /etc/resolv.conf, and
       prints the server, then the name and address, or "** server can't find NAME: NXDOMAIN" (or SERVFAIL)
       and exits 1.
`,
  complete: completeNames,
  run: runNslookup,
};
