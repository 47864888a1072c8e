import { describe, expect, it } from 'vitest';
import type { EventCondition } from '../scenario/rubric-schema';
import { evaluateEventCondition } from './event-condition';
import { criterionWith, eventLog, syntheticContext } from './test-support';

/** The log every row reads: the fault is at 2m, its alert at 3m15s, cleared at 5m (test-support HISTORY). */
const LOG = eventLog(
  [60_000, 'terminal.exec', { command: 'kubectl get pods' }], // 1: before the fault
  [130_000, 'promql.query', { expr: 'up' }], // 2
  [140_000, 'terminal.exec', { command: 'kubectl rollout history deployment/api' }], // 3
  [140_000, 'logs.query', { query: 'log.level:error' }], // 4: same millisecond as 3, logged after it
  [200_000, 'terminal.exec', { command: 'kubectl get pods' }], // 5
  [250_000, 'terminal.exec', { command: 'kubectl rollout undo deployment/api' }], // 6
  [400_000, 'promql.query', { expr: 'rate(http_requests_total[1m])' }], // 7
  [410_000, 'logs.query', { query: 'service.name:api' }], // 8
);

type Row = { name: string; when: Record<string, unknown>; points?: number; met: boolean; evidence: number[] };

const rows: Row[] = [
  // Ordering: "after the first such event" excludes that event and anything logged before it.
  { name: 'undo after the first rollout history', when: { event: 'terminal.exec', match: 'rollout undo', after: { event: 'terminal.exec', match: 'rollout history' } }, met: true, evidence: [6] },
  { name: 'a query after the history, in the same millisecond, counts', when: { event: 'logs.query', after: { event: 'terminal.exec', match: 'rollout history' } }, met: true, evidence: [4] },
  { name: 'history after the undo: never', when: { event: 'terminal.exec', match: 'rollout history', after: { event: 'terminal.exec', match: 'rollout undo' } }, met: false, evidence: [] },
  { name: 'get pods before the first undo (the one at 1m counts, before the fault)', when: { event: 'terminal.exec', match: 'get pods', before: { event: 'terminal.exec', match: 'rollout undo' } }, met: true, evidence: [1] },
  { name: 'get pods after the fault and before the undo', when: { event: 'terminal.exec', match: 'get pods', after: 'fault.started', before: { event: 'terminal.exec', match: 'rollout undo' } }, met: true, evidence: [5] },
  { name: 'an anchor that never happened leaves it unmet', when: { event: 'terminal.exec', after: { event: 'incident.declare' } }, met: false, evidence: [] },
  { name: 'a "before" that never happened does not bound', when: { event: 'promql.query', match: 'rate', before: { event: 'incident.declare' } }, met: true, evidence: [7] },
  // Within, measured from an event anchor (the history at 2m20s).
  { name: 'undo within 2m of the history (1m50s later)', when: { event: 'terminal.exec', match: 'undo', after: { event: 'terminal.exec', match: 'history' }, within: '2m' }, met: true, evidence: [6] },
  { name: 'undo within 1m of the history: too slow', when: { event: 'terminal.exec', match: 'undo', after: { event: 'terminal.exec', match: 'history' }, within: '1m' }, met: false, evidence: [] },
  { name: 'within is inclusive (1m50s exactly)', when: { event: 'terminal.exec', match: 'undo', after: { event: 'terminal.exec', match: 'history' }, within: '1m50s' }, met: true, evidence: [6] },
  { name: 'within from a drill anchor (alert at 3m15s; get pods at 3m20s)', when: { event: 'terminal.exec', match: 'get pods', after: 'alert.fired', within: '5s' }, met: true, evidence: [5] },
  // Count: the reads that show the learner looked; a reward cites the events counted.
  { name: 'three reads after the fault', when: { event: ['promql.query', 'logs.query', 'terminal.exec'], match: 'pods|up|error|http|service', after: 'fault.started', count: 3 }, met: true, evidence: [2, 4, 5] },
  { name: 'four queries or log searches (there are four)', when: { event: ['promql.query', 'logs.query'], count: 4 }, met: true, evidence: [2, 4, 7, 8] },
  { name: 'five queries or log searches (only four)', when: { event: ['promql.query', 'logs.query'], count: 5 }, met: false, evidence: [] },
  { name: 'two get pods after the fault (only one)', when: { event: 'terminal.exec', match: 'get pods', after: 'fault.started', count: 2 }, met: false, evidence: [] },
  { name: 'a penalty with a count cites every matching event', when: { event: 'terminal.exec', match: 'kubectl', count: 2 }, points: -5, met: true, evidence: [1, 3, 5, 6] },
  { name: 'after fault.cleared (5m)', when: { event: ['promql.query', 'logs.query'], after: 'fault.cleared' }, met: true, evidence: [7] },
];

describe('event conditions', () => {
  it.each(rows)('$name', ({ when, points, met, evidence }) => {
    const criterion = criterionWith(when, points);
    const context = syntheticContext([criterion], LOG);
    const outcome = evaluateEventCondition(context.scenario.doc.rubric[0]!.when as EventCondition, (points ?? 10) < 0, context);
    expect(outcome.met).toBe(met);
    expect(outcome.evidence).toEqual(evidence);
  });

  it('explains a short count and names the event that completed a count', () => {
    const context = syntheticContext([criterionWith({ event: 'logs.query', count: 3 })], LOG);
    const when = context.scenario.doc.rubric[0]!.when as EventCondition;
    expect(evaluateEventCondition(when, false, context).details).toEqual(['needed 3 × logs.query; found only 2']);
    const two = syntheticContext([criterionWith({ event: 'logs.query', count: 2 })], LOG);
    expect(evaluateEventCondition(two.scenario.doc.rubric[0]!.when as EventCondition, false, two).details).toEqual(['2 × logs.query, the 2nd at 10:06:50 UTC']);
  });
});
