import type { FaultSpec } from '../../scenario/fault-schema';

/**
 * The faults that can start only because the instructor injected one: the library faults (trigger `injected`) and,
 * transitively, any fault that waits `after` one of them. They are extra to the incident, so scoring treats their
 * starts and ends like a red herring's (never the incident's) and the rubric's reachability checks leave them out.
 */
export function injectionOnlyFaults(specs: readonly Pick<FaultSpec, 'id' | 'trigger'>[]): ReadonlySet<string> {
  const only = new Set(specs.filter((f) => 'injected' in f.trigger).map((f) => f.id));
  // A chain of `after` triggers can be listed in any order: repeat until no fault joins.
  for (let grew = true; grew; ) {
    grew = false;
    for (const f of specs) {
      if (!only.has(f.id) && 'after' in f.trigger && only.has(f.trigger.after)) {
        only.add(f.id);
        grew = true;
      }
    }
  }
  return only;
}
