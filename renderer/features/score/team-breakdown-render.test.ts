import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ParticipantBreakdown, ScoreReport, TeamBreakdown } from '../../../electron/contract';
import { ScoreView } from './ScoreView';
import { TeamBreakdownTable } from './TeamBreakdownTable';

const none = { commands: 0, queries: 0, communication: 0, incident: 0, other: 0 };
const person = (over: Partial<ParticipantBreakdown>): ParticipantBreakdown => ({
  name: 'Ana', role: 'ic', actions: 0, byKind: { ...none }, actingMs: 0, points: 0, criteria: [], moments: [], ...over,
});
const team: TeamBreakdown = {
  participants: [
    person({ name: 'Ana', role: 'ic', actions: 1, byKind: { ...none, incident: 1 }, actingMs: 95_000, points: 10, criteria: ['declared'],
      moments: [{ seq: 4, t: 61_000, type: 'incident.declare', text: 'SEV2 Checkout failing' }] }),
    person({ name: 'Ben', role: 'comms', actions: 3, byKind: { ...none, communication: 2, queries: 1 }, actingMs: 30_000 }),
  ],
  unattributed: { points: 0, criteria: [] },
};
const criteria = [
  { id: 'declared', category: 'incident', points: 10, max: 10, evidence: [4], feedback: 'declared' },
  { id: 'recovered', category: 'mitigation', points: 20, max: 20, evidence: [], feedback: 'checkout recovered' },
];
const score = {
  scenario: 's', version: '1', seed: 1, total: 10, max: 30, categories: { incident: { points: 10, max: 10 } }, criteria,
  timings: { mtta_ms: null, mttd_ms: null, mttm_ms: null, mttr_ms: null },
} as unknown as ScoreReport;

describe('team breakdown table', () => {
  const html = renderToStaticMarkup(createElement(TeamBreakdownTable, { team, criteria }));
  const row = (name: string) => html.slice(html.indexOf(`data-participant="${name}"`), html.indexOf('</tr>', html.indexOf(`data-participant="${name}"`)));

  it('is a table with a caption, column headers and one row header per participant', () => {
    expect(html).toContain('<caption>Team: who did what</caption>');
    expect(html).toContain('<th scope="col">Time acting</th>');
    expect(html).toContain('<th scope="row">Ana</th><td>Incident commander</td>');
    expect(html).toContain('<th scope="row">Ben</th><td>Communications lead</td>');
  });

  it('lists only the kinds a person took, in the contract\'s order', () => {
    expect(row('Ana')).toContain('<li>Incident 1</li>');
    expect(row('Ana')).not.toContain('Commands');
    expect(row('Ben')).toMatch(/<li>Queries 1<\/li><li>Communication 2<\/li>/);
  });

  it('names the criteria each earned with their points, and their time acting as mm:ss', () => {
    expect(row('Ana')).toContain('<li>declared (+10)</li>');
    expect(row('Ana')).toContain('<td>01:35</td>');
    expect(row('Ben')).not.toContain('declared');
    expect(row('Ben')).toContain('<td>00:30</td>');
  });

  it('folds the first actions away, with sim time, type and text; nobody\'s shows "none"', () => {
    expect(row('Ana')).toContain('<details class="team-moments"><summary>1 first action</summary>');
    expect(row('Ana')).toContain('<time>T+1:01</time> <code>incident.declare</code> SEV2 Checkout failing');
    expect(row('Ben')).toContain('<span class="muted">none</span>');
  });
});

describe('points nobody earned', () => {
  it('has a footer row only when a criterion was met without a participant\'s action', () => {
    expect(renderToStaticMarkup(createElement(TeamBreakdownTable, { team, criteria }))).not.toContain('<tfoot>');
    const html = renderToStaticMarkup(createElement(TeamBreakdownTable, { team: { ...team, unattributed: { points: 20, criteria: ['recovered'] } }, criteria }));
    expect(html).toMatch(/<tfoot><tr><th scope="row">Nobody<\/th>/);
    expect(html).toContain('aria-label="Criteria met by no participant"><li>recovered (+20)</li>');
  });
});

describe('the score panel of a team attempt', () => {
  it('shows the breakdown when the report has one, and not for a solo attempt', () => {
    expect(renderToStaticMarkup(createElement(ScoreView, { score: { ...score, team } as ScoreReport }))).toContain('Team: who did what');
    expect(renderToStaticMarkup(createElement(ScoreView, { score }))).not.toContain('Team: who did what');
  });
});
