import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { SettingsRepo } from '../store/settings-repo';

/** The settings key of the instructor PIN's salted hash (never the PIN itself). */
export const INSTRUCTOR_PIN_KEY = 'instructor.pin';

export type StoredPin = { salt: string; hash: string };

const KEY_LENGTH = 32;

/** A PIN hashed with a fresh random salt (scrypt: slow on purpose, so a copied database does not give the PIN away). */
export function hashPin(pin: string): StoredPin {
  const salt = randomBytes(16);
  return { salt: salt.toString('hex'), hash: scryptSync(pin, salt, KEY_LENGTH).toString('hex') };
}

/** Whether `pin` is the one stored (compared in constant time). */
export function pinMatches(pin: string, stored: StoredPin): boolean {
  const expected = Buffer.from(String(stored.hash), 'hex');
  // A damaged stored value matches no PIN (the instructor sets a new one after clearing it).
  if (expected.length !== KEY_LENGTH) return false;
  return timingSafeEqual(expected, scryptSync(pin, Buffer.from(String(stored.salt), 'hex'), KEY_LENGTH));
}

export function storedPin(settings: SettingsRepo): StoredPin | undefined {
  return settings.get<StoredPin>(INSTRUCTOR_PIN_KEY);
}

export function savePin(settings: SettingsRepo, pin: string): void {
  settings.set(INSTRUCTOR_PIN_KEY, hashPin(pin));
}
