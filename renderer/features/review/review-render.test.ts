import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ScoreReport } from '../../../electron/contract';
import { ScoreView } from '../score/ScoreView';

const score = {
  scenario: 's',
  version: '1',
  seed: 1,
  total: 8,
  max: 30,
  categories: { postmortem: { points: 8, max: 22 } },
  criteria: [{ id: 'postmortem-root-cause', category: 'postmortem', points: 8, max: 8, evidence: [42], feedback: 'named the root cause' }],
  timings: { mtta_ms: null, mttd_ms: null, mttm_ms: null, mttr_ms: null },
} as unknown as ScoreReport;

describe('the score panel as the way into the review screen', () => {
  it('offers "Postmortem and debrief" and "Back to scenarios" on the drill screen', () => {
    const html = renderToStaticMarkup(createElement(ScoreView, { score }));
    expect(html).toContain('>Postmortem and debrief</button>');
    expect(html).toContain('>Back to scenarios</button>');
    // The button sits before the breakdown, so it is in view in the drill screen's small score panel.
    expect(html.indexOf('Postmortem and debrief')).toBeLessThan(html.indexOf('Time to acknowledge'));
  });

  it('is only the score inside the review screen, whose header has the way out', () => {
    const html = renderToStaticMarkup(createElement(ScoreView, { score, inReview: true }));
    expect(html).not.toContain('Postmortem and debrief');
    expect(html).not.toContain('Back to scenarios');
    expect(html).toContain('postmortem-root-cause');
    expect(html).toContain('#42');
  });
});
