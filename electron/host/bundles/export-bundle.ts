import type { Result } from '../../contract';
import { err, ok } from '../../contract';
import { loggedDifficulty } from '../../engine/drill/replay';
import type { Store } from '../store';
import { GENESIS_HASH } from '../store';
import type { Bundle } from './format';
import { BUNDLE_EXTENSION, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, serializeBundle } from './format';
import { signHeader } from './signature';

export type ExportOptions = { appVersion: string; key?: string };

/** The stored attempt as a bundle; its bytes depend only on what the database holds. */
export function exportBundle(store: Store, attemptId: number, options: ExportOptions): Result<{ filename: string; json: string }> {
  const row = store.attempts.listing(attemptId);
  if (!row) return err('not_found', `no attempt ${attemptId}`, 'attempt');
  const events = store.events.list(attemptId);
  const studentId = store.gradedImports.studentId(row.learnerId);
  const bundle: Bundle = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    appVersion: options.appVersion,
    scenario: { id: row.scenarioId, version: row.scenarioVersion },
    seed: row.seed,
    difficulty: loggedDifficulty(events) ?? null,
    learner: { name: row.learner, ...(studentId !== null ? { studentId } : {}) },
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    claimedScore: row.score,
    chainHead: events.at(-1)?.hash ?? GENESIS_HASH,
    events: events.map(({ seq, t, type, payload, wallTime, prevHash, hash }) => ({ seq, t, type, payload, wallTime, prevHash, hash })),
  };
  if (options.key) bundle.signature = { algorithm: 'hmac-sha256', value: signHeader(bundle, options.key) };
  return ok({ filename: bundleFilename(row.learner, row.scenarioId, attemptId), json: serializeBundle(bundle) });
}

/** "ada-lovelace_checkout-bad-deploy_attempt-3.firedrill.json": readable, and safe on every file system. */
export function bundleFilename(learner: string, scenario: string, attemptId: number): string {
  const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'learner';
  return `${slug(learner)}_${slug(scenario)}_attempt-${attemptId}${BUNDLE_EXTENSION}`;
}
