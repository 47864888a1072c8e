import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { GradedAttempt } from '../../state/grading-slice';
import { GradedTable } from './ClassTable';
import { awaitsRescore, categoryColumns, outcomeText, simDuration } from './grading-format';
import { RescoreOutcomes } from './RescoreImports';

const score = (categories: Record<string, { points: number; max: number }>) => {
  const values = Object.values(categories);
  return { scenario: 's', version: 'v', seed: 1, total: values.reduce((n, c) => n + c.points, 0), max: values.reduce((n, c) => n + c.max, 0), categories, criteria: [], timings: {} } as unknown as GradedAttempt['score'];
};
const graded = (over: Partial<GradedAttempt>): GradedAttempt => ({
  attempt: 1, learner: { name: 'Ada', studentId: 's-1' }, scenario: { id: 's', version: 'v', title: 'Checkout', installed: true },
  difficulty: 'standard', startedAt: '2026-11-27T10:00:00.000Z', endedAt: '2026-11-27T10:05:00.000Z', durationMs: 570_000,
  score: score({ diagnosis: { points: 30, max: 40 }, communication: { points: 10, max: 20 } }), flags: [], ...over,
});

describe('grading format', () => {
  it('words each import outcome as the CLI does', () => {
    expect(outcomeText({ file: 'a.json', status: 'imported', attempt: 2, learner: 'Bob', scenario: 'checkout', score: { total: 61, max: 132 }, flags: [] })).toBe('imported as attempt 2 (Bob, checkout, 61/132)');
    expect(outcomeText({ file: 'a.json', status: 'imported', attempt: 3, learner: 'Bob', scenario: 'x', score: null, flags: [] })).toBe('imported as attempt 3 (Bob, x, not re-scored)');
    expect(outcomeText({ file: 'a.json', status: 'already', attempt: 1, flags: [] })).toBe('already imported as attempt 1');
    expect(outcomeText({ file: 'n.txt', status: 'error', reason: 'not JSON' })).toBe('error: not JSON');
  });

  it('takes the union of rubric categories in first-seen order', () => {
    const other = graded({ attempt: 2, score: score({ triage: { points: 1, max: 5 }, communication: { points: 0, max: 20 } }) });
    expect(categoryColumns([graded({}), other, graded({ score: null })])).toEqual(['diagnosis', 'communication', 'triage']);
  });

  it('shows sim durations in minutes and seconds', () => {
    expect([simDuration(45_000), simDuration(570_000), simDuration(3_900_000)]).toEqual(['45s', '9m 30s', '1h 05m']);
  });
});

describe('class table', () => {
  it('has a column per category, leaves a category another scenario lacks empty, and marks flagged rows', () => {
    const html = renderToStaticMarkup(
      createElement(GradedTable, { attempts: [graded({}), graded({ attempt: 2, score: score({ triage: { points: 4, max: 5 } }), flags: ['claimed 120, events earn 61'] })] }),
    );
    expect(html).toContain('<th scope="col">diagnosis</th><th scope="col">communication</th><th scope="col">triage</th>');
    expect(html).toContain('<td>40 / 60</td><td>30 / 40</td><td>10 / 20</td><td></td>');
    expect(html).toContain('<tr data-attempt="2" class="flagged">');
    expect(html).toContain('<td>4 / 5</td><td class="graded-flags">claimed 120, events earn 61</td>');
    expect(html).toContain('<td>9m 30s</td>');
  });

  it('offers each attempt’s report as a PDF and as HTML, named for the attempt and learner', () => {
    const html = renderToStaticMarkup(createElement(GradedTable, { attempts: [graded({ attempt: 7, learner: { name: 'Grace', studentId: null } })] }));
    expect(html).toContain('aria-label="Download the PDF report of attempt 7: Grace">PDF</button>');
    expect(html).toContain('aria-label="Download the HTML report of attempt 7: Grace">HTML</button>');
  });
});

describe('history export', () => {
  it('offers "Export bundle" for an ended attempt only (a running one has no end to grade yet)', async () => {
    const { AttemptsTable } = await import('../replay/PastAttempts');
    const row = { id: 1, learner: 'Ada', scenario: 's', version: 'v', title: 'Checkout', seed: 1, difficulty: 'standard', startedAt: '2026-11-27T10:00:00.000Z', endedAt: '2026-11-27T10:05:00.000Z', status: 'ended' as const, score: null, scenarioAvailable: true };
    const html = renderToStaticMarkup(
      createElement(AttemptsTable, { attempts: [row, { ...row, id: 2, status: 'running', endedAt: null }], difficulty: () => 'Standard', onReplay: () => undefined, onExport: () => undefined }),
    );
    expect(html).toContain('aria-label="Export bundle of attempt 1: Checkout"');
    expect(html).not.toContain('Export bundle of attempt 2');
  });
});

describe('re-score', () => {
  it('waits for a re-score only on an unscored attempt whose import said "not re-scored"', () => {
    expect(awaitsRescore(graded({ score: null, flags: ['scenario version not installed: not re-scored'] }))).toBe(true);
    expect(awaitsRescore(graded({ score: null, flags: ['broken chain at seq 4', 'cannot re-play the events (boom): not re-scored'] }))).toBe(true);
    expect(awaitsRescore(graded({ score: null, flags: [] }))).toBe(false); // an attempt still running here
    expect(awaitsRescore(graded({ flags: ['claimed 120, events earn 61'] }))).toBe(false);
  });

  it('lists each outcome in the CLI’s words, flagged and missing ones marked', () => {
    const html = renderToStaticMarkup(
      createElement(RescoreOutcomes, {
        outcomes: [
          { attempt: 3, learner: 'Ada', scenario: 'checkout', status: 'rescored', score: { total: 43, max: 132 }, flags: [] },
          { attempt: 4, learner: 'Bob', scenario: 'checkout', status: 'rescored', score: { total: 43, max: 132 }, flags: ['claimed 999, events earn 43'] },
          { attempt: 5, learner: 'Cy', scenario: 'outage', status: 'still-missing', reason: 'scenario outage version abc is not installed' },
        ],
      }),
    );
    expect(html).toContain('<li class="outcome-ok" data-status="rescored">attempt 3 (Ada, checkout): re-scored 43/132; ok</li>');
    expect(html).toContain('<li class="outcome-flagged" data-status="rescored">attempt 4 (Bob, checkout): re-scored 43/132<span class="outcome-flags">; flags: claimed 999, events earn 43</span></li>');
    expect(html).toContain('<li class="outcome-error" data-status="still-missing">attempt 5 (Cy, outage): still not scored: scenario outage version abc is not installed</li>');
    expect(renderToStaticMarkup(createElement(RescoreOutcomes, { outcomes: [] }))).toContain('Nothing to re-score');
  });
});
