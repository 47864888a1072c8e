import type { Rng } from '../../sim/rng';
import type { TaskKind } from './types';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * How long each kind of work takes a teammate before they report, as [shortest, longest]: an investigation
 * is a few minutes of queries and reading, a mitigation about a minute to confirm the target and start the
 * operation (the rollout itself then runs in the world), an update a minute or two to draft. Asking for
 * something unclear or refused takes no work.
 */
const WORK_RANGE: Record<TaskKind, readonly [number, number]> = {
  'check-database': [2 * MINUTE, 4 * MINUTE],
  'check-service': [2 * MINUTE, 4 * MINUTE],
  'check-logs': [2 * MINUTE, 4 * MINUTE],
  'check-deploys': [90 * SECOND, 3 * MINUTE],
  'check-hosts': [2 * MINUTE, 4 * MINUTE],
  rollback: [45 * SECOND, 90 * SECOND],
  restart: [45 * SECOND, 90 * SECOND],
  'post-update': [MINUTE, 2 * MINUTE],
  unclear: [0, 0],
};

/** A seeded work time for a kind, to the whole second (sim ticks are seconds). */
export function workTime(kind: TaskKind, rng: Rng): number {
  const [low, high] = WORK_RANGE[kind];
  return Math.round((low + rng.next() * (high - low)) / SECOND) * SECOND;
}

export function workRange(kind: TaskKind): readonly [number, number] {
  return WORK_RANGE[kind];
}
