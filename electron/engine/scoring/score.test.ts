import { describe, expect, it } from 'vitest';
import type { DrillEvent, Occurrence } from '../drill';
import type { Scenario } from '../scenario';
import { testScenario } from '../testing/scenarios';
import { simMillis } from '../sim/clock';
import { scoreAttempt } from './score';

const feedback = { met: 'met', missed: 'missed' };
const scenario: Scenario = testScenario(
  {
    rubric: [
      { id: 'ack', category: 'detect', points: 10, when: { event: 'alert.acknowledge', after: 'alert.fired', within: '5m' }, feedback },
      { id: 'undo', category: 'mitigate', points: 20, when: { event: 'terminal.exec', match: '^kubectl rollout undo', after: 'fault.started' }, feedback },
      { id: 'resolve', category: 'process', points: 10, when: { event: 'incident.resolve', after: 'fault.cleared' }, feedback },
      { id: 'early', category: 'process', points: -10, when: { event: 'incident.resolve', before: 'fault.cleared' }, feedback },
    ],
  },
  'demo',
  'v1',
);

const history: Occurrence[] = [
  { kind: 'drill.start', name: 'drill', at: simMillis(0) },
  { kind: 'fault.started', name: 'bad', at: simMillis(120_000) },
  { kind: 'alert.fired', name: 'HighErrors', at: simMillis(195_000) },
  { kind: 'fault.cleared', name: 'bad', at: simMillis(300_000) },
];

let seq = 0;
const event = (t: number, type: string, payload: object): DrillEvent => ({ seq: ++seq, t, type, payload });
const criterion = (report: ReturnType<typeof scoreAttempt>, id: string) => report.criteria.find((c) => c.id === id)!;

describe('scoreAttempt', () => {
  it('scores a full response and cites the first event that earned each reward', () => {
    const events = [
      event(0, 'drill.start', {}),
      event(200_000, 'alert.acknowledge', { alert: 'HighErrors' }),
      event(230_000, 'terminal.exec', { command: 'kubectl rollout undo deployment/api' }),
      event(240_000, 'terminal.exec', { command: 'kubectl rollout undo deployment/api' }),
      event(330_000, 'incident.resolve', { summary: 'ok' }),
    ];
    const report = scoreAttempt(scenario, 1, events, history);
    expect(report.total).toBe(40);
    expect(report.max).toBe(40);
    expect(criterion(report, 'undo')).toMatchObject({ points: 20, evidence: [events[2]!.seq], feedback: 'met' });
    expect(report.categories).toEqual({ detect: { points: 10, max: 10 }, mitigate: { points: 20, max: 20 }, process: { points: 10, max: 10 } });
    expect(report.timings).toEqual({ mtta_ms: 5_000, mttd_ms: 80_000, mttm_ms: 180_000, mttr_ms: 210_000 });
  });

  it('counts "within" inclusively from the anchor', () => {
    const at = (t: number) => criterion(scoreAttempt(scenario, 1, [event(t, 'alert.acknowledge', {})], history), 'ack').points;
    expect(at(195_000 + 300_000)).toBe(10);
    expect(at(195_000 + 300_001)).toBe(0);
    expect(at(194_999)).toBe(0);
  });

  it('never meets an "after" condition whose anchor did not happen', () => {
    const report = scoreAttempt(scenario, 1, [event(500_000, 'alert.acknowledge', {})], history.filter((o) => o.kind !== 'alert.fired'));
    expect(criterion(report, 'ack')).toMatchObject({ points: 0, evidence: [], feedback: 'missed' });
    expect(report.timings.mtta_ms).toBeNull();
  });

  it('a condition naming several event types is met by any of them; a page acknowledgement counts for MTTA', () => {
    const either = { ...scenario, doc: { ...scenario.doc, rubric: scenario.doc.rubric.map((c) => (c.id === 'ack' ? { ...c, when: { ...c.when, event: ['alert.acknowledge', 'page.acknowledge'] as const } } : c)) } } as typeof scenario;
    const events = [event(210_000, 'page.acknowledge', { page: 'page-1' })];
    expect(criterion(scoreAttempt(either, 1, events, history), 'ack')).toMatchObject({ points: 10, evidence: [events[0]!.seq] });
    expect(criterion(scoreAttempt(scenario, 1, events, history), 'ack').points).toBe(0);
    expect(scoreAttempt(scenario, 1, events, history).timings.mtta_ms).toBe(15_000);
  });

  it('matches the rubric pattern against the command text', () => {
    const report = scoreAttempt(scenario, 1, [event(200_000, 'terminal.exec', { command: 'echo kubectl rollout undo' })], history);
    expect(criterion(report, 'undo').points).toBe(0);
  });

  it('matches a read criterion against the dashboard opened, the query typed and the log search', () => {
    const reads = {
      ...scenario,
      doc: {
        ...scenario.doc,
        rubric: [
          { id: 'dash', category: 'diagnose', points: 5, when: { event: 'dashboard.open', match: 'Checkout overview' }, feedback },
          { id: 'query', category: 'diagnose', points: 5, when: { event: ['promql.query', 'promql.queryRange'], match: 'http_requests_total' }, feedback },
          { id: 'logs', category: 'diagnose', points: 5, when: { event: 'logs.query', match: 'log.level' }, feedback },
        ],
      },
    } as unknown as typeof scenario;
    const events = [
      event(130_000, 'dashboard.open', { uid: 'node', title: 'Nodes' }),
      event(140_000, 'dashboard.open', { uid: 'svc', title: 'Checkout overview' }),
      event(150_000, 'promql.queryRange', { expr: 'rate(http_requests_total[5m])', start: 0, end: 1, step: 1 }),
      event(160_000, 'logs.query', { query: 'log.level:error' }),
    ];
    const report = scoreAttempt(reads, 1, events, history);
    expect(criterion(report, 'dash')).toMatchObject({ points: 5, evidence: [events[1]!.seq] });
    expect(criterion(report, 'query')).toMatchObject({ points: 5, evidence: [events[2]!.seq] });
    expect(criterion(report, 'logs')).toMatchObject({ points: 5, evidence: [events[3]!.seq] });
  });

  it('applies a penalty once, cites every event that incurred it, and gives it no maximum', () => {
    const events = [event(150_000, 'incident.resolve', { summary: 'blip' }), event(160_000, 'incident.resolve', { summary: 'blip' })];
    const report = scoreAttempt(scenario, 1, events, history);
    expect(criterion(report, 'early')).toMatchObject({ points: -10, max: 0, evidence: events.map((e) => e.seq) });
    expect(report.total).toBe(-10);
    expect(report.max).toBe(40);
  });

  it('measures mitigation until every incident fault has cleared, ignoring red herrings', () => {
    const overlapping: Occurrence[] = [
      { kind: 'drill.start', name: 'drill', at: simMillis(0) },
      { kind: 'fault.started', name: 'noise', at: simMillis(30_000), redHerring: true },
      { kind: 'fault.started', name: 'first', at: simMillis(120_000) },
      { kind: 'fault.started', name: 'second', at: simMillis(200_000) },
      { kind: 'fault.cleared', name: 'first', at: simMillis(260_000) },
      { kind: 'fault.cleared', name: 'second', at: simMillis(400_000) },
    ];
    expect(scoreAttempt(scenario, 1, [], overlapping).timings.mttm_ms).toBe(400_000 - 120_000);
    expect(scoreAttempt(scenario, 1, [], overlapping.slice(0, -1)).timings.mttm_ms).toBeNull();
    // "fault.cleared" is when the last incident fault cleared: resolving between the two clears is too early.
    expect(criterion(scoreAttempt(scenario, 1, [event(300_000, 'incident.resolve', {})], overlapping), 'early').points).toBe(-10);
    expect(criterion(scoreAttempt(scenario, 1, [event(400_000, 'incident.resolve', {})], overlapping), 'resolve').points).toBe(10);
  });
});
