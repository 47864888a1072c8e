import type { ServiceSpec } from '../../scenario/world-schema';

/**
 * Orders services so each comes after every service it calls (dependencies first). Returns the cycle
 * instead when there is one, so validation can name it.
 */
export function dependencyOrder(services: readonly ServiceSpec[]): { ok: true; order: string[] } | { ok: false; cycle: string[] } {
  const callees = new Map(services.map((s) => [s.name, s.calls.flatMap((c) => ('service' in c ? [c.service] : []))]));
  const state = new Map<string, 'visiting' | 'done'>();
  const order: string[] = [];
  const stack: string[] = [];
  const visit = (name: string): string[] | undefined => {
    if (state.get(name) === 'done') return undefined;
    if (state.get(name) === 'visiting') return [...stack.slice(stack.indexOf(name)), name];
    state.set(name, 'visiting');
    stack.push(name);
    for (const callee of callees.get(name) ?? []) {
      const cycle = visit(callee);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(name, 'done');
    order.push(name);
    return undefined;
  };
  for (const service of services) {
    const cycle = visit(service.name);
    if (cycle) return { ok: false, cycle };
  }
  return { ok: true, order };
}
