import { describe, expect, it } from 'vitest';
import type { ContextBuilder as Builder } from './context-test-support';
import { ContextBuilder, fullUpdate, MINUTE, SECOND } from './context-test-support';
import { evaluateCheck } from './index';

const ALERT = 3 * MINUTE + 12 * SECOND; // 10:03:12 UTC
const initial = fullUpdate({ kind: 'initial' });
const alerted = () => new ContextBuilder().alert(ALERT);

const cases: { name: string; build: (b: Builder) => Builder; params?: object; met: boolean; evidence: number[]; details: string[] }[] = [
  {
    name: 'a complete report 58 s after the alert',
    build: (b) => b.update(4 * MINUTE + 10 * SECOND, initial),
    met: true,
    evidence: [1],
    details: ['initial report at 10:04:10 UTC, 58 s after the first alert: impact ✓, scope ✓, severity ✓, next update ✓'],
  },
  {
    name: 'an impact that names nothing affected',
    build: (b) => b.update(4 * MINUTE, { ...initial, impact: 'Customers see errors' }),
    met: false,
    evidence: [1],
    details: ['initial report at 10:04:00 UTC, 48 s after the first alert: impact ✓, scope missing, severity ✓, next update ✓'],
  },
  {
    name: 'no impact, the scope only in the free text',
    build: (b) => b.update(4 * MINUTE, { ...initial, impact: '', text: 'Payments are down' }),
    met: false,
    evidence: [1],
    details: ['initial report at 10:04:00 UTC, 48 s after the first alert: impact missing, scope ✓, severity ✓, next update ✓'],
  },
  {
    name: 'a datastore named with a space for its dash',
    build: (b) => b.update(4 * MINUTE, { ...initial, impact: 'The orders db refuses new connections' }),
    met: true,
    evidence: [1],
    details: ['initial report at 10:04:00 UTC, 48 s after the first alert: impact ✓, scope ✓, severity ✓, next update ✓'],
  },
  {
    name: 'no next-update time',
    build: (b) => b.update(4 * MINUTE, { ...initial, nextUpdateIn: '' }),
    met: false,
    evidence: [1],
    details: ['initial report at 10:04:00 UTC, 48 s after the first alert: impact ✓, scope ✓, severity ✓, next update missing'],
  },
  {
    name: 'a next-update time that is not a duration',
    build: (b) => b.update(4 * MINUTE, { ...initial, nextUpdateIn: 'soon' }),
    met: false,
    evidence: [1],
    details: ['initial report at 10:04:00 UTC, 48 s after the first alert: impact ✓, scope ✓, severity ✓, next update "soon" is not a duration'],
  },
  {
    name: 'a complete report after the window',
    build: (b) => b.update(9 * MINUTE, initial),
    met: false,
    evidence: [1],
    details: ['initial report at 10:09:00 UTC, 5 min 48 s after the first alert, later than the 5m window: impact ✓, scope ✓, severity ✓, next update ✓'],
  },
  {
    name: 'the same late report with a 10m window from the params',
    build: (b) => b.update(9 * MINUTE, initial),
    params: { within: '10m' },
    met: true,
    evidence: [1],
    details: ['initial report at 10:09:00 UTC, 5 min 48 s after the first alert: impact ✓, scope ✓, severity ✓, next update ✓'],
  },
  {
    name: 'a 2m window from the scenario',
    build: (b) => b.withIncident({ initial_report_within: '2m' }).update(5 * MINUTE + 30 * SECOND, initial),
    met: false,
    evidence: [1],
    details: ['initial report at 10:05:30 UTC, 2 min 18 s after the first alert, later than the 2m window: impact ✓, scope ✓, severity ✓, next update ✓'],
  },
  {
    name: 'no update at all',
    build: (b) => b,
    met: false,
    evidence: [],
    details: ['no initial report was posted: it was due by 10:08:12 UTC (5m after the first alert at 10:03:12 UTC)'],
  },
  {
    name: 'an update marked initial judged over an earlier plain one',
    build: (b) => b.update(3 * MINUTE + 30 * SECOND, fullUpdate({ nextUpdateIn: '' })).update(4 * MINUTE, initial),
    met: true,
    evidence: [2],
    details: ['initial report at 10:04:00 UTC, 48 s after the first alert: impact ✓, scope ✓, severity ✓, next update ✓'],
  },
  {
    name: 'the first update when none is marked initial',
    build: (b) => b.update(3 * MINUTE + 30 * SECOND, fullUpdate({ nextUpdateIn: '' })).update(4 * MINUTE, fullUpdate()),
    met: false,
    evidence: [1],
    details: ['initial report at 10:03:30 UTC, 18 s after the first alert: impact ✓, scope ✓, severity ✓, next update missing'],
  },
  {
    name: 'a report the comms teammate drafted when asked',
    build: (b) => b.teammateUpdate(4 * MINUTE, 5 * MINUTE + 30 * SECOND, { id: 'lee', name: 'Lee Okafor' }, initial),
    met: true,
    evidence: [1],
    details: ['initial report by Lee Okafor at 10:05:30 UTC, 2 min 18 s after the first alert: impact ✓, scope ✓, severity ✓, next update ✓'],
  },
];

describe('initial-report', () => {
  it.each(cases)('$name', ({ build, params, met, evidence, details }) => {
    const context = build(alerted()).build(15 * MINUTE);
    expect(evaluateCheck('initial-report', params, context)).toEqual({ met, evidence, details });
  });

  it('measures from the declaration when no alert fired', () => {
    const context = new ContextBuilder().declare(2 * MINUTE, 'SEV2').update(2 * MINUTE + 30 * SECOND, initial).build(15 * MINUTE);
    expect(evaluateCheck('initial-report', undefined, context)).toEqual({
      met: true,
      evidence: [2],
      details: ['initial report at 10:02:30 UTC, 30 s after the declaration: impact ✓, scope ✓, severity ✓, next update ✓'],
    });
  });

  it('takes the first alert from the history when the room has none recorded', () => {
    const context = new ContextBuilder().alert(3 * MINUTE).update(4 * MINUTE, initial).build(15 * MINUTE);
    const { firstAlertAt: _, ...roomWithoutAlert } = context.incident;
    expect(evaluateCheck('initial-report', undefined, { ...context, incident: roomWithoutAlert }).details).toEqual(['initial report at 10:04:00 UTC, 1 min after the first alert: impact ✓, scope ✓, severity ✓, next update ✓']);
  });
});
