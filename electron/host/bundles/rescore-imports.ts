import type { GradeRescoreOutcome } from '../../contract/requests';
import type { Store } from '../store';
import type { ScenarioLoader } from './import-bundle';
import { isNotRescoredFlag, rescoreEvents, rescoreFlags } from './rescore';

/**
 * Scores the imported attempts that have no score yet, now that their scenario version may be installed: each is
 * re-played from its stored events exactly as an import would, its claimed total compared, the score stored and
 * its "not re-scored" flag replaced by what the re-score found. An attempt whose version is still missing (or
 * whose events still will not play) is left as it is and reported. A second run finds nothing left to do.
 */
export function rescoreImports(store: Store, load: ScenarioLoader): GradeRescoreOutcome[] {
  return store.gradedImports.unscored().map((entry): GradeRescoreOutcome => {
    const who = { attempt: entry.attemptId, learner: entry.learner, scenario: entry.scenarioId };
    const scenario = load(entry.scenarioId, entry.scenarioVersion);
    if (!scenario) return { ...who, status: 'still-missing', reason: `scenario ${entry.scenarioId} version ${entry.scenarioVersion} is not installed` };
    const result = rescoreEvents(scenario, entry.seed, store.events.list(entry.attemptId), entry.ended);
    const flags = replaceNotRescored(entry.flags, rescoreFlags(result, entry.claimedTotal));
    if ('problem' in result) {
      store.gradedImports.setFlags(entry.attemptId, flags);
      return { ...who, status: 'still-missing', reason: result.problem };
    }
    store.db.transaction(() => {
      store.scores.save(entry.attemptId, result.score);
      store.gradedImports.setFlags(entry.attemptId, flags);
    })();
    return { ...who, status: 'rescored', score: { total: result.score.total, max: result.score.max }, flags };
  });
}

/** The flags with the first "not re-scored" one swapped for the new ones in its place (so the order is as an import writes it). */
function replaceNotRescored(flags: readonly string[], found: readonly string[]): string[] {
  const at = flags.findIndex(isNotRescoredFlag);
  const kept = flags.filter((f) => !isNotRescoredFlag(f));
  if (at < 0) return [...kept, ...found];
  const before = flags.slice(0, at).filter((f) => !isNotRescoredFlag(f)).length;
  return [...kept.slice(0, before), ...found, ...kept.slice(before)];
}

/** One line per attempt, as the CLI prints it. */
export function rescoreLine(outcome: GradeRescoreOutcome): string {
  const who = `attempt ${outcome.attempt} (${outcome.learner}, ${outcome.scenario})`;
  if (outcome.status === 'still-missing') return `${who}: still not scored: ${outcome.reason}`;
  return `${who}: re-scored ${outcome.score.total}/${outcome.score.max}${outcome.flags.length > 0 ? `; flags: ${outcome.flags.join('; ')}` : '; ok'}`;
}
