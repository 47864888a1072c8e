import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ActionItemsTable } from './ActionItemsTable';
import { BlameFlags } from './BlameFlags';
import { TruthChecklist } from './TruthChecklist';
import type { BlameFinding, PostmortemReview, TruthMatch } from './types';

const noop = () => undefined;
const match = (id: string, matched: boolean): TruthMatch => ({ id, label: `secret label of ${id}`, matched, groups: [], feedback: `secret feedback naming the answer for ${id}` });
const review = (over: Partial<PostmortemReview>): PostmortemReview => ({
  rootCause: undefined,
  trigger: undefined,
  contributingFactors: [],
  blame: [],
  actionItems: [],
  empty: [],
  whysAnswered: 0,
  ...over,
});

describe('blame flags', () => {
  const finding: BlameFinding = {
    field: 'summary',
    phrase: 'Lee forgot to',
    start: 0,
    end: 13,
    sentence: 'Lee forgot to run the migration.',
    suggestion: 'The step to run the migration was not automated or checked, so it could be missed.',
  };

  it('names the phrase, marks it in its sentence and offers the rewording as a button', () => {
    const html = renderToStaticMarkup(createElement(BlameFlags, { id: 'f', findings: [finding], onApply: noop }));
    expect(html).toContain('aria-label="Blaming language"');
    expect(html).toContain('‘Lee forgot to’ — try: “The step to run the migration was not automated or checked, so it could be missed.”');
    expect(html).toContain('<mark>Lee forgot to</mark> run the migration.');
    expect(html).toContain('>Apply suggestion</button>');
  });

  it('shows advice without an apply button, and nothing at all without findings', () => {
    const advice = { ...finding, suggestion: 'Describe what in the system allowed it to happen rather than who is to blame.' };
    expect(renderToStaticMarkup(createElement(BlameFlags, { id: 'f', findings: [advice], onApply: noop }))).not.toContain('Apply suggestion');
    expect(renderToStaticMarkup(createElement(BlameFlags, { id: 'f', findings: [], onApply: noop }))).toBe('');
  });
});

describe('action items', () => {
  it('flags only the row with problems, tied to its inputs', () => {
    const items = [
      { title: 'Add a canary', owner: 'ana', due: '2026-12-01', type: 'prevent' as const },
      { title: 'Alert on error ratio', owner: '', due: '', type: '' as const },
    ];
    const html = renderToStaticMarkup(createElement(ActionItemsTable, { items, review: review({ actionItems: [{ index: 1, problems: ['no owner', 'no type'] }] }), onChange: noop, onApply: noop }));
    expect(html).toContain('Needs: no owner; no type');
    expect(html.match(/Needs:/g)).toHaveLength(1);
    expect(html).toContain('aria-describedby="pm-action-1-problems"');
    expect(html).not.toContain('pm-action-0-problems');
    expect(html).toMatch(/<select aria-label="Type of action item 2"[^>]*>.*<option value="" selected="">Choose…<\/option>/);
  });
});

describe('truth checklist', () => {
  it('says whether the root cause was found and how many factors, never which or what', () => {
    const html = renderToStaticMarkup(
      createElement(TruthChecklist, {
        review: review({ rootCause: match('root-cause', true), trigger: match('trigger', false), contributingFactors: [match('no-canary', true), match('no-gate', false), match('alert-late', false)], whysAnswered: 2, empty: ['gotLucky'] }),
        hasTruth: true,
      }),
    );
    expect(html).toContain('Root cause ✓');
    expect(html).toContain('Trigger ✗');
    expect(html).toContain('Contributing factors found: 1 of 3');
    expect(html).toContain('Five whys answered: 2 of 5');
    expect(html).toContain('Still empty: where we got lucky');
    expect(html).not.toContain('secret');
  });

  it('says when the scenario has no truth to check against', () => {
    const html = renderToStaticMarkup(createElement(TruthChecklist, { review: review({}), hasTruth: false }));
    expect(html).toContain('records no root cause');
    expect(html).not.toContain('Root cause ✓');
  });
});
