import type { ImportedEvent } from '../store/graded-imports-repo';

export const BUNDLE_FORMAT = 'firedrill-attempt-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_EXTENSION = '.firedrill.json';

/** Who played: the name, and the student id when the learner profile has one. */
export type BundleLearner = { name: string; studentId?: string };

/** The fields the class-key signature covers, with the chain head (the events themselves are covered by the chain). */
export type BundleHeader = {
  format: typeof BUNDLE_FORMAT;
  formatVersion: number;
  appVersion: string;
  scenario: { id: string; version: string };
  seed: number;
  difficulty: string | null;
  learner: BundleLearner;
  startedAt: string;
  endedAt: string | null;
  claimedScore: { total: number; max: number } | null;
  chainHead: string;
};

/** One attempt as one file: the header, its whole event log with the hash chain, and an optional signature. */
export type Bundle = BundleHeader & { events: ImportedEvent[]; signature?: { algorithm: 'hmac-sha256'; value: string } };

/**
 * The bundle's bytes. Keys are written in one fixed order (the header's, then events, then signature) so the same
 * attempt always gives the same file.
 */
export function serializeBundle(bundle: Bundle): string {
  const ordered = {
    ...headerOf(bundle),
    events: bundle.events.map((e) => ({ seq: e.seq, t: e.t, type: e.type, payload: e.payload, wallTime: e.wallTime, prevHash: e.prevHash, hash: e.hash })),
    ...(bundle.signature ? { signature: { algorithm: bundle.signature.algorithm, value: bundle.signature.value } } : {}),
  };
  return `${JSON.stringify(ordered, null, 1)}\n`;
}

/** The header fields of a bundle, in their fixed order. */
export function headerOf(bundle: BundleHeader): BundleHeader {
  const learner: BundleLearner = { name: bundle.learner.name, ...(bundle.learner.studentId !== undefined ? { studentId: bundle.learner.studentId } : {}) };
  return {
    format: bundle.format,
    formatVersion: bundle.formatVersion,
    appVersion: bundle.appVersion,
    scenario: { id: bundle.scenario.id, version: bundle.scenario.version },
    seed: bundle.seed,
    difficulty: bundle.difficulty,
    learner,
    startedAt: bundle.startedAt,
    endedAt: bundle.endedAt,
    claimedScore: bundle.claimedScore === null ? null : { total: bundle.claimedScore.total, max: bundle.claimedScore.max },
    chainHead: bundle.chainHead,
  };
}
