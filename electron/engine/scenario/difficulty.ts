import { formatDuration, parseDuration } from '../sim/duration';
import type { DifficultyLevel } from './difficulty-schema';
import { STANDARD_LEVEL } from './difficulty-schema';
import type { Scenario } from './load';
import type { ScenarioDocument } from './schema';

/** The levels a learner may pick for this scenario, in the order the author listed them. */
export function difficultyLevels(doc: Pick<ScenarioDocument, 'difficulty'>): readonly DifficultyLevel[] {
  return doc.difficulty?.levels ?? [STANDARD_LEVEL];
}

/** The id a drill uses when the learner picks none. */
export function defaultDifficulty(doc: Pick<ScenarioDocument, 'difficulty'>): string {
  return doc.difficulty?.default ?? STANDARD_LEVEL.id;
}

/** The level with this id (the default when undefined), or undefined when the scenario has no such level. */
export function findDifficulty(doc: Pick<ScenarioDocument, 'difficulty'>, id: string | undefined): DifficultyLevel | undefined {
  const wanted = id ?? defaultDifficulty(doc);
  return difficultyLevels(doc).find((level) => level.id === wanted);
}

/** Whether a red-herring fault runs at this level. */
export function keepsRedHerring(level: DifficultyLevel, faultId: string): boolean {
  return level.red_herrings === 'all' || (level.red_herrings !== 'none' && level.red_herrings.includes(faultId));
}

/**
 * The scenario as a drill at this level plays it: the document rewritten, so the simulation, the incident room,
 * the pager and the scorer all see the same changed world and the same deadlines. Pure; the level the scenario
 * was written for (noise 1, all red herrings, all hints, deadlines ×1) returns the scenario unchanged.
 */
export function applyDifficulty(scenario: Scenario, level: DifficultyLevel): Scenario {
  const doc = scenario.doc;
  if (level.noise === 1 && level.red_herrings === 'all' && level.hints === null && level.deadlines === 1) return scenario;
  const scale = (text: string): string => formatDuration(Math.max(1000, Math.round((parseDuration(text)! * level.deadlines) / 1000) * 1000));
  const incident = doc.incident;
  const leveled: ScenarioDocument = {
    ...doc,
    world: { ...doc.world, services: doc.world.services.map((s) => ({ ...s, error_ratio: Math.min(1, s.error_ratio * level.noise) })) },
    // Library faults (trigger `injected`) are never red herrings (the schema refuses it): every level keeps them.
    faults: doc.faults.filter((f) => !f.red_herring || keepsRedHerring(level, f.id)),
    pager: { ...doc.pager, escalate_after: scale(doc.pager.escalate_after) },
    incident: {
      ...incident,
      initial_report_within: scale(incident.initial_report_within),
      cadence: Object.fromEntries(Object.entries(incident.cadence).map(([sev, every]) => [sev, every === null ? null : scale(every)])) as typeof incident.cadence,
      script: incident.script.map((m) => ({
        ...m,
        when: 'no_update_for' in m.when ? { no_update_for: scale(m.when.no_update_for) } : 'after' in m.when ? { ...m.when, delay: m.when.delay === '0s' ? '0s' : scale(m.when.delay) } : m.when,
        ...(m.follow_up ? { follow_up: { ...m.follow_up, after: scale(m.follow_up.after) } } : {}),
      })),
      hints: level.hints === null ? incident.hints : incident.hints.slice(0, level.hints),
    },
    rubric: doc.rubric.map((criterion) => {
      const when = criterion.when;
      if ('event' in when && when.within !== undefined) return { ...criterion, when: { ...when, within: scale(when.within) } };
      if ('check' in when && when.params !== undefined) return { ...criterion, when: { ...when, params: scaleParams(when.params, scale) } };
      return criterion;
    }),
  };
  return { ...scenario, doc: leveled };
}

/** A communication check's time limits (`within`, `every`) tighten or relax with the deadlines. */
function scaleParams(params: Record<string, unknown>, scale: (text: string) => string): Record<string, unknown> {
  const out = { ...params };
  for (const key of ['within', 'every']) if (typeof out[key] === 'string' && parseDuration(out[key]) !== undefined) out[key] = scale(out[key]);
  return out;
}
