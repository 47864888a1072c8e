import { hashString } from '../../../sim/rng';
import type { ServiceState, World } from '../../../sim/world';
import { hostIp } from '../../fs/providers/host-ip';
import { clusterIp } from '../kubectl/format';

/**
 * The cluster network as the client tools see it: CoreDNS names for services (`<svc>.<ns>.svc.cluster.local`
 * at their ClusterIP, as `kubectl get services` shows), fleet hosts at their private addresses, TLS names at
 * the edge; and whether a connection from the shell's host gets through.
 */

/** kube-dns's ClusterIP, the nameserver in every pod's and host's resolv.conf. */
export const DNS_SERVER = '10.96.0.10';
/**
 * The resolv.conf search list: the on-call team's bastion searches every namespace the estate runs in (so
 * `curl http://checkout/health` works as it would from a pod of that namespace), then the cluster domains.
 */
export function searchList(world: World): string[] {
  const namespaces = [...new Set([...world.services.values()].filter((s) => !s.spec.external).map((s) => s.spec.namespace))];
  return [...namespaces.map((ns) => `${ns}.svc.cluster.local`), 'svc.cluster.local', 'cluster.local'];
}
/** The edge load balancer that serves the scenario's TLS names. */
export const EDGE_IP = '203.0.113.10';

export type Resolved =
  | { kind: 'service'; fqdn: string; ip: string; service: ServiceState }
  | { kind: 'host'; fqdn: string; ip: string; host: string }
  | { kind: 'edge'; fqdn: string; ip: string; certificate: string };

/** What a lookup of one exact name gets: an answer, no such name, or a failing server. */
export type Lookup = { status: 'NOERROR'; answer: Resolved } | { status: 'NXDOMAIN' | 'SERVFAIL'; fqdn: string };

export function serviceFqdn(service: ServiceState): string {
  return `${service.spec.name}.${service.spec.namespace}.svc.cluster.local`;
}

/** Looks one name up exactly as written (a trailing dot allowed), as dig does without +search. */
export function lookupExact(world: World, name: string): Lookup {
  const fqdn = name.replace(/\.$/, '').toLowerCase();
  const svc = /^([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local$/.exec(fqdn);
  if (svc) {
    const service = world.services.get(svc[1]!);
    if (!service || service.spec.namespace !== svc[2]) return { status: 'NXDOMAIN', fqdn };
    if (service.mods.dnsBroken) return { status: 'SERVFAIL', fqdn };
    return { status: 'NOERROR', answer: { kind: 'service', fqdn, ip: clusterIp(service.spec.namespace, service.spec.name), service } };
  }
  const ip = hostIp(world, fqdn);
  if (ip !== undefined) return { status: 'NOERROR', answer: { kind: 'host', fqdn, ip, host: fqdn } };
  if (world.certificates.has(fqdn)) return { status: 'NOERROR', answer: { kind: 'edge', fqdn, ip: EDGE_IP, certificate: fqdn } };
  return { status: 'NXDOMAIN', fqdn };
}

/**
 * Resolves a name as the system resolver does (getaddrinfo with the search list, ndots:5): names with fewer
 * than five dots try the search domains first. IP literals resolve to themselves.
 */
export function resolveName(world: World, name: string): Lookup {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return reverse(world, name);
  const candidates = name.endsWith('.') ? [name] : name.split('.').length - 1 < 5 ? [...searchList(world).map((d) => `${name}.${d}`), name] : [name];
  for (const candidate of candidates) {
    const result = lookupExact(world, candidate);
    if (result.status === 'NOERROR') return result;
    // A failing server ends the search: the resolver does not go on to the next domain.
    if (result.status === 'SERVFAIL') return result;
  }
  return { status: 'NXDOMAIN', fqdn: name };
}

/** An address literal: the service, host or edge that has it, else an address nothing answers on. */
function reverse(world: World, ip: string): Lookup {
  for (const service of world.services.values()) {
    if (clusterIp(service.spec.namespace, service.spec.name) === ip) return { status: 'NOERROR', answer: { kind: 'service', fqdn: ip, ip, service } };
  }
  for (const host of world.hosts.keys()) if (hostIp(world, host) === ip) return { status: 'NOERROR', answer: { kind: 'host', fqdn: ip, ip, host } };
  if (ip === EDGE_IP) {
    const first = [...world.certificates.keys()][0];
    if (first !== undefined) return { status: 'NOERROR', answer: { kind: 'edge', fqdn: ip, ip, certificate: first } };
  }
  return { status: 'NXDOMAIN', fqdn: ip };
}

/** Why a TCP connection to a service fails from `fromHost`: packets dropped, refused, or nothing (it connects). */
export function connectFailure(world: World, fromHost: string, service: ServiceState): 'dropped' | 'refused' | undefined {
  const name = service.spec.name;
  if (service.mods.unreachable) return 'dropped';
  // A network policy between services applies to the pods of the caller, and so to a shell on their node.
  for (const other of world.services.values()) {
    if (world.partitions.has(`${other.spec.name}->${name}`) && other.instances.some((i) => i.host === fromHost && i.status !== 'Terminating')) return 'dropped';
  }
  if (!service.spec.external && !service.instances.some((i) => i.ready)) return 'refused';
  return undefined;
}

/** A deterministic draw in [0, 1) for `key` at the sim time: what Math.random would be, replayable. */
export function draw(world: World, key: string): number {
  let h = hashString(`${world.seed}:${world.now}:${key}`);
  // murmur3's finaliser: FNV alone leaves nearby keys' high bits alike.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32;
}

/** Names worth offering after curl, ping or dig: services (short and FQDN), hosts and TLS names. */
export function networkNames(world: World): string[] {
  const services = [...world.services.values()];
  return [...services.map((s) => s.spec.name), ...services.map(serviceFqdn), ...world.hosts.keys(), ...world.certificates.keys()];
}
