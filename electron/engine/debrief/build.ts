import type { Drill, DrillEvent } from '../drill';
import type { ScoreReport } from '../scoring';
import { scoringContext } from '../scoring';
import type { SimMillis } from '../sim/clock';
import { pathMoments } from './moments';
import { practiseNext } from './practise';
import { sampleSignal } from './signal';
import type { Debrief, DebriefCriterion, DebriefMoment } from './types';

/** One run as the debrief needs it: its moments and its signal (null when the scenario names no signal). */
export type DebriefPath = { moments: DebriefMoment[]; signal: [number, number][] | null };

/**
 * A re-derived drill's path: its moments and, when the scenario's debrief names a signal, that signal over the
 * run. This is what the host caches for the ideal path, so the expert's drill itself need not be kept.
 */
export function drillPath(drill: Drill, events: readonly DrillEvent[]): DebriefPath {
  const spec = drill.scenario.doc.debrief;
  const signal = spec ? sampleSignal(scoringContext(drill, events).query, spec.signal.promql, drill.now) : null;
  return { moments: pathMoments(drill.occurrences(), events), signal };
}

export type DebriefInput = {
  /** The learner's drill, ended (or re-derived to its end), with its event log and its score. */
  drill: Drill;
  events: readonly DrillEvent[];
  score: ScoreReport;
  /** The expert script's run on the same seed and difficulty; null when the scenario has no expert script. */
  ideal: DebriefPath | null;
};

/** The debrief of an attempt: both paths, the signal for both, the score explained and what to practise. */
export function buildDebrief({ drill, events, score, ideal }: DebriefInput): Debrief {
  const spec = drill.scenario.doc.debrief;
  const learner = drillPath(drill, events);
  return {
    scenario: drill.scenario.id,
    title: drill.scenario.doc.title,
    startUnixMs: drill.sim.world.startUnixMs,
    endedAt: drill.now,
    learner: learner.moments,
    ideal: ideal?.moments ?? null,
    signal: spec && learner.signal ? { title: spec.signal.title, unit: spec.signal.unit, learner: learner.signal, ideal: ideal?.signal ?? null } : null,
    score,
    criteria: withEvidenceTimes(score, events),
    fault: spec?.fault ?? null,
    mitigation: spec?.mitigation ?? null,
    practise: practiseNext(score, spec),
  };
}

/** Each criterion with its evidence seqs placed on the learner's timeline (a seq not in the log is left out). */
function withEvidenceTimes(score: ScoreReport, events: readonly DrillEvent[]): DebriefCriterion[] {
  const timeOf = new Map(events.map((e) => [e.seq, e.t as SimMillis]));
  return score.criteria.map((c) => ({
    ...c,
    evidenceAt: c.evidence.flatMap((seq) => {
      const at = timeOf.get(seq);
      return at === undefined ? [] : [{ seq, at }];
    }),
  }));
}
