import { describe, expect, it } from 'vitest';
import { actionItemProblems, applySuggestion, blameAt, isRewording, textAt, withEntry, withTextAt } from './document-edit';
import type { BlameFinding, PostmortemDocument, PostmortemReview } from './types';
import { emptyPostmortem } from './types';

const doc = (over: Partial<PostmortemDocument>): PostmortemDocument => ({ ...emptyPostmortem(), ...over });

/** A finding for `phrase` in `sentence`, located the way the checks report it: character offsets in the field's text. */
function finding(location: Partial<BlameFinding> & Pick<BlameFinding, 'field'>, text: string, sentence: string, phrase: string, suggestion: string): BlameFinding {
  const start = text.indexOf(sentence) + sentence.indexOf(phrase);
  return { ...location, phrase, start, end: start + phrase.length, sentence, suggestion } as BlameFinding;
}

describe('applying a blame suggestion', () => {
  const summary = 'Checkout failed for 20 minutes. Lee forgot to run the migration. We rolled back.';
  const blaming = finding({ field: 'summary' }, summary, 'Lee forgot to run the migration.', 'Lee forgot', 'The deploy ran without its migration.');

  it('replaces the blaming sentence and leaves the rest of the field alone', () => {
    const fixed = applySuggestion(doc({ summary }), blaming);
    expect(fixed.summary).toBe('Checkout failed for 20 minutes. The deploy ran without its migration. We rolled back.');
  });

  it('changes nothing when the text moved on since the review', () => {
    const edited = doc({ summary: 'Checkout failed. ' + summary });
    expect(applySuggestion(edited, blaming)).toBe(edited);
  });

  it('picks the occurrence of a repeated sentence that holds the flagged phrase', () => {
    const text = 'Lee forgot. Then again: Lee forgot.';
    const second = { field: 'wentBadly', phrase: 'Lee forgot', start: 24, end: 34, sentence: 'Lee forgot.', suggestion: 'No reminder fired.' } as BlameFinding;
    expect(applySuggestion(doc({ wentBadly: text }), second).wentBadly).toBe('Lee forgot. Then again: No reminder fired.');
  });

  it.each([
    ['a why', { field: 'whys', index: 1 }, (d: PostmortemDocument) => d.whys[1]],
    ['a factor', { field: 'contributingFactors', index: 0 }, (d: PostmortemDocument) => d.contributingFactors[0]],
    ['a timeline line', { field: 'timeline', index: 0 }, (d: PostmortemDocument) => d.timeline[0]!.text],
    ['an action item title', { field: 'actionItems', index: 0, part: 'title' }, (d: PostmortemDocument) => d.actionItems[0]!.title],
  ] as const)('works in %s', (_, location, read) => {
    const text = 'Sam should have checked the graph.';
    const start = doc({
      whys: ['users saw errors', text],
      contributingFactors: [text],
      timeline: [{ at: '10:02', text }],
      actionItems: [{ title: text, owner: 'sam', due: '', type: '' }],
    });
    const fixed = applySuggestion(start, finding(location as Partial<BlameFinding> & Pick<BlameFinding, 'field'>, text, text, 'should have', 'The graph was not on the deploy checklist.'));
    expect(read(fixed)).toBe('The graph was not on the deploy checklist.');
    expect(fixed.timeline[0]!.at).toBe('10:02');
    expect(fixed.actionItems[0]!.owner).toBe('sam');
  });
});

describe('telling a rewording from advice', () => {
  it.each([
    ['The step to run the migration was not automated or checked, so it could be missed.', true],
    ['A gap in the tooling or process let the bad config through.', true],
    ['Describe what in the system allowed it to happen rather than who is to blame.', false],
    ['Leave out the judgement (“careless”) and describe the conditions that made the slip easy to make.', false],
    ['A gap in the process let this through; describe the gap, not the person.', false],
  ])('%s → %s', (suggestion, rewording) => {
    expect(isRewording(suggestion)).toBe(rewording);
  });
});

describe('locations', () => {
  it('reads and writes the text at a location without touching the original', () => {
    const start = doc({ actionItems: [{ title: 'Add a canary', owner: 'ana', due: '2026-12-01', type: 'prevent' }] });
    const changed = withTextAt(start, { field: 'actionItems', index: 0, part: 'owner' }, 'sam');
    expect(textAt(changed, { field: 'actionItems', index: 0, part: 'owner' })).toBe('sam');
    expect(start.actionItems[0]!.owner).toBe('ana');
    expect(textAt(start, { field: 'whys', index: 3 })).toBeUndefined();
  });

  it('grows a shorter list with blanks when a later entry is set', () => {
    expect(withEntry(['a'], 3, 'd', '')).toEqual(['a', '', '', 'd']);
  });

  it('finds the flags of one field, entry and part', () => {
    const f = (location: object) => ({ ...location, phrase: 'p', start: 0, end: 1, sentence: 'p', suggestion: 's' }) as BlameFinding;
    const review = {
      blame: [f({ field: 'summary' }), f({ field: 'whys', index: 0 }), f({ field: 'whys', index: 2 }), f({ field: 'actionItems', index: 1, part: 'owner' })],
      actionItems: [{ index: 1, problems: ['no owner'] }],
    } as unknown as PostmortemReview;
    expect(blameAt(review, { field: 'whys', index: 2 })).toHaveLength(1);
    expect(blameAt(review, { field: 'summary' })).toHaveLength(1);
    expect(blameAt(review, { field: 'actionItems', index: 1, part: 'title' })).toHaveLength(0);
    expect(actionItemProblems(review, 1)).toEqual(['no owner']);
    expect(actionItemProblems(review, 0)).toEqual([]);
  });
});
