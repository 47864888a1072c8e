import { topValues } from '../../logs/search/field-summary';
import { matchingEvents } from '../../logs/search';
import { fieldValue, fieldValues, parseKql } from '../../logs/kql';
import { instantQuery } from '../../promql/engine';
import { parseExpr } from '../../promql/parser';
import type { SimMillis } from '../../sim/clock';
import type { Simulation } from '../../sim/simulation';
import { storeQueryable } from '../../tsdb/queryable';
import type { WorldProbe } from './ports';

/** How many top values of a field a teammate reads off a log search (Discover's sidebar shows ten). */
const TOP_VALUES = 10;

/**
 * What a teammate sees of the simulation at `now`: instant PromQL on the scraped series, KQL counts over the
 * logs written so far, and the operations a terminal runs. Queries are the teammates' own (never the
 * learner's), so a parse or evaluation error is a bug and is thrown.
 */
export function createWorldProbe(sim: Simulation, now: SimMillis, operate: WorldProbe['operate']): WorldProbe {
  const startUnixMs = sim.world.startUnixMs;
  const nowUnixMs = startUnixMs + now;
  return {
    now,
    startUnixMs,
    world: sim.world,
    query(expr) {
      const value = instantQuery(storeQueryable(sim.store, startUnixMs), parseExpr(expr), nowUnixMs);
      switch (value.type) {
        case 'vector':
          return value.samples.map((s) => ({ metric: { ...s.metric }, value: s.v }));
        case 'scalar':
          return [{ metric: {}, value: value.v }];
        case 'matrix':
          // A range selector asked for as an instant query: the newest point of each series.
          return value.series.filter((s) => s.points.length > 0).map((s) => ({ metric: { ...s.metric }, value: s.points[s.points.length - 1]!.v }));
        case 'string':
          return [];
      }
    },
    logs(kql, windowMs, field) {
      const parsed = parseKql(kql);
      if (!parsed.ok) throw new Error(`teammate KQL "${kql}" does not parse: ${parsed.error.message}`);
      let total = 0;
      const counts = new Map<string, number>();
      for (const event of matchingEvents(sim.logs, parsed.ast, nowUnixMs - windowMs, nowUnixMs, nowUnixMs)) {
        total++;
        if (field === undefined) continue;
        for (const v of new Set(fieldValues(fieldValue(event, field)).map(String))) counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      return { total, top: topValues(counts, TOP_VALUES) };
    },
    operate,
  };
}
