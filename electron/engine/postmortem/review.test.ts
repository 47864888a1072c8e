import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledScenario } from '../testing/bundled.node';
import type { PostmortemTruth } from '../scenario/postmortem-schema';
import { emptyPostmortem } from './document';
import { reviewPostmortem } from './review';
import type { PostmortemDocument } from './types';
import { POSTMORTEM_TEXT_FIELDS } from './types';

const truthOf = (id: string): PostmortemTruth => bundledScenario(id).doc.postmortem!;
const doc = (over: Partial<PostmortemDocument>): PostmortemDocument => ({ ...emptyPostmortem(), ...over });

/** Root causes as learners write them: the ones that name what failed and why, and the vague or partial ones. */
const ROOT_CAUSES: [scenario: string, text: string, matched: boolean][] = [
  ['checkout-bad-deploy', 'The v2.4.0 release changed the order total calculation, which failed for a third of requests.', true],
  ['checkout-bad-deploy', 'A bad deploy: the new totals code threw errors.', true],
  ['checkout-bad-deploy', 'The deploy broke checkout.', false],
  ['checkout-bad-deploy', 'Something went wrong with checkout.', false],
  ['checkout-bad-deploy', 'The order total was wrong.', false],
  ['sale-day-search', 'The v3.8.0 release made each search query about five times as CPU-hungry, saturating the pods.', true],
  ['sale-day-search', 'Fuzzy matching is expensive.', true],
  ['sale-day-search', 'Search was slow because of the sale.', false],
  ['sale-day-search', 'Too much traffic saturated search.', false],
  ['server-outage', "shop-api's request log filled web-2's root disk.", true],
  ['server-outage', 'Logs made the disk full on web-2.', true],
  ['server-outage', 'The disk on web-2 was full.', false],
  ['server-outage', 'web-2 had a problem.', false],
  ['db-connectivity', 'The maintenance job dropped the customer_id index, so the history query scanned the table.', true],
  ['db-connectivity', 'An index went missing.', true],
  ['db-connectivity', 'The connection pool was exhausted.', false],
  ['db-connectivity', 'The database was slow.', false],
];

describe('truth matching against the bundled scenarios', () => {
  it.each(ROOT_CAUSES)('%s: root cause %j → matched %s', (scenario, rootCause, matched) => {
    const review = reviewPostmortem(doc({ rootCause }), truthOf(scenario));
    expect(review.rootCause!.matched).toBe(matched);
    if (matched) expect(review.rootCause!.foundIn).toEqual({ field: 'rootCause' });
    else expect(review.rootCause!.foundIn).toBeUndefined();
  });

  it('finds a root cause spread over the root-cause field and the whys, and says where it starts', () => {
    const review = reviewPostmortem(doc({ rootCause: 'The deploy at 10:02.', whys: ['', 'The new totals code failed.'] }), truthOf('checkout-bad-deploy'));
    expect(review.rootCause).toMatchObject({ matched: true, groups: ['deploy', 'totals'], foundIn: { field: 'rootCause' } });
  });

  it('says what the root cause names and how much is missing, without the missing words', () => {
    const truth = truthOf('checkout-bad-deploy');
    const partial = reviewPostmortem(doc({ rootCause: 'The deploy broke checkout.' }), truth).rootCause!;
    expect(partial.groups).toEqual(['deploy', undefined]);
    expect(partial.feedback).toBe('root cause names “deploy” but not yet all of it (1 of 2 key ideas missing)');
    for (const phrase of truth.root_cause.require[1]!) expect(partial.feedback).not.toContain(phrase);
    expect(reviewPostmortem(doc({}), truth).rootCause!.feedback).toBe('root cause: nothing names it yet');
  });

  it('finds the trigger in the trigger or the summary', () => {
    const truth = truthOf('checkout-bad-deploy');
    expect(reviewPostmortem(doc({ trigger: 'The checkout release at 10:02.' }), truth).trigger).toMatchObject({ matched: true, foundIn: { field: 'trigger' } });
    expect(reviewPostmortem(doc({ summary: 'Checkout failed after v2.4.0 was deployed.' }), truth).trigger).toMatchObject({ matched: true, foundIn: { field: 'summary' } });
    expect(reviewPostmortem(doc({ trigger: 'Traffic rose.' }), truth).trigger!.matched).toBe(false);
  });

  it('finds each contributing factor in the factors, the root cause or the whys, and reports where', () => {
    const review = reviewPostmortem(
      doc({ contributingFactors: ['', 'Nothing capped the log size.'], whys: ['Why was verbose logging on? It is the default.'], rootCause: 'No alert watched the disk growth.' }),
      truthOf('server-outage'),
    );
    expect(review.contributingFactors.map((f) => [f.id, f.matched, f.foundIn])).toEqual([
      ['no-log-cap', true, { field: 'contributingFactors', index: 1 }],
      ['no-disk-growth-alert', true, { field: 'rootCause' }],
      ['verbose-logging', true, { field: 'whys', index: 0 }],
    ]);
  });

  it('does not combine places for a contributing factor, and does not name a missed one by its label', () => {
    const review = reviewPostmortem(doc({ contributingFactors: ['An alert fired.', 'The disk kept growing.'] }), truthOf('server-outage'));
    const alert = review.contributingFactors.find((f) => f.id === 'no-disk-growth-alert')!;
    expect(alert.matched).toBe(false);
    expect(alert.groups).toEqual(['alert', 'growing']);
    expect(alert.feedback).toBe('contributing factor 2 of 3 names “alert” and “growing”, but in different places: say it in one');
  });

  it('without a truth, reviews everything else', () => {
    const review = reviewPostmortem(doc({ rootCause: 'Lee forgot to run the migration.' }), undefined);
    expect(review.rootCause).toBeUndefined();
    expect(review.trigger).toBeUndefined();
    expect(review.contributingFactors).toEqual([]);
    expect(review.blame.map((b) => [b.field, b.phrase])).toEqual([['rootCause', 'Lee forgot to']]);
  });
});

describe('blame findings across the document', () => {
  it('locates findings in prose fields, whys, factors, timeline lines and action item titles', () => {
    const review = reviewPostmortem(
      doc({
        summary: 'Checkout failed. Dana should have tested it.',
        whys: ['', 'Because someone forgot to rotate the log.'],
        contributingFactors: ['Human error.'],
        timeline: [{ at: '10:02:00', text: 'Marco broke checkout' }],
        actionItems: [{ title: 'Stop careless releases', owner: 'x', due: '2026-04-01', type: 'process' }],
      }),
      undefined,
    );
    expect(review.blame.map(({ phrase, start, end, sentence: _sentence, suggestion: _suggestion, ...location }) => [location, phrase, start, end])).toEqual([
      [{ field: 'summary' }, 'Dana should have', 17, 33],
      [{ field: 'whys', index: 1 }, 'someone forgot to', 8, 25],
      [{ field: 'contributingFactors', index: 0 }, 'Human error', 0, 11],
      [{ field: 'timeline', index: 0 }, 'Marco broke', 0, 11],
      [{ field: 'actionItems', index: 0, part: 'title' }, 'careless', 5, 13],
    ]);
  });
});

describe('action items', () => {
  it.each([
    [{ title: 'Add a canary stage', owner: 'Marco', due: '2026-04-10', type: 'prevent' }, []],
    [{ title: 'Add a canary stage', owner: '', due: '2026-04-10', type: 'prevent' }, ['no owner']],
    [{ title: 'Add a canary stage', owner: 'Marco', due: '2026-04-10', type: '' }, ['no type']],
    [{ title: '', owner: '  ', due: '', type: '' }, ['no title', 'no owner', 'no type', 'no due date']],
    [{ title: 'Alert on disk growth', owner: 'Lee', due: 'next week', type: 'detect' }, ['due date next week is not a date (YYYY-MM-DD)']],
    [{ title: 'Alert on disk growth', owner: 'Lee', due: '2026-13-01', type: 'detect' }, ['due date 2026-13-01 is not a date (YYYY-MM-DD)']],
    [{ title: 'Alert on disk growth', owner: 'Lee', due: '2026-02-29', type: 'detect' }, ['due date 2026-02-29 is not a date (YYYY-MM-DD)']],
    [{ title: 'Alert on disk growth', owner: 'Lee', due: '2028-02-29', type: 'detect' }, []],
    [{ title: 'Alert on disk growth', owner: 'Lee', due: '10/04/2026', type: 'detect' }, ['due date 10/04/2026 is not a date (YYYY-MM-DD)']],
  ] as const)('%j → %j', (item, problems) => {
    const review = reviewPostmortem(doc({ actionItems: [item as PostmortemDocument['actionItems'][number]] }), undefined);
    expect(review.actionItems).toEqual(problems.length === 0 ? [] : [{ index: 0, problems }]);
  });

  it('an empty list is an empty section, not a problem', () => {
    const review = reviewPostmortem(doc({}), undefined);
    expect(review.actionItems).toEqual([]);
    expect(review.empty).toContain('actionItems');
  });
});

describe('empty and very long documents', () => {
  it('lists every section of an empty postmortem as empty and counts no whys', () => {
    const review = reviewPostmortem(emptyPostmortem(), truthOf('db-connectivity'));
    expect(review.empty).toEqual([...POSTMORTEM_TEXT_FIELDS, 'timeline', 'whys', 'contributingFactors', 'actionItems']);
    expect(review.whysAnswered).toBe(0);
    expect(review.blame).toEqual([]);
    expect(review.contributingFactors.every((f) => !f.matched)).toBe(true);
  });

  it('counts answered whys and leaves written sections off the empty list', () => {
    const review = reviewPostmortem(doc({ summary: 'x', whys: ['a', ' ', 'b', '', 'c'], timeline: [{ at: '', text: 'y' }] }), undefined);
    expect(review.whysAnswered).toBe(3);
    expect(review.empty).not.toContain('summary');
    expect(review.empty).not.toContain('whys');
    expect(review.empty).not.toContain('timeline');
  });

  it('reviews 100 kB fields and still finds the root cause and the blame at the end', () => {
    const filler = 'The logs show retries and timeouts. '.repeat(3000);
    const review = reviewPostmortem(doc({ rootCause: `${filler}The maintenance job dropped the index.`, summary: `${filler}Lee forgot to check.` }), truthOf('db-connectivity'));
    expect(review.rootCause!.matched).toBe(true);
    expect(review.blame.map((b) => [b.phrase, b.start])).toEqual([['Lee forgot to', filler.length]]);
  });

  it('reviews a document of 100 kB fields of tiny sentences in every section', () => {
    const text = 'x. '.repeat(33_000);
    const document = doc({ summary: text, rootCause: text, whys: [text, text, text, text, text], contributingFactors: [text], timeline: [{ at: '', text }] });
    const review = reviewPostmortem(document, truthOf('server-outage'));
    expect(review.blame).toEqual([]);
    expect(review.whysAnswered).toBe(5);
  });

  it('never throws, whatever the document holds', () => {
    const text = fc.string({ maxLength: 300 });
    const item = fc.record({ title: text, owner: text, due: text, type: fc.constantFrom('prevent', 'detect', 'mitigate', 'process', '' as const) });
    const documents = fc.record({
      title: text, summary: text, impact: text, trigger: text, rootCause: text, wentWell: text, wentBadly: text, gotLucky: text,
      timeline: fc.array(fc.record({ at: text, text }), { maxLength: 5 }),
      whys: fc.array(text, { maxLength: 5 }),
      contributingFactors: fc.array(text, { maxLength: 5 }),
      actionItems: fc.array(item, { maxLength: 5 }),
    });
    const truth = truthOf('checkout-bad-deploy');
    fc.assert(fc.property(documents, fc.boolean(), (document, withTruth) => {
      const review = reviewPostmortem(document, withTruth ? truth : undefined);
      for (const b of review.blame) expect(b.end).toBeGreaterThan(b.start);
    }), { numRuns: 300 });
    fc.assert(fc.property(fc.anything(), (junk) => {
      expect(() => reviewPostmortem(junk as PostmortemDocument, truth)).not.toThrow();
    }), { numRuns: 200 });
  });
});
