import { createHmac, timingSafeEqual } from 'node:crypto';
import type { BundleHeader } from './format';
import { headerOf } from './format';

/**
 * HMAC-SHA256 with the class key over the header (the chain head included, which in turn covers every event).
 * It deters casual edits only: the key sits on every student's machine.
 */
export function signHeader(header: BundleHeader, key: string): string {
  return createHmac('sha256', key).update(JSON.stringify(headerOf(header))).digest('hex');
}

export function signatureMatches(header: BundleHeader, key: string, value: string): boolean {
  const expected = Buffer.from(signHeader(header, key), 'hex');
  const given = Buffer.from(value, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
