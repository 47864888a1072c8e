import { z } from 'zod';
import { CATEGORIES } from './rubric-schema';
import { name } from './common';

const phrase = z.string().trim().min(1, 'an empty phrase matches nothing').max(200);

/** Synonym groups: the learner's text must contain one phrase of every group (whole words, any case). */
const synonymGroups = z.array(z.array(phrase).min(1, 'a synonym group needs at least one word or phrase')).min(1, 'needs at least one synonym group');

/** One part of the truth: what it is in a sentence (shown in the debrief) and the words that show the learner found it. */
const truth = z.strictObject({ summary: z.string().min(1).max(2000), require: synonymGroups });

/**
 * The scenario's truth a postmortem is checked against (`postmortem:` in scenario.yaml): the root cause, the
 * trigger and the contributing factors, each with synonym groups. Data only; the checks are in engine/postmortem.
 */
export const postmortemTruthSchema = z.strictObject({
  root_cause: truth,
  trigger: truth.optional(),
  contributing_factors: z.array(z.strictObject({ id: name, label: z.string().min(1).max(300), require: synonymGroups })).default([]),
});

/**
 * What the debrief tells the learner after the drill (`debrief:` in scenario.yaml): what the fault was, why the
 * right mitigation worked, the signal whose recovery the debrief charts, and what to practise next per category.
 */
export const debriefSchema = z.strictObject({
  fault: z.string().min(1).max(4000),
  mitigation: z.string().min(1).max(4000),
  /** An instant-vector PromQL expression charted over the drill for the learner and the ideal path (an error ratio). */
  signal: z.strictObject({ title: z.string().min(1).max(200), promql: z.string().min(1).max(2000), unit: z.enum(['ratio', 'seconds', 'count']).default('ratio') }),
  /** Advice for a category the learner lost points in. */
  practise: z.array(z.strictObject({ category: z.enum(CATEGORIES), text: z.string().min(1).max(1000) })).default([]),
});

export type PostmortemTruth = z.infer<typeof postmortemTruthSchema>;
export type DebriefSpec = z.infer<typeof debriefSchema>;
