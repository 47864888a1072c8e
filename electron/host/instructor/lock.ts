import type { HostContext } from '../handlers/context';

/**
 * Back ends whose instructor console has been unlocked with the PIN. A session flag, deliberately not stored: a
 * restart locks the console again.
 */
const unlocked = new WeakSet<HostContext>();

export function isUnlocked(context: HostContext): boolean {
  return unlocked.has(context);
}

export function unlock(context: HostContext): void {
  unlocked.add(context);
}
