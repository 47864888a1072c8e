import { describe, expect, it } from 'vitest';
import type { ContextBuilder as Builder } from './context-test-support';
import { ContextBuilder, fullUpdate, MINUTE, SECOND } from './context-test-support';
import { evaluateCheck } from './index';

const resolution = fullUpdate({ kind: 'resolution', status: 'resolved', nextUpdateIn: '', recoveryConfirmed: true, dataLoss: 'none' });
const declared = (severity: 'SEV2' | 'SEV3' = 'SEV2') => new ContextBuilder().alert(3 * MINUTE).declare(3 * MINUTE, severity);

const cases: { name: string; build: () => Builder; params?: object; endAt?: number; met: boolean; evidence: number[]; details: string[] }[] = [
  {
    name: 'updates every 5 minutes, then the resolution',
    build: () => declared().update(4 * MINUTE, fullUpdate()).update(9 * MINUTE, fullUpdate()).update(14 * MINUTE, fullUpdate()).resolve(14 * MINUTE + 30 * SECOND, resolution),
    met: true,
    evidence: [2, 3, 4, 5],
    details: ['4 updates from 10:04:00 UTC to 10:14:30 UTC; longest gap 5 min (SEV2 updates are due every 5m, 1m grace)'],
  },
  {
    name: 'a gap of 6 min 30 s at SEV2',
    build: () => declared().update(4 * MINUTE, fullUpdate()).update(10 * MINUTE + 30 * SECOND, fullUpdate()).resolve(12 * MINUTE, resolution),
    met: false,
    evidence: [2, 3, 4],
    details: [
      '3 updates from 10:04:00 UTC to 10:12:00 UTC; longest gap 6 min 30 s (SEV2 updates are due every 5m, 1m grace)',
      'the update at 10:10:30 UTC came 6 min 30 s after the one at 10:04:00 UTC; SEV2 updates are due every 5m',
    ],
  },
  {
    name: 'the same gap with 2m of grace',
    build: () => declared().update(4 * MINUTE, fullUpdate()).update(10 * MINUTE + 30 * SECOND, fullUpdate()).resolve(12 * MINUTE, resolution),
    params: { grace: '2m' },
    met: true,
    evidence: [2, 3, 4],
    details: ['3 updates from 10:04:00 UTC to 10:12:00 UTC; longest gap 6 min 30 s (SEV2 updates are due every 5m, 2m grace)'],
  },
  {
    name: 'one cadence for every severity from the params',
    build: () => declared().update(4 * MINUTE, fullUpdate()).update(12 * MINUTE, fullUpdate()).resolve(13 * MINUTE, resolution),
    params: { every: '10m' },
    met: true,
    evidence: [2, 3, 4],
    details: ['3 updates from 10:04:00 UTC to 10:13:00 UTC; longest gap 8 min (updates are due every 10m, 1m grace)'],
  },
  {
    name: 'an incident left open with no update after the first',
    build: () => declared().update(4 * MINUTE, fullUpdate()),
    met: false,
    evidence: [2],
    details: [
      '1 update, at 10:04:00 UTC; longest gap 11 min (SEV2 updates are due every 5m, 1m grace)',
      'no update after the one at 10:04:00 UTC: 11 min until the drill ended; SEV2 updates are due every 5m',
    ],
  },
  {
    name: 'a resolution without a message, long after the last update',
    build: () => declared().update(4 * MINUTE, fullUpdate()).resolve(12 * MINUTE),
    met: false,
    evidence: [2],
    details: [
      '1 update, at 10:04:00 UTC; longest gap 8 min (SEV2 updates are due every 5m, 1m grace)',
      'no update after the one at 10:04:00 UTC: 8 min until the resolution; SEV2 updates are due every 5m',
    ],
  },
  {
    name: 'updates that leave out the next-update time or say nothing new',
    build: () => declared()
      .update(4 * MINUTE, fullUpdate({ actions: '', nextUpdateIn: '' }))
      .update(8 * MINUTE, fullUpdate({ actions: '' }))
      .update(12 * MINUTE, fullUpdate({ actions: '', status: 'identified' }))
      .resolve(13 * MINUTE, { ...resolution, actions: '' }),
    met: false,
    evidence: [2, 3, 4, 5],
    details: [
      '4 updates from 10:04:00 UTC to 10:13:00 UTC; longest gap 4 min (SEV2 updates are due every 5m, 1m grace)',
      'the update at 10:04:00 UTC had no next-update time',
      'the update at 10:08:00 UTC had nothing on what changed or what is being done',
    ],
  },
  {
    name: 'a change of severity changes the cadence from then on',
    build: () => declared('SEV3')
      .update(4 * MINUTE, fullUpdate({ severity: 'SEV3' }))
      .severity(5 * MINUTE, 'SEV2')
      .update(12 * MINUTE, fullUpdate())
      .update(18 * MINUTE + 30 * SECOND, fullUpdate())
      .resolve(19 * MINUTE, resolution),
    endAt: 20 * MINUTE,
    met: false,
    evidence: [2, 4, 5, 6],
    details: [
      '4 updates from 10:04:00 UTC to 10:19:00 UTC; longest gap 8 min (SEV3 updates are due every 10m, 1m grace)',
      'the update at 10:18:30 UTC came 6 min 30 s after the one at 10:12:00 UTC; SEV2 updates are due every 5m',
    ],
  },
  {
    name: "undeclared: the updates' own severity sets the cadence",
    build: () => new ContextBuilder().alert(3 * MINUTE).update(4 * MINUTE, fullUpdate()).update(11 * MINUTE, fullUpdate()).resolve(12 * MINUTE, resolution),
    met: false,
    evidence: [1, 2, 3],
    details: [
      '3 updates from 10:04:00 UTC to 10:12:00 UTC; longest gap 7 min (SEV2 updates are due every 5m, 1m grace)',
      'the update at 10:11:00 UTC came 7 min after the one at 10:04:00 UTC; SEV2 updates are due every 5m',
    ],
  },
  {
    name: "a comms teammate's update counts, cited by the assignment that asked for it",
    build: () => declared().update(4 * MINUTE, fullUpdate()).teammateUpdate(6 * MINUTE, 8 * MINUTE, { id: 'lee', name: 'Lee Okafor' }, fullUpdate()).resolve(11 * MINUTE, resolution),
    met: true,
    evidence: [2, 3, 4],
    details: ['3 updates from 10:04:00 UTC to 10:11:00 UTC; longest gap 4 min (SEV2 updates are due every 5m, 1m grace)'],
  },
  {
    name: 'no update at all',
    build: () => declared(),
    met: false,
    evidence: [],
    details: ['no update was posted while the incident was open'],
  },
];

describe('update-cadence', () => {
  it.each(cases)('$name', ({ build, params, endAt, met, evidence, details }) => {
    expect(evaluateCheck('update-cadence', params, build().build(endAt ?? 15 * MINUTE))).toEqual({ met, evidence, details });
  });
});

describe('evidence', () => {
  it('tells an update and the resolution posted in the same tick apart', () => {
    const context = declared().update(4 * MINUTE, fullUpdate()).update(9 * MINUTE, fullUpdate({ actions: 'Watching' })).resolve(9 * MINUTE, resolution).build(15 * MINUTE);
    const result = evaluateCheck('update-cadence', undefined, context);
    expect(result.evidence).toEqual([2, 3, 4]);
    expect(result.details).toEqual(['3 updates from 10:04:00 UTC to 10:09:00 UTC; longest gap 5 min (SEV2 updates are due every 5m, 1m grace)']);
  });
});
