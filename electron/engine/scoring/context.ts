import type { DrillEvent, Occurrence } from '../drill';
import type { IncidentSnapshot } from '../drill/incident/types';
import type { Scenario } from '../scenario';
import type { SimMillis } from '../sim/clock';

/**
 * Everything the scorer may look at, all re-derived from (scenario, seed, event log): the log itself, the drill's
 * history, the incident room, and PromQL over the simulated series store. The same context always gives the same
 * score, in the app, in `firedrill drill play` and on re-score.
 */
export type ScoringContext = {
  scenario: Scenario;
  seed: number;
  events: readonly DrillEvent[];
  occurrences: readonly Occurrence[];
  incident: IncidentSnapshot;
  /** Sim time the scoring looks up to: the drill's end, or its current moment while it runs. */
  endAt: SimMillis;
  /** Unix ms of sim time 0 (for messages that name wall-clock times: "update at 10:14:32"). */
  startUnixMs: number;
  /** An instant PromQL query over the re-derived world at sim time `t`; throws the engine's error on a bad query. */
  query(expr: string, t: SimMillis): { metric: Record<string, string>; value: number }[];
};
