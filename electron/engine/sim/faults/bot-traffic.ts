import { dailyShape } from '../world';
import type { ServiceState, World } from '../world';

/**
 * The bot share of a service's edge traffic and whether a WAF rule blocks it. `ServiceModifiers` carries
 * only the total traffic factor and an absolute blocked rate, so which part is bots is kept here, beside
 * the world, keyed by the service's state (one per drill).
 */
type Bots = { factors: Map<string, number>; blocked: boolean; appliedRps: number };

const BOTS = new WeakMap<ServiceState, Bots>();

function bots(service: ServiceState): Bots {
  let b = BOTS.get(service);
  if (!b) BOTS.set(service, (b = { factors: new Map(), blocked: false, appliedRps: 0 }));
  return b;
}

function botFactor(service: ServiceState): number {
  let f = 1;
  for (const factor of bots(service).factors.values()) f *= factor;
  return f;
}

/** Requests per second of bot traffic arriving at the service's edge now, before any block. */
export function botRps(world: World, service: ServiceState): number {
  const f = botFactor(service);
  if (f <= 1 || !service.spec.traffic) return 0;
  const organic = service.spec.traffic.rps * dailyShape(world.startUnixMs + world.now) * (service.mods.trafficFactor / f);
  return organic * (f - 1);
}

/** Keeps the blocked rate equal to the bot traffic while a block is in place (traffic follows the day). */
export function syncBlockedBots(world: World, service: ServiceState): void {
  const b = bots(service);
  const target = b.blocked ? botRps(world, service) : 0;
  service.mods.blockedTraffic = Math.max(0, service.mods.blockedTraffic + target - b.appliedRps);
  b.appliedRps = target;
}

/** A bot spike (fault `id`) now multiplies the service's traffic by `factor`. */
export function setBotFactor(world: World, service: ServiceState, id: string, factor: number): void {
  bots(service).factors.set(id, factor);
  syncBlockedBots(world, service);
}

export function removeBots(world: World, service: ServiceState, id: string): void {
  bots(service).factors.delete(id);
  syncBlockedBots(world, service);
}

/** A WAF rule matching the bots' signature: their requests are dropped at the edge from now on. */
export function blockBots(world: World, service: ServiceState): void {
  bots(service).blocked = true;
  syncBlockedBots(world, service);
}

export function botsBlocked(service: ServiceState): boolean {
  return bots(service).blocked;
}
