/**
 * One replay of a scenario with a learner's rules beside its own, on the sim clock as the Drill runs it:
 * a tick every TICK_MS from 0 to the scenario's end, the scenario's groups then the learner's evaluated at
 * each tick on their interval grid. The learner's recording rules and ALERTS go to a scratch layer, so
 * a learner rule named like a scenario rule cannot mix its series with the scenario's.
 */
import type { RuleGroup } from '../rules';
import type { ScenarioDocument } from '../../scenario';
import type { SimMillis } from '../../sim/clock';
import { TICK_MS } from '../../sim/clock';
import { parseDuration } from '../../sim/duration';
import { Simulation } from '../../sim/simulation';
import { SeriesStore, storeQueryable } from '../../tsdb';
import { mergeQueryables } from '../../tsdb/merge-queryable';
import type { AlertTimeline, RuleSummary } from '../timeline';
import { RuleRunner } from './rule-runner';

/** What one replay produced: the learner's alerts and rule health, and when each fault started (sim ms). */
export type LabRun = {
  startUnixMs: number;
  endsAt: SimMillis;
  faultStarts: { fault: string; redHerring: boolean; at: SimMillis }[];
  timelines: AlertTimeline[];
  rules: RuleSummary[];
};

export function replayWithRules(doc: ScenarioDocument, seed: number, scenarioGroups: readonly RuleGroup[], learnerGroups: readonly RuleGroup[]): LabRun {
  const endsAt = parseDuration(doc.duration)!;
  const sim = new Simulation(doc, seed);
  const store = sim.store;
  const epoch = sim.world.startUnixMs;
  const scenarioRules = new RuleRunner(
    scenarioGroups,
    { queryable: storeQueryable(store, epoch), append: (labels, tMs, value) => store.append(store.ref(labels), tMs - epoch, value) },
    epoch,
    sim.intervalMs,
  );
  const scratch = new SeriesStore();
  const learnerRules = new RuleRunner(
    learnerGroups,
    {
      queryable: mergeQueryables(storeQueryable(store, epoch), storeQueryable(scratch, epoch)),
      append: (labels, tMs, value) => scratch.append(scratch.ref(labels), tMs - epoch, value),
    },
    epoch,
    sim.intervalMs,
  );
  const faultStarts: LabRun['faultStarts'] = [];
  for (let t = 0 as SimMillis; t <= endsAt; t = (t + TICK_MS) as SimMillis) {
    for (const c of sim.tick(t)) if (c.kind === 'fault.started') faultStarts.push({ fault: c.fault, redHerring: c.redHerring, at: c.at });
    scenarioRules.evalDue(epoch + t);
    learnerRules.evalDue(epoch + t);
  }
  return { startUnixMs: epoch, endsAt, faultStarts, timelines: learnerRules.timelines(), rules: learnerRules.rules() };
}

/** The scenario without its incident: every fault removed except red herrings, the noise a good rule ignores. */
export function baselineDocument(doc: ScenarioDocument): ScenarioDocument {
  return { ...doc, faults: doc.faults.filter((f) => f.red_herring) };
}
