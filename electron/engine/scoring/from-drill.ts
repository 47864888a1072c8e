import type { Drill, DrillEvent } from '../drill';
import { instantQuery } from '../promql/engine';
import { parseExpr } from '../promql/parser';
import type { Expr } from '../promql/parser';
import { storeQueryable } from '../tsdb/queryable';
import type { ScoringContext } from './context';

/**
 * The scoring context of a drill (live or re-derived by replay) and its event log. Queries see the drill's
 * series store as the PromQL API does; each expression is parsed once, since a world condition asks it at every
 * step of the drill.
 */
export function scoringContext(drill: Drill, events: readonly DrillEvent[]): ScoringContext {
  const startUnixMs = drill.sim.world.startUnixMs;
  const queryable = storeQueryable(drill.sim.store, startUnixMs);
  const parsed = new Map<string, Expr>();
  return {
    scenario: drill.scenario,
    seed: drill.seed,
    events,
    occurrences: drill.occurrences(),
    incident: drill.incident.snapshot(),
    endAt: drill.now,
    startUnixMs,
    query(expr, t) {
      let ast = parsed.get(expr);
      if (ast === undefined) {
        ast = parseExpr(expr);
        parsed.set(expr, ast);
      }
      const value = instantQuery(queryable, ast, startUnixMs + t);
      if (value.type !== 'vector') throw new Error(`expected an instant vector, got a ${value.type}`);
      return value.samples.map((s) => ({ metric: { ...s.metric }, value: s.v }));
    },
  };
}
