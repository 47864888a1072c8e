import { z } from 'zod';
import type { Bundle } from './format';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from './format';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a 64-digit sha256 hex');
const event = z.object({
  seq: z.int(),
  t: z.number().finite(),
  type: z.string().min(1),
  payload: z.unknown(),
  wallTime: z.string(),
  prevHash: hex64,
  hash: hex64,
});
const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.int(),
  appVersion: z.string(),
  scenario: z.object({ id: z.string().min(1), version: z.string().min(1) }),
  seed: z.int().min(0),
  difficulty: z.string().nullable(),
  learner: z.object({ name: z.string().min(1), studentId: z.string().optional() }),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  claimedScore: z.object({ total: z.number().finite(), max: z.number().finite() }).nullable(),
  chainHead: hex64,
  events: z.array(event).min(1),
  signature: z.object({ algorithm: z.literal('hmac-sha256'), value: z.string() }).optional(),
});

export type Parsed = { ok: true; bundle: Bundle } | { ok: false; reason: string };

/** Reads a bundle's text: not JSON, not a bundle, a newer format or a missing field each get one plain reason. */
export function parseBundle(text: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'not a Firedrill attempt bundle (not a JSON object)' };
  const format = (data as { format?: unknown }).format;
  if (format !== BUNDLE_FORMAT) return { ok: false, reason: `not a Firedrill attempt bundle (format is ${JSON.stringify(format ?? null)}, expected "${BUNDLE_FORMAT}")` };
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > BUNDLE_FORMAT_VERSION) {
    return { ok: false, reason: `bundle format version ${version} is newer than this Firedrill reads (${BUNDLE_FORMAT_VERSION}): update Firedrill` };
  }
  const result = bundleSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    return { ok: false, reason: `missing or invalid field ${path || '(root)'}: ${issue.message}` };
  }
  return { ok: true, bundle: result.data as Bundle };
}
