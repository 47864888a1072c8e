import { describe, expect, it } from 'vitest';
import type { DrillEvent } from '../../engine/drill/actions';
import type { ScoreReport } from '../../engine/scoring';
import { markInterventions } from './interventions';
import { hashPin, pinMatches } from './pin';

describe('PIN hashing', () => {
  it('matches the PIN it was made from and nothing else', () => {
    const stored = hashPin('2468');
    expect(pinMatches('2468', stored)).toBe(true);
    expect(pinMatches('2469', stored)).toBe(false);
    expect(pinMatches('', stored)).toBe(false);
  });

  it('matches nothing when the stored hash is damaged', () => {
    expect(pinMatches('2468', { salt: 'ab', hash: 'not-hex' })).toBe(false);
  });

  it('salts each hash: the same PIN twice gives different hashes', () => {
    expect(hashPin('2468').hash).not.toBe(hashPin('2468').hash);
  });
});

describe('markInterventions', () => {
  const criterion = (id: string, points: number, evidence: number[], details?: string[]) => ({ id, category: 'mitigate', points, max: 10, evidence, feedback: '', ...(details ? { details } : {}) });
  const report: ScoreReport = {
    scenario: 's',
    version: '1',
    seed: 1,
    total: 10,
    max: 40,
    categories: { mitigate: { points: 10, max: 40 } },
    criteria: [criterion('before', 5, [2]), criterion('after', 5, [4], ['why']), criterion('missed', 0, []), criterion('penalty', -2, [5])],
    timings: {} as ScoreReport['timings'],
  };
  const event = (seq: number, t: number, type: string, payload: unknown = {}): DrillEvent => ({ seq, t, type, payload });
  // 2000-01-01T10:00:00Z; the intervention at 4m10s.
  const start = Date.UTC(2000, 0, 1, 10, 0, 0);

  it('adds a line to each criterion first evidenced after the first intervention, and changes no points', () => {
    const events = [event(1, 0, 'drill.start'), event(2, 1000, 'terminal.exec'), event(3, 250_000, 'drill.clock', { speed: 0, by: 'instructor' }), event(4, 250_000, 'terminal.exec'), event(5, 260_000, 'hint.request')];
    const marked = markInterventions(report, events, start);
    const line = 'earned after an instructor intervention at 10:04:10 UTC';
    expect(marked.criteria.map((c) => c.details)).toEqual([undefined, ['why', line], undefined, undefined]);
    expect({ ...marked, criteria: undefined }).toEqual({ ...report, criteria: undefined });
    expect(marked.criteria.map((c) => c.points)).toEqual([5, 5, 0, -2]);
  });

  it('leaves the report as it was when only the learner touched the clock', () => {
    const events = [event(1, 0, 'drill.start'), event(2, 1000, 'terminal.exec'), event(3, 2000, 'drill.clock', { speed: 0 }), event(4, 3000, 'terminal.exec')];
    expect(markInterventions(report, events, start)).toBe(report);
  });
});
