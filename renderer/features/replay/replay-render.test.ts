import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { AttemptSummary, UnavailableReplay } from '../../state/replay-slice';
import { AttemptsTable } from './PastAttempts';
import { ReplayUnavailable } from './ReplayUnavailable';
import { TranscriptLog } from './TranscriptPanel';

const attempt = (over: Partial<AttemptSummary>): AttemptSummary => ({
  id: 1,
  learner: 'ana',
  scenario: 'checkout',
  version: 'v1',
  title: 'Checkout errors',
  seed: 1,
  difficulty: 'standard',
  startedAt: '2026-11-27T10:00:00.000Z',
  endedAt: '2026-11-27T10:04:05.000Z',
  status: 'ended',
  score: { total: 40, max: 60 },
  scenarioAvailable: true,
  ...over,
});

describe('past attempts', () => {
  it('lists each attempt with its score, time played and a labelled Replay button; a missing version says so', () => {
    const attempts = [attempt({}), attempt({ id: 2, title: 'old-drill', scenarioAvailable: false, score: null, endedAt: null, difficulty: '' })];
    const html = renderToStaticMarkup(createElement(AttemptsTable, { attempts, difficulty: (a) => (a.difficulty === '' ? '—' : 'Standard'), onReplay: () => undefined }));
    expect(html).toContain('40 / 60');
    expect(html).toContain('4m 05s');
    expect(html).toContain('aria-label="Replay attempt 1: Checkout errors"');
    expect(html).toContain('aria-label="Replay attempt 2: old-drill"');
    expect(html).toContain('scenario version missing');
    expect(html).toContain('unfinished');
    expect(html.match(/scenario version missing/g)).toHaveLength(1);
    expect(html).toContain('<td>Standard</td>');
  });
});

describe('an attempt that cannot be re-derived', () => {
  it('gives the reason and lists the stored events as logged', () => {
    const replay: UnavailableReplay = {
      available: false,
      attempt: 4,
      scenario: 'old-drill',
      version: 'v-old',
      reason: 'scenario "old-drill" version v-old is no longer installed',
      events: [
        { seq: 1, t: 0, type: 'drill.start', payload: { seed: 7 } },
        { seq: 2, t: 95_000, type: 'terminal.exec', payload: { command: 'uptime' } },
      ],
    };
    const html = renderToStaticMarkup(createElement(ReplayUnavailable, { replay }));
    expect(html).toContain('no longer installed');
    expect(html).toContain('T+1:35');
    expect(html).toContain('terminal.exec');
    expect(html).toContain('{&quot;command&quot;:&quot;uptime&quot;}');
    expect(html).toContain('Close replay');
  });
});

describe('the transcript', () => {
  it('says when nothing had been typed yet', () => {
    expect(renderToStaticMarkup(createElement(TranscriptLog, { entries: [] }))).toContain('No command had been typed by this moment.');
  });

  it('shows each command at its prompt with its output as plain text', () => {
    const entries = [
      { seq: 3, at: 1000, prompt: 'oncall@bastion:~$', command: 'clear', output: '\x1b[H\x1b[2J', exitCode: 0 },
      { seq: 5, at: 2000, prompt: 'oncall@bastion:~$', command: 'uptime', output: 'up 4 days\r\n', exitCode: 0 },
    ];
    const html = renderToStaticMarkup(createElement(TranscriptLog, { entries }));
    expect(html).toContain('oncall@bastion:~$</span> uptime');
    expect(html).toContain('<pre class="transcript-output">up 4 days\n</pre>');
    // `clear` printed only control codes: no output block for it.
    expect(html.match(/transcript-output/g)).toHaveLength(1);
  });
});
