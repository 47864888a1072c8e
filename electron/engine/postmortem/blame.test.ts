import { describe, expect, it } from 'vitest';
import { findBlame, sentencesOf } from './blame';

describe('blame language', () => {
  // Each blaming sentence with the phrase a reviewer would underline.
  it.each([
    ['Lee forgot to run the migration.', 'Lee forgot to'],
    ['Lee forgot the migration.', 'Lee forgot'],
    ['Dana should have tested the release.', 'Dana should have'],
    ['Marco could have caught it in review.', 'Marco could have'],
    ['Priya failed to check the replica lag.', 'Priya failed to'],
    ["Omar didn't load test the release.", "Omar didn't"],
    ['The engineer did not check the dashboard.', 'The engineer did not'],
    ['The on-call engineer failed to notice the disk warning.', 'The on-call engineer failed to'],
    ['the on-call ignored the page', 'the on-call ignored'],
    ['He just ignored the alert.', 'He just ignored'],
    ['Someone broke checkout.', 'Someone broke'],
    ['They never ran the tests.', 'They never'],
    ['Dana caused the outage.', 'Dana caused'],
    ["It was Marco's mistake.", "Marco's mistake"],
    ["It was the developer's fault.", "the developer's fault"],
    ['The outage was human error.', 'human error'],
    ['A careless change went out.', 'careless'],
    ['That was negligent.', 'negligent'],
    ['The culprit was the new release.', 'The culprit'],
    ['It was the fault of the release team.', 'the fault of'],
    ['Ops is to blame for this.', 'to blame'],
    ['If Priya had run the canary, it would not have happened.', 'If Priya had'],
    ['We found that Dana should have tested v2.4.0 first.', 'Dana should have'],
    ['The DBA forgot to check the indexes.', 'The DBA forgot to'],
    ['I forgot to check the rollout history.', 'I forgot to'],
  ])('flags %j at %j', (text, phrase) => {
    const found = findBlame(text);
    expect(found.map((f) => f.phrase)).toEqual([phrase]);
    const [finding] = found;
    expect(text.slice(finding!.start, finding!.end)).toBe(phrase);
    expect(finding!.sentence).toBe(text.trim());
    expect(finding!.suggestion).not.toBe('');
    expect(finding!.suggestion).not.toContain(phrase);
  });

  // The system as the subject, a team speaking of itself, or the same words meaning something else.
  it.each([
    'The deploy failed to start.',
    'The check should have caught it.',
    'Checkout failed to reach the payments service.',
    'The canary could have stopped the release.',
    'The migration did not run because it was not part of the pipeline.',
    'The alert never fired for disk growth.',
    'We did not have a canary stage.',
    'The maintenance job dropped the index and nothing checked the schema.',
    'A blameless review of the release.',
    'The release caused the errors.',
    'The timeout broke the retry loop.',
    "The service's error ratio rose to 30%.",
    'Search could not have handled five times the CPU.',
    'Storefront failed to serve a third of the pages.',
    'Logging never rotated the request log.',
    'Nobody forgot anything: the runbook had no such step.',
    'Nothing in the pipeline failed to warn us; it had no check at all.',
    '',
  ])('does not flag %j', (text) => {
    expect(findBlame(text)).toEqual([]);
  });

  it('rewords from the phrase: what was missed becomes a step the process did not make sure of', () => {
    expect(findBlame('Lee forgot to run the migration.')[0]!.suggestion).toBe('The step to run the migration was not automated or checked, so it could be missed.');
    expect(findBlame('This was human error.')[0]!.suggestion).toBe('This was a gap in the tooling or process.');
    expect(findBlame('The culprit was the new release.')[0]!.suggestion).toBe('The trigger was the new release.');
    expect(findBlame('He ignored the disk warning.')[0]!.suggestion).toMatch(/^The disk warning was easy to miss/);
    expect(findBlame('Someone broke checkout.')[0]!.suggestion).toBe('A change to checkout went out without a safeguard that would have caught the failure.');
  });

  it('gives ranges in the whole text, for several sentences and lines', () => {
    const text = 'Checkout failed after v2.4.0 went out.\nLee forgot to run the migration. Then Dana broke the cache!';
    const found = findBlame(text);
    expect(found.map((f) => [f.phrase, text.slice(f.start, f.end), f.sentence])).toEqual([
      ['Lee forgot to', 'Lee forgot to', 'Lee forgot to run the migration.'],
      ['Dana broke', 'Dana broke', 'Then Dana broke the cache!'],
    ]);
  });

  it('keeps one finding where two phrases overlap', () => {
    expect(findBlame("It was his mistake, Lee's mistake.").map((f) => f.phrase)).toEqual(['his mistake', "Lee's mistake"]);
    expect(findBlame('The culprit, the fault of nobody, was the release.').map((f) => f.phrase)).toEqual(['The culprit', 'the fault of']);
  });
});

describe('sentences', () => {
  it('splits at . ! ? before white space and at line breaks, not inside versions', () => {
    expect(sentencesOf('Rolled back v2.4.0 at 10:04. Fine!\nNext line?  Last')).toEqual([
      { text: 'Rolled back v2.4.0 at 10:04.', start: 0 },
      { text: 'Fine!', start: 29 },
      { text: 'Next line?', start: 35 },
      { text: 'Last', start: 47 },
    ]);
  });
});
