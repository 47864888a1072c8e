import { describe, expect, it } from 'vitest';
import type { DebriefSpec } from '../scenario/postmortem-schema';
import type { ScoreReport } from '../scoring';
import { practiseNext } from './practise';

const score = (categories: ScoreReport['categories']): ScoreReport => ({
  scenario: 's',
  version: 'v',
  seed: 1,
  total: 0,
  max: 0,
  categories,
  criteria: [],
  timings: { mtta_ms: null, mttd_ms: null, mttm_ms: null, mttr_ms: null },
});

const spec = (practise: DebriefSpec['practise']): DebriefSpec => ({
  fault: 'f',
  mitigation: 'm',
  signal: { title: 't', promql: 'up', unit: 'ratio' },
  practise,
});

describe('what to practise next', () => {
  it.each<{ name: string; categories: ScoreReport['categories']; expected: [string, number][] }>([
    {
      name: 'most points lost first, full marks left out',
      categories: { detect: { points: 10, max: 10 }, diagnose: { points: 5, max: 20 }, mitigate: { points: 0, max: 30 }, communicate: { points: 28, max: 30 } },
      expected: [
        ['mitigate', 30],
        ['diagnose', 15],
        ['communicate', 2],
      ],
    },
    {
      // A penalty takes points below zero: −4 of a possible 0 is 4 lost.
      name: 'a penalty-only category counts what the penalty took',
      categories: { process: { points: -4, max: 0 }, detect: { points: 7, max: 10 } },
      expected: [
        ['process', 4],
        ['detect', 3],
      ],
    },
    {
      name: 'equal losses in alphabetical order',
      categories: { process: { points: 0, max: 5 }, communicate: { points: 0, max: 5 }, detect: { points: 0, max: 5 } },
      expected: [
        ['communicate', 5],
        ['detect', 5],
        ['process', 5],
      ],
    },
    { name: 'nothing lost, nothing to practise', categories: { detect: { points: 10, max: 10 } }, expected: [] },
  ])('$name', ({ categories, expected }) => {
    expect(practiseNext(score(categories), undefined).map((p) => [p.category, p.lost])).toEqual(expected);
  });

  it("uses the scenario's advice (every entry for the category, in order) and a generic line where it has none", () => {
    const advice = spec([
      { category: 'mitigate', text: 'Roll back first.' },
      { category: 'detect', text: 'Ack fast.' },
      { category: 'mitigate', text: 'Then watch the ratio.' },
    ]);
    const practise = practiseNext(score({ mitigate: { points: 0, max: 20 }, postmortem: { points: 0, max: 10 } }), advice);
    expect(practise[0]).toEqual({ category: 'mitigate', lost: 20, text: 'Roll back first. Then watch the ratio.' });
    expect(practise[1]!.category).toBe('postmortem');
    expect(practise[1]!.text).toMatch(/blameless/i);
    expect(practise[1]!.text).not.toContain('Roll back');
  });
});
