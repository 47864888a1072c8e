import { describe, expect, it } from 'vitest';
import type { ScoringContext } from './context';
import { scoreAttempt } from './score';
import { eventLog, feedback, HISTORY, syntheticContext } from './test-support';

const rubric = [
  { id: 'ack', category: 'detect', points: 10, when: { event: 'alert.acknowledge', after: 'alert.fired', within: '5m' }, feedback },
  { id: 'undo', category: 'mitigate', points: 20, when: { event: 'terminal.exec', match: '^kubectl rollout undo', after: 'fault.started' }, feedback },
  { id: 'resolve', category: 'process', points: 10, when: { event: 'incident.resolve', after: 'fault.cleared' }, feedback },
  { id: 'early', category: 'process', points: -10, when: { event: 'incident.resolve', before: 'fault.cleared' }, feedback },
  { id: 'report', category: 'communicate', points: 10, when: { check: 'initial-report' }, feedback },
];

const context = (events: ReturnType<typeof eventLog>, over: Partial<ScoringContext> = {}): ScoringContext => ({ ...syntheticContext(rubric, events), ...over });
const criterion = (report: ReturnType<typeof scoreAttempt>, id: string) => report.criteria.find((c) => c.id === id)!;

describe('scoreAttempt', () => {
  it('scores a response, cites the first event that earned each reward, and totals per category', () => {
    const events = eventLog(
      [0, 'drill.clock', { speed: 2 }],
      [200_000, 'alert.acknowledge', { alert: 'HighErrors' }],
      [230_000, 'terminal.exec', { command: 'kubectl rollout undo deployment/api' }],
      [240_000, 'terminal.exec', { command: 'kubectl rollout undo deployment/api' }],
      [330_000, 'incident.resolve', { summary: 'ok' }],
    );
    const report = scoreAttempt(context(events));
    expect(report.scenario).toBe('demo');
    expect(report.version).toBe('v1');
    expect(report.seed).toBe(1);
    expect(criterion(report, 'ack')).toEqual({ id: 'ack', category: 'detect', points: 10, max: 10, evidence: [2], feedback: 'met' });
    expect(criterion(report, 'undo')).toMatchObject({ points: 20, evidence: [3], feedback: 'met' });
    expect(criterion(report, 'resolve')).toMatchObject({ points: 10, evidence: [5] });
    expect(criterion(report, 'early')).toMatchObject({ points: 0, max: 0, evidence: [], feedback: 'missed' });
    // 10 + 20 + 10 earned; the communication check is unmet until its module says otherwise; max 50.
    expect(report.total).toBe(40);
    expect(report.max).toBe(50);
    expect(report.categories).toEqual({
      communicate: { points: 0, max: 10 },
      detect: { points: 10, max: 10 },
      mitigate: { points: 20, max: 20 },
      process: { points: 10, max: 10 },
    });
    // Alert at 3m15s → ack at 3m20s; fault at 2m → first work (the ack) at 3m20s, cleared at 5m, resolved at 5m30s.
    expect(report.timings).toEqual({ mtta_ms: 5_000, mttd_ms: 80_000, mttm_ms: 180_000, mttr_ms: 210_000 });
  });

  it('keeps the report\'s key order (the stable JSON drill play prints)', () => {
    const report = scoreAttempt(context([]));
    expect(Object.keys(report)).toEqual(['scenario', 'version', 'seed', 'total', 'max', 'categories', 'criteria', 'timings']);
    expect(Object.keys(report.criteria[0]!)).toEqual(['id', 'category', 'points', 'max', 'evidence', 'feedback', 'details']);
    expect(Object.keys(report.timings)).toEqual(['mtta_ms', 'mttd_ms', 'mttm_ms', 'mttr_ms']);
  });

  it('scores a drill with no actions as zero, with the missed feedback on every criterion and no error', () => {
    const report = scoreAttempt(context([]));
    expect(report.total).toBe(0);
    expect(report.criteria.map((c) => [c.id, c.points, c.feedback])).toEqual(rubric.map((c) => [c.id, 0, 'missed']));
    expect(report.criteria.every((c) => c.evidence.length === 0)).toBe(true);
    // A missed reward says what it looked for and where; a penalty not incurred needs no explaining.
    expect(criterion(report, 'undo').details).toEqual(['no terminal.exec matching /^kubectl rollout undo/ after fault.started']);
    expect(criterion(report, 'early')).not.toHaveProperty('details');
    expect(report.timings).toEqual({ mtta_ms: null, mttd_ms: null, mttm_ms: 180_000, mttr_ms: null });
  });

  it('explains a missed anchor, and always gives a communication check its details', () => {
    const report = scoreAttempt(context(eventLog([500_000, 'alert.acknowledge', {}]), { occurrences: HISTORY.filter((o) => o.kind !== 'alert.fired') }));
    expect(criterion(report, 'ack')).toMatchObject({ points: 0, evidence: [], details: ['alert.fired never happened, so there was nothing to measure from'] });
    expect(criterion(report, 'report').details).toEqual(expect.any(Array));
    expect(criterion(report, 'report').details!.length).toBeGreaterThan(0);
    // An event condition with nothing to explain carries no details key at all.
    expect(Object.keys(scoreAttempt(context(eventLog([330_000, 'incident.resolve', {}]))).criteria[2]!)).not.toContain('details');
  });

  it('applies a penalty once, cites every event that incurred it, and gives it no maximum', () => {
    const events = eventLog([150_000, 'incident.resolve', { summary: 'blip' }], [160_000, 'incident.resolve', { summary: 'blip' }]);
    const report = scoreAttempt(context(events));
    expect(criterion(report, 'early')).toMatchObject({ points: -10, max: 0, evidence: [1, 2], feedback: 'met' });
    expect(report.total).toBe(-10);
    expect(report.max).toBe(50);
  });

  it('measures mitigation until every incident fault has cleared, ignoring red herrings', () => {
    const at = (ms: number) => ms as never;
    const overlapping = [
      { kind: 'drill.start' as const, name: 'drill', at: at(0) },
      { kind: 'fault.started' as const, name: 'noise', at: at(30_000), redHerring: true },
      { kind: 'fault.started' as const, name: 'first', at: at(120_000) },
      { kind: 'fault.started' as const, name: 'second', at: at(200_000) },
      { kind: 'fault.cleared' as const, name: 'first', at: at(260_000) },
      { kind: 'fault.cleared' as const, name: 'second', at: at(400_000) },
    ];
    const score = (events: ReturnType<typeof eventLog>, occurrences = overlapping) => scoreAttempt(context(events, { occurrences }));
    expect(score([]).timings.mttm_ms).toBe(400_000 - 120_000);
    expect(score([], overlapping.slice(0, -1)).timings.mttm_ms).toBeNull();
    // "fault.cleared" is when the last incident fault cleared: resolving between the two clears is too early.
    expect(criterion(score(eventLog([300_000, 'incident.resolve', {}])), 'early').points).toBe(-10);
    expect(criterion(score(eventLog([400_000, 'incident.resolve', {}])), 'resolve').points).toBe(10);
    // MTTR counts incident.resolve, measured from the incident fault (not the red herring).
    expect(score(eventLog([400_000, 'incident.resolve', {}])).timings.mttr_ms).toBe(280_000);
  });

  it('gives byte-identical JSON for the same context twice', () => {
    const events = eventLog([200_000, 'alert.acknowledge', { alert: 'HighErrors' }], [150_000, 'incident.resolve', {}]);
    expect(JSON.stringify(scoreAttempt(context(events)))).toBe(JSON.stringify(scoreAttempt(context(events))));
  });
});
