import type { World } from '../../../sim/world';

/** The host the learner's shell starts on; it is not part of the simulated fleet. */
export const BASTION = 'bastion';

/**
 * A host's stable private address: the bastion is 10.0.0.2, fleet hosts count up from 10.0.1.10 in the
 * order the scenario lists them. Undefined for a name that is no host.
 */
export function hostIp(world: World, name: string): string | undefined {
  const index = [...world.hosts.keys()].indexOf(name);
  if (index >= 0) return `10.0.${1 + Math.floor(index / 240)}.${10 + (index % 240)}`;
  return name === BASTION ? '10.0.0.2' : undefined;
}

/** Every host `ssh` can reach, the bastion first. */
export function knownHosts(world: World): string[] {
  return [BASTION, ...[...world.hosts.keys()].filter((h) => h !== BASTION)];
}
