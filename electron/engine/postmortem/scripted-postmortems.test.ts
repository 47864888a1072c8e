/**
 * The postmortems the bundled scripted learners save, reviewed against their scenario's truth: the expert's is
 * complete, correct and blameless; the novice's has a vague root cause, one blaming sentence and an action item
 * without an owner (the rubric's postmortem criteria are played end to end in scripted-learners.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledScenario, SCENARIOS_DIR } from '../testing/bundled.node';
import { asPostmortemDocument } from './document';
import { reviewPostmortem } from './review';

const IDS = ['checkout-bad-deploy', 'sale-day-search', 'server-outage', 'db-connectivity'];

function savedPostmortem(id: string, learner: string): unknown {
  const actions = JSON.parse(readFileSync(join(SCENARIOS_DIR, id, 'scripts', `${learner}.json`), 'utf8')) as { request: string; input: { document?: unknown } }[];
  return actions.findLast((a) => a.request === 'postmortem.save')?.input.document;
}

describe.each(IDS)('%s', (id) => {
  const truth = bundledScenario(id).doc.postmortem;

  it('has a postmortem truth with a root cause, a trigger and contributing factors', () => {
    expect(truth?.trigger).toBeDefined();
    expect(truth!.contributing_factors.length).toBeGreaterThanOrEqual(2);
  });

  it("the expert's postmortem names everything, blames no one and has complete action items", () => {
    const review = reviewPostmortem(asPostmortemDocument(savedPostmortem(id, 'expert')), truth);
    expect(review.rootCause!.matched).toBe(true);
    expect(review.trigger!.matched).toBe(true);
    expect(review.contributingFactors.filter((f) => !f.matched).map((f) => f.id)).toEqual([]);
    expect(review.blame).toEqual([]);
    expect(review.actionItems).toEqual([]);
    expect(review.whysAnswered).toBe(5);
  });

  it("the novice's postmortem is vague, blames once and leaves an action item without an owner", () => {
    const review = reviewPostmortem(asPostmortemDocument(savedPostmortem(id, 'novice')), truth);
    expect(review.rootCause!.matched).toBe(false);
    expect(review.blame).toHaveLength(1);
    expect(review.actionItems.flatMap((a) => a.problems)).toContain('no owner');
  });

  it('the idle learner saves an empty postmortem and the harmful one none', () => {
    expect(savedPostmortem(id, 'idle')).toEqual({});
    expect(savedPostmortem(id, 'harmful')).toBeUndefined();
  });
});
