import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CriteriaBreakdown } from './CriteriaBreakdown';
import type { Debrief, DebriefMoment } from './debrief-model';
import { axisEnd, byLane, formatSignal, signalRows, sinceStart } from './debrief-model';
import { SwimLanes } from './SwimLanes';

/** Sim milliseconds (a branded number in the contract). */
const ms = (n: number) => n as DebriefMoment['at'];

const moments: DebriefMoment[] = [
  { at: ms(195_000), lane: 'alerts', label: 'alert CheckoutHighErrorRate fired' },
  { at: ms(200_000), lane: 'actions', label: 'acknowledged alert CheckoutHighErrorRate', seq: 2 },
  { at: ms(240_000), lane: 'actions', label: 'kubectl rollout undo deployment/checkout -n shop', seq: 5 },
  { at: ms(287_000), lane: 'recovery', label: 'fault bad-deploy cleared' },
];

const debrief = (over: Partial<Debrief> = {}): Debrief =>
  ({
    scenario: 's',
    title: 'T',
    startUnixMs: Date.UTC(2026, 2, 13, 10, 0, 0),
    endedAt: 600_000,
    learner: moments,
    ideal: null,
    signal: null,
    score: { scenario: 's', version: 'v', seed: 1, total: 20, max: 30, categories: { mitigate: { points: 20, max: 30 } }, criteria: [], timings: { mtta_ms: null, mttd_ms: null, mttm_ms: null, mttr_ms: null } },
    criteria: [],
    fault: null,
    mitigation: null,
    practise: [],
    ...over,
  }) as Debrief;

describe('the debrief chart model', () => {
  it.each([
    [0, '0:00'],
    [59_400, '0:59'],
    [195_000, '3:15'],
    [3_600_000, '60:00'],
  ])('shows %i ms since start as %s', (ms, text) => expect(sinceStart(ms)).toBe(text));

  it.each([
    [0.302, 'ratio', '30%'],
    [0.0153, 'ratio', '1.5%'],
    [0.42, 'seconds', '420 ms'],
    [2.5, 'seconds', '2.50 s'],
    [3, 'count', '3'],
  ] as const)('formats %f %s as %s', (value, unit, text) => expect(formatSignal(value, unit)).toBe(text));

  it('merges both signals into rows by time, leaving gaps where a run has no point', () => {
    expect(signalRows({ title: 't', unit: 'ratio', learner: [[0, 0.1], [15_000, 0.3]], ideal: [[15_000, 0.2], [30_000, 0]] })).toEqual([
      { t: 0, you: 0.1 },
      { t: 15_000, you: 0.3, ideal: 0.2 },
      { t: 30_000, ideal: 0 },
    ]);
  });

  it('ends the axis at the later run, never before a minute', () => {
    expect(axisEnd(debrief({ endedAt: ms(300_000), ideal: [{ at: ms(540_000), lane: 'actions', label: 'resolved' }] }))).toBe(540_000);
    expect(axisEnd(debrief({ endedAt: ms(10_000) }))).toBe(60_000);
  });

  it('groups moments by lane, every lane present', () => {
    const lanes = byLane(moments);
    expect(Object.keys(lanes)).toEqual(['alerts', 'reads', 'actions', 'messages', 'recovery']);
    expect(lanes.actions.map((m) => m.seq)).toEqual([2, 5]);
    expect(lanes.reads).toEqual([]);
  });
});

describe('rendering', () => {
  it('draws each moment as a labelled marker placed by time, the highlighted evidence marked', () => {
    const html = renderToStaticMarkup(createElement(SwimLanes, { who: 'you', moments, end: 600_000, startUnixMs: debrief().startUnixMs, highlight: { at: 240_000, seq: 5 } }));
    // 240 s of 600 s is 40% along the axis.
    expect(html).toContain('aria-label="You, 4:00 (10:04:00 UTC), Actions: kubectl rollout undo deployment/checkout -n shop"');
    expect(html).toMatch(/class="moment moment-actions is-highlighted" style="left:40%"/);
    expect(html.match(/is-highlighted/g)).toHaveLength(1);
  });

  it('links each piece of evidence to its moment by time and label', () => {
    const criteria = [{ id: 'roll-back', category: 'mitigate', points: 20, max: 20, evidence: [5], feedback: 'You rolled back.', evidenceAt: [{ seq: 5, at: ms(240_000) }] }];
    const html = renderToStaticMarkup(createElement(CriteriaBreakdown, { debrief: debrief({ criteria }), onEvidence: () => undefined }));
    expect(html).toContain('Show on the chart: 4:00 kubectl rollout undo deployment/checkout -n shop');
    expect(html).toContain('Mitigate 20 / 30');
  });
});
