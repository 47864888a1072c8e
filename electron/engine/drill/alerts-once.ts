import type { Occurrence } from './drill';

/**
 * The history with each alert firing once: a scenario's threshold alert and a rule alert may share a name (the same
 * alert to the learner), so the name counts as firing from the first source that fires until the last one resolves.
 */
export function alertsOnce(occurrences: readonly Occurrence[]): Occurrence[] {
  const firing = new Map<string, number>();
  return occurrences.filter((o) => {
    const count = firing.get(o.name) ?? 0;
    if (o.kind === 'alert.fired') {
      firing.set(o.name, count + 1);
      return count === 0;
    }
    if (o.kind === 'alert.resolved') {
      firing.set(o.name, Math.max(0, count - 1));
      return count === 1;
    }
    return true;
  });
}
