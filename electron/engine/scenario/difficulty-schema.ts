import { z } from 'zod';
import { name } from './common';

/**
 * One difficulty level of a scenario. Each knob changes the drill itself, not only its presentation: the
 * simulation's background noise, which red herrings run, how many hints there are, and how tight the
 * communication and paging deadlines are.
 */
const level = z.strictObject({
  id: name,
  label: z.string().min(1).max(40),
  description: z.string().min(1).max(500),
  /**
   * Multiplies every service's background error ratio: more unrelated errors in the logs and the error-rate
   * panels to read past (1 = the scenario as written, 0 = none).
   */
  noise: z.number().min(0, 'must not be negative').max(10, 'at most 10').default(1),
  /** Which red-herring faults run: all of them, none, or the listed ids. */
  red_herrings: z.union([z.enum(['all', 'none']), z.array(name)]).default('all'),
  /** How many of the scenario's hints the learner may reveal; null: all of them. */
  hints: z.int().min(0, 'must not be negative').nullable().default(null),
  /**
   * Multiplies the deadlines: the initial-report window, the update cadence, how long stakeholders wait before
   * chasing, when the pager escalates, and the rubric's `within` windows. Below 1 is more time pressure.
   */
  deadlines: z.number().min(0.25, 'at least 0.25').max(4, 'at most 4').default(1),
});

/** `difficulty:` in scenario.yaml: the levels a learner picks from, and the one a drill uses when none is picked. */
export const difficultySchema = z.strictObject({
  default: name,
  levels: z.array(level).min(1, 'needs at least one level'),
});

export type DifficultyLevel = z.infer<typeof level>;
export type DifficultySpec = z.infer<typeof difficultySchema>;

/** The level of a scenario without a `difficulty:` section: the scenario exactly as written. */
export const STANDARD_LEVEL: DifficultyLevel = {
  id: 'standard',
  label: 'Standard',
  description: 'The scenario as written.',
  noise: 1,
  red_herrings: 'all',
  hints: null,
  deadlines: 1,
};
