import { z } from 'zod';
import { parseDuration } from '../sim/duration';

/** A Prometheus-style duration string ("90s", "4m30s"). */
export const duration = z.string().refine((text) => parseDuration(text) !== undefined, {
  message: 'not a duration (expected e.g. "90s", "4m30s", "1h")',
});

/** A duration relative to the drill's start that may lie in the past ("-2d", "30m"). */
export const offset = z.string().refine((text) => parseDuration(text.replace(/^-/, '')) !== undefined, {
  message: 'not a time offset (expected e.g. "-2d", "-6h", "10m")',
});

export const name = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes, starting with a letter');

export const ratio = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');

export const positive = z.number().positive('must be greater than 0');

/** Milliseconds of a relative offset ("-2d" → −172800000). */
export function offsetMs(text: string): number {
  const negative = text.startsWith('-');
  const ms = parseDuration(negative ? text.slice(1) : text)!;
  return negative ? -ms : ms;
}
