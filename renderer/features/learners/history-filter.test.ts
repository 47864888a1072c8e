import { describe, expect, it } from 'vitest';
import type { AttemptSummary } from '../../state/replay-slice';
import { filterAttempts, filterChoices, localDay, NO_FILTER } from './history-filter';

/** An attempt started at local noon of the given day (noon: no time zone moves it to another day). */
function attempt(id: number, learner: string, scenario: string, day: string): AttemptSummary {
  return {
    id, learner, scenario, version: '1', title: scenario.toUpperCase(), seed: 1, difficulty: 'standard',
    startedAt: new Date(`${day}T12:00:00`).toISOString(), endedAt: null, status: 'ended', score: null, scenarioAvailable: true,
  };
}

const ATTEMPTS = [attempt(1, 'Ada', 'dns', '2026-03-01'), attempt(2, 'Bo', 'dns', '2026-03-05'), attempt(3, 'Ada', 'disk', '2026-03-09')];
const ids = (list: AttemptSummary[]) => list.map((a) => a.id);

describe('history filters', () => {
  it('keeps everything with no filter', () => {
    expect(ids(filterAttempts(ATTEMPTS, NO_FILTER))).toEqual([1, 2, 3]);
  });
  it('filters by learner and by scenario, together', () => {
    expect(ids(filterAttempts(ATTEMPTS, { ...NO_FILTER, learner: 'Ada' }))).toEqual([1, 3]);
    expect(ids(filterAttempts(ATTEMPTS, { ...NO_FILTER, scenario: 'dns' }))).toEqual([1, 2]);
    expect(ids(filterAttempts(ATTEMPTS, { ...NO_FILTER, learner: 'Ada', scenario: 'dns' }))).toEqual([1]);
  });
  it('filters by date, both ends inclusive', () => {
    expect(ids(filterAttempts(ATTEMPTS, { ...NO_FILTER, from: '2026-03-05' }))).toEqual([2, 3]);
    expect(ids(filterAttempts(ATTEMPTS, { ...NO_FILTER, to: '2026-03-05' }))).toEqual([1, 2]);
    expect(ids(filterAttempts(ATTEMPTS, { ...NO_FILTER, from: '2026-03-02', to: '2026-03-08' }))).toEqual([2]);
  });
  it('names the local day of a time', () => {
    expect(localDay(new Date(2026, 0, 7, 23, 59).toISOString())).toBe('2026-01-07');
  });
  it('offers each learner and scenario once', () => {
    expect(filterChoices(ATTEMPTS)).toEqual({ learners: ['Ada', 'Bo'], scenarios: [{ id: 'disk', title: 'DISK' }, { id: 'dns', title: 'DNS' }] });
  });
});
