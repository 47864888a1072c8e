import { describe, expect, it } from 'vitest';
import type { ContextBuilder as Builder } from './context-test-support';
import { ContextBuilder, fullUpdate, MINUTE, SECOND } from './context-test-support';
import { evaluateCheck } from './index';

const resolution = fullUpdate({ kind: 'resolution', status: 'resolved', nextUpdateIn: '', recoveryConfirmed: true, dataLoss: 'No orders were lost' });
const CLEARED = 4 * MINUTE + 30 * SECOND; // 10:04:30 UTC
const faulty = () => new ContextBuilder().fault('fault.started', 2 * MINUTE);
const recovered = () => faulty().fault('fault.cleared', CLEARED);

const cases: { name: string; build: () => Builder; met: boolean; evidence: number[]; details: string[] }[] = [
  {
    name: 'a full message after recovery',
    build: () => recovered().resolve(6 * MINUTE, resolution),
    met: true,
    evidence: [1],
    details: ['resolution message at 10:06:00 UTC: recovery confirmed ✓, data loss stated ("No orders were lost") ✓', 'the resolution came 1 min 30 s after recovery at 10:04:30 UTC'],
  },
  {
    name: 'recovery not confirmed and no data-loss statement',
    build: () => recovered().resolve(6 * MINUTE, { ...resolution, recoveryConfirmed: false, dataLoss: '  ' }),
    met: false,
    evidence: [1],
    details: ['resolution message at 10:06:00 UTC: recovery not confirmed, no data-loss statement', 'the resolution came 1 min 30 s after recovery at 10:04:30 UTC'],
  },
  {
    name: 'resolved while the fault was still active',
    build: () => recovered().resolve(4 * MINUTE, resolution),
    met: false,
    evidence: [1],
    details: ['resolution message at 10:04:00 UTC: recovery confirmed ✓, data loss stated ("No orders were lost") ✓', 'resolved while an incident fault was still active: it cleared at 10:04:30 UTC'],
  },
  {
    name: 'resolved with the fault never cleared',
    build: () => faulty().resolve(6 * MINUTE, resolution),
    met: false,
    evidence: [1],
    details: ['resolution message at 10:06:00 UTC: recovery confirmed ✓, data loss stated ("No orders were lost") ✓', 'resolved while an incident fault was still active: it was still active when the drill ended'],
  },
  {
    name: 'resolved before a later incident fault started',
    build: () => recovered().resolve(6 * MINUTE, resolution).fault('fault.started', 8 * MINUTE, 'pool-exhaustion'),
    met: false,
    evidence: [1],
    details: ['resolution message at 10:06:00 UTC: recovery confirmed ✓, data loss stated ("No orders were lost") ✓', 'resolved before the incident was over: an incident fault started at 10:08:00 UTC'],
  },
  {
    name: 'a red herring still active does not hold the resolution back',
    build: () => recovered().fault('fault.started', MINUTE, 'noisy-neighbour', true).resolve(6 * MINUTE, resolution),
    met: true,
    evidence: [1],
    details: ['resolution message at 10:06:00 UTC: recovery confirmed ✓, data loss stated ("No orders were lost") ✓', 'the resolution came 1 min 30 s after recovery at 10:04:30 UTC'],
  },
  {
    name: 'resolved with a summary only',
    build: () => recovered().resolve(6 * MINUTE),
    met: false,
    evidence: [1],
    details: ['resolved at 10:06:00 UTC with a summary only: no resolution message confirming recovery and stating data loss', 'the resolution came 1 min 30 s after recovery at 10:04:30 UTC'],
  },
  {
    name: 'no fault in the scenario',
    build: () => new ContextBuilder().resolve(6 * MINUTE, resolution),
    met: true,
    evidence: [1],
    details: ['resolution message at 10:06:00 UTC: recovery confirmed ✓, data loss stated ("No orders were lost") ✓', 'the scenario had no incident fault to recover from'],
  },
  {
    name: 'never resolved',
    build: () => recovered(),
    met: false,
    evidence: [],
    details: ['the incident was never resolved'],
  },
];

describe('resolution-message', () => {
  it.each(cases)('$name', ({ build, met, evidence, details }) => {
    expect(evaluateCheck('resolution-message', undefined, build().build(15 * MINUTE))).toEqual({ met, evidence, details });
  });
});
