import type { ScoreReport } from '../scoring';
import type { SimMillis } from '../sim/clock';

/** Kinds of moment the debrief chart draws, one lane each. */
export const DEBRIEF_LANES = ['alerts', 'reads', 'actions', 'messages', 'recovery'] as const;
export type DebriefLane = (typeof DEBRIEF_LANES)[number];

/** One point on a path: when, which lane, what it was, and the logged event it stands for (none for derived ones such as an alert firing). */
export type DebriefMoment = { at: SimMillis; lane: DebriefLane; label: string; seq?: number };

/** A criterion as the debrief lists it: the score's result plus where its evidence sits on the learner's timeline. */
export type DebriefCriterion = ScoreReport['criteria'][number] & { evidenceAt: { seq: number; at: SimMillis }[] };

/**
 * What the learner did against what an expert would do: both paths on one time axis (sim ms), the signal whose
 * recovery both are judged by, the score explained criterion by criterion, the fault's story and what to practise.
 */
export type Debrief = {
  scenario: string;
  title: string;
  startUnixMs: number;
  endedAt: SimMillis;
  learner: DebriefMoment[];
  /** The ideal path: the scenario's expert script played on the same seed; null when the scenario has none. */
  ideal: DebriefMoment[] | null;
  /** The scenario's debrief signal sampled every 15 s over each run ([sim ms, value]); null when the scenario names none. */
  signal: { title: string; unit: 'ratio' | 'seconds' | 'count'; learner: [number, number][]; ideal: [number, number][] | null } | null;
  score: ScoreReport;
  criteria: DebriefCriterion[];
  /** What the fault was and why the right mitigation worked (the scenario's debrief text; null when it has none). */
  fault: string | null;
  mitigation: string | null;
  /** Advice for each category that lost points, most points lost first. */
  practise: { category: string; lost: number; text: string }[];
};
