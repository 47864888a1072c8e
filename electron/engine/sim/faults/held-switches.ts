import type { ServiceState } from '../world';

/** On/off service modifiers that more than one fault may turn on at the same time. */
export type Switch = 'unreachable' | 'dnsBroken';

// Keyed by the service's state object, so each drill's world has its own holders.
const HOLDERS = new WeakMap<ServiceState, Map<Switch, Set<string>>>();

function holders(service: ServiceState, key: Switch): Set<string> {
  let byKey = HOLDERS.get(service);
  if (!byKey) HOLDERS.set(service, (byKey = new Map()));
  let set = byKey.get(key);
  if (!set) byKey.set(key, (set = new Set()));
  return set;
}

/** Turns a switch on for as long as at least one holder (a fault id) keeps it on. */
export function hold(service: ServiceState, key: Switch, holder: string): void {
  holders(service, key).add(holder);
  service.mods[key] = true;
}

/** One holder lets go; the switch goes off when nobody holds it. */
export function release(service: ServiceState, key: Switch, holder: string): void {
  const set = holders(service, key);
  set.delete(holder);
  service.mods[key] = set.size > 0;
}

/** A repair turns the switch off whoever held it. */
export function releaseAll(service: ServiceState, key: Switch): void {
  holders(service, key).clear();
  service.mods[key] = false;
}
