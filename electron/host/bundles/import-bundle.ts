import type { GradeImportOutcome } from '../../contract/requests';
import type { Scenario } from '../../engine/scenario';
import type { ScoreReport } from '../../engine/scoring';
import { findScenario } from '../scenarios/catalog';
import type { Store } from '../store';
import type { Bundle } from './format';
import { parseBundle } from './parse-bundle';
import { NOT_RESCORED, rescoreEvents, rescoreFlags } from './rescore';
import { signatureMatches } from './signature';
import { chainFlags } from './verify-chain';

export type ImportOutcome = GradeImportOutcome;

/** Finds a scenario version; a batch import passes a cache, since loading validates the whole scenario. */
export type ScenarioLoader = (id: string, version: string) => Scenario | undefined;

export { NOT_RESCORED };

/**
 * Verifies one bundle and files it as an attempt of its learner. Nothing the bundle claims is trusted: the chain
 * is recomputed, the attempt re-played from its own events and re-scored, and every disagreement becomes a flag.
 * A flagged bundle is still imported (the grader decides); only a file that cannot be stored at all is an error.
 */
export function importBundle(
  store: Store,
  file: string,
  text: string,
  key?: string,
  load: ScenarioLoader = (id, version) => findScenario(store, id, version),
): ImportOutcome {
  const parsed = parseBundle(text);
  if (!parsed.ok) return { file, status: 'error', reason: parsed.reason };
  const bundle = parsed.bundle;
  // The chain covers only the events: two learners whose logs happen to match (same seed, same actions at the same
  // sim times) share a chain head, so the learner and start time are part of what makes a bundle the same one.
  const bundleKey = `${bundle.chainHead} ${bundle.startedAt} ${bundle.learner.name}`;
  const previous = store.gradedImports.findByBundleKey(bundleKey);
  if (previous) return { file, status: 'already', attempt: previous.attemptId, flags: previous.flags };
  const duplicate = bundle.events.find((e, i) => bundle.events.findIndex((o) => o.seq === e.seq) !== i);
  if (duplicate) return { file, status: 'error', reason: `event seq ${duplicate.seq} appears twice` };

  const start = startOf(bundle);
  const flags = [...chainFlags(bundle.events, bundle.chainHead), ...startFlags(bundle, start), ...signatureFlags(bundle, key)];
  const scenario = load(bundle.scenario.id, bundle.scenario.version);
  let score: ScoreReport | undefined;
  if (!scenario) flags.push(NOT_RESCORED);
  else {
    const rescored = rescoreEvents(scenario, start.seed ?? bundle.seed, bundle.events, bundle.endedAt !== null);
    flags.push(...rescoreFlags(rescored, bundle.claimedScore?.total ?? null));
    if ('score' in rescored) score = rescored.score;
  }
  if (bundle.claimedScore === null && bundle.endedAt !== null) flags.push('no claimed score');

  const learnerId = store.learners.ensure(bundle.learner.name);
  if (bundle.learner.studentId !== undefined) store.gradedImports.fillStudentId(learnerId, bundle.learner.studentId);
  const attempt = store.gradedImports.record(
    { learnerId, scenarioId: bundle.scenario.id, scenarioVersion: bundle.scenario.version, seed: start.seed ?? bundle.seed, startedAt: bundle.startedAt, endedAt: bundle.endedAt },
    bundle.events,
    { bundleKey, chainHead: bundle.chainHead, fileName: file, claimedTotal: bundle.claimedScore?.total ?? null, flags },
  );
  if (score) store.scores.save(attempt, score);
  return {
    file,
    status: 'imported',
    attempt,
    learner: bundle.learner.name,
    scenario: bundle.scenario.id,
    score: score ? { total: score.total, max: score.max } : null,
    flags,
  };
}

/** One line per bundle, as the CLI prints it. */
export function outcomeLine(outcome: ImportOutcome): string {
  if (outcome.status === 'error') return `${outcome.file}: error: ${outcome.reason}`;
  const flags = outcome.flags.length > 0 ? `; flags: ${outcome.flags.join('; ')}` : '';
  if (outcome.status === 'already') return `${outcome.file}: already imported as attempt ${outcome.attempt}${flags}`;
  const score = outcome.score ? `${outcome.score.total}/${outcome.score.max}` : 'not scored';
  return `${outcome.file}: imported as attempt ${outcome.attempt} (${outcome.learner}, ${outcome.scenario}, ${score})${flags.length > 0 ? flags : '; ok'}`;
}

type StartFacts = { seed?: number; scenario?: unknown; version?: unknown; difficulty?: unknown };

/** What the first event (drill.start, covered by the chain) says the attempt was. */
function startOf(bundle: Bundle): StartFacts {
  const first = bundle.events[0]!;
  if (first.type !== 'drill.start' || typeof first.payload !== 'object' || first.payload === null) return {};
  const p = first.payload as Record<string, unknown>;
  return { seed: Number.isInteger(p.seed) && (p.seed as number) >= 0 ? (p.seed as number) : undefined, scenario: p.scenario, version: p.version, difficulty: p.difficulty };
}

function startFlags(bundle: Bundle, start: StartFacts): string[] {
  const first = bundle.events[0]!;
  if (first.type !== 'drill.start') return [`first event is ${first.type}, not drill.start`];
  const flags: string[] = [];
  if (start.seed !== bundle.seed) flags.push(`seed changed: header ${bundle.seed}, drill.start ${String(start.seed)}`);
  if (start.scenario !== bundle.scenario.id || start.version !== bundle.scenario.version) flags.push('scenario changed: header and drill.start disagree');
  if ((start.difficulty ?? null) !== bundle.difficulty) flags.push(`difficulty changed: header ${String(bundle.difficulty)}, drill.start ${String(start.difficulty)}`);
  return flags;
}

function signatureFlags(bundle: Bundle, key: string | undefined): string[] {
  if (key === undefined || key === '') return [];
  if (!bundle.signature) return ['not signed (a class key was given)'];
  return signatureMatches(bundle, key, bundle.signature.value) ? [] : ['signature does not verify with the class key'];
}
