import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { AttemptSummary } from '../../state/replay-slice';
import { AttemptsTable } from '../replay/PastAttempts';

const attempt = (over: Partial<AttemptSummary>): AttemptSummary => ({
  id: 1, learner: 'ana', scenario: 'checkout', version: 'v1', title: 'Checkout errors', seed: 1, difficulty: 'standard',
  startedAt: '2026-11-27T10:00:00.000Z', endedAt: '2026-11-27T10:04:05.000Z', status: 'ended', score: { total: 40, max: 60 }, scenarioAvailable: true,
  ...over,
});

const render = (attempts: AttemptSummary[]) =>
  renderToStaticMarkup(createElement(AttemptsTable, { attempts, difficulty: () => 'Standard', onReplay: () => undefined, onDebrief: () => undefined, onResume: () => undefined }));

describe('history rows', () => {
  it('offers the debrief of an ended attempt, and "interrupted — Resume" for one left running', () => {
    const html = render([attempt({}), attempt({ id: 2, status: 'running', endedAt: null, score: null })]);
    expect(html).toContain('aria-label="Debrief of attempt 1: Checkout errors"');
    expect(html).not.toContain('Debrief of attempt 2');
    expect(html).toContain('interrupted — ');
    expect(html).toContain('aria-label="Resume attempt 2: Checkout errors"');
    expect(html).not.toContain('Resume attempt 1');
  });

  it('offers neither for an attempt whose scenario version is gone (it cannot be re-derived)', () => {
    const html = render([attempt({ scenarioAvailable: false }), attempt({ id: 2, status: 'running', scenarioAvailable: false })]);
    expect(html).not.toContain('Debrief of');
    expect(html).not.toContain('Resume attempt');
    expect(html).toContain('Replay attempt 2');
  });
});
