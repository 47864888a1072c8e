import { z } from 'zod';
import type { ServiceState, World } from '../world';
import { hold, release } from './held-switches';
import { defineFault } from './types';
import type { FaultOperator } from './types';

function service(world: World, name: string): ServiceState {
  return world.services.get(name)!;
}

export const dependencySlow = defineFault({
  kind: 'dependency-slow',
  summary: 'a dependency (often a third-party API) answers slowly: callers wait, hold threads, and time out',
  target: 'service',
  params: z.strictObject({ factor: z.number().min(1).default(10) }),
  start(world, fault) {
    service(world, fault.target).mods.latencyFactor *= fault.params.factor;
  },
  stop(world, fault) {
    service(world, fault.target).mods.latencyFactor /= fault.params.factor;
  },
});

export const dependencyDown = defineFault({
  kind: 'dependency-down',
  summary: 'a dependency cannot be reached at all: every call to it fails and its callers return errors',
  target: 'service',
  params: z.strictObject({}),
  start(world, fault) {
    hold(service(world, fault.target), 'unreachable', fault.id);
  },
  stop(world, fault) {
    release(service(world, fault.target), 'unreachable', fault.id);
  },
});

export const dnsFailure = defineFault({
  kind: 'dns-failure',
  summary: 'a service’s DNS name stops resolving (a deleted record, a broken CoreDNS config): callers get "no such host"',
  target: 'service',
  params: z.strictObject({}),
  start(world, fault) {
    hold(service(world, fault.target), 'dnsBroken', fault.id);
  },
  stop(world, fault) {
    release(service(world, fault.target), 'dnsBroken', fault.id);
  },
  // restore-dns repairs the record for everyone.
  isOver: (world, fault) => !service(world, fault.target).mods.dnsBroken,
});

export const networkPartition = defineFault({
  kind: 'network-partition',
  summary: 'packets from one service to another are dropped (a bad network policy, a security group): calls hang until they time out',
  target: 'pair',
  params: z.strictObject({}),
  start(world, fault) {
    world.partitions.add(fault.target);
  },
  stop(world, fault) {
    world.partitions.delete(fault.target);
  },
  isOver: (world, fault) => !world.partitions.has(fault.target),
});

/** Faults of the network between services: slow, unreachable, unresolvable or partitioned dependencies. */
export const NETWORK_FAULTS: FaultOperator[] = [dependencySlow, dependencyDown, dnsFailure, networkPartition];
