import { describe, expect, it } from 'vitest';
import type { DrillEvent } from '../../drill';
import { emptyPostmortem } from '../../postmortem/document';
import type { PostmortemDocument } from '../../postmortem/types';
import { testScenario } from '../../testing/scenarios';
import { checkParamsProblem, evaluateCheck, unreachableProblem } from '../communication';
import type { ScoringContext } from '../context';
import { scoreAttempt } from '../score';
import { eventLog, syntheticContext } from '../test-support';

/** A small truth of our own, so these tests do not move when a bundled scenario's wording does. */
const TRUTH = {
  root_cause: { summary: 'The v2 release broke the price calculation.', require: [['release', 'deploy', 'v2'], ['price', 'pricing']] },
  trigger: { summary: 'v2 went out.', require: [['v2']] },
  contributing_factors: [
    { id: 'no-canary', label: 'No canary stage', require: [['canary']] },
    { id: 'no-gate', label: 'No error-rate gate', require: [['gate', 'automatic rollback']] },
    { id: 'no-tests', label: 'No pricing tests', require: [['test', 'tests']] },
  ],
};

const GOOD: PostmortemDocument = {
  ...emptyPostmortem(),
  summary: 'Checkout failed after v2.',
  trigger: 'The v2 release.',
  rootCause: 'The v2 release changed the price calculation, which failed for a third of requests.',
  contributingFactors: ['No canary stage.', 'No gate on the error rate.', 'No tests for the new pricing.'],
  actionItems: [
    { title: 'Add a canary stage', owner: 'Marco', due: '2026-04-10', type: 'prevent' },
    { title: 'Alert on new-version errors', owner: 'Lee', due: '2026-04-01', type: 'detect' },
  ],
};

const save = (document: unknown): [number, string, object] => [0, 'postmortem.save', { document }];

/** A context over the events, in a scenario that has the truth (or not). */
function contextOf(events: DrillEvent[], truth: object | null = TRUTH): ScoringContext {
  const rubric = [{ id: 'end', category: 'process', points: 1, when: { event: 'drill.end' }, feedback: { met: 'y', missed: 'n' } }];
  return { ...syntheticContext(rubric, events), scenario: testScenario({ rubric, ...(truth ? { postmortem: truth } : {}) }) };
}

/** The log: a few drill actions, then saves at 12, 13… minutes (seqs follow on). */
function logWith(...documents: unknown[]): DrillEvent[] {
  return eventLog([60_000, 'alert.acknowledge', { alert: 'X' }], [120_000, 'drill.end'], ...documents.map((d, i) => [(12 + i) * 60_000, ...save(d).slice(1)] as [number, string, object]));
}

describe('postmortem checks over the last postmortem.save', () => {
  it.each(['postmortem-root-cause', 'postmortem-contributing-factors', 'postmortem-blameless', 'postmortem-action-items'])('%s: no save is unmet, "no postmortem saved"', (name) => {
    expect(evaluateCheck(name, {}, contextOf(logWith()))).toEqual({ met: false, evidence: [], details: ['no postmortem saved'] });
  });

  it('judges only the last save and cites its seq', () => {
    const partial = evaluateCheck('postmortem-root-cause', {}, contextOf(logWith({ ...GOOD, rootCause: 'The deploy broke it.' })));
    expect(partial.details[1]).toBe('root cause names “deploy” but not yet all of it (1 of 2 key ideas missing)');
    const context = contextOf(logWith(GOOD, { ...GOOD, rootCause: 'It broke.' }));
    expect(evaluateCheck('postmortem-root-cause', {}, context)).toEqual({
      met: false,
      evidence: [4],
      details: ['postmortem saved at 10:13:00 UTC (the last of 2 saves)', 'root cause: nothing names it yet'],
    });
    expect(evaluateCheck('postmortem-root-cause', {}, contextOf(logWith({ ...GOOD, rootCause: 'It broke.' }, GOOD)))).toEqual({
      met: true,
      evidence: [4],
      details: ['postmortem saved at 10:13:00 UTC (the last of 2 saves)', 'root cause: names “release” and “price” in the root cause ✓'],
    });
  });

  it.each([
    [undefined, ['No canary.', 'A gate.'], true, '2 of 3 named (3 needed) ✗'],
    [undefined, ['No canary.', 'A gate.', 'More tests.'], true, '3 of 3 named (3 needed) ✓'],
    [{ min: 2 }, ['No canary.', 'A gate.'], true, '2 of 3 named (2 needed) ✓'],
    [{ min: 2 }, ['No canary.'], false, '1 of 3 named (2 needed) ✗'],
  ])('contributing factors with %j, factors %j', (params, contributingFactors, _unused, line) => {
    const result = evaluateCheck('postmortem-contributing-factors', params, contextOf(logWith({ ...GOOD, rootCause: '', contributingFactors })));
    expect(result.details[1]).toBe(`contributing factors: ${line}`);
    expect(result.met).toBe(line.endsWith('✓'));
    expect(result.evidence).toEqual([3]);
  });

  it('lists each factor found and each missing one without its label', () => {
    const result = evaluateCheck('postmortem-contributing-factors', { min: 1 }, contextOf(logWith({ ...GOOD, contributingFactors: ['No canary.'] })));
    expect(result.details.slice(2)).toEqual([
      'No canary stage: names “canary” in contributing factor 1 ✓',
      'contributing factor 2 of 3: nothing names it yet',
      'contributing factor 3 of 3: nothing names it yet',
    ]);
  });

  it.each([
    [GOOD, {}, true, 'no blame language ✓'],
    [{ ...GOOD, summary: 'Lee forgot to run the tests.' }, {}, false, '1 blaming phrase ✗'],
    [{ ...GOOD, summary: 'Lee forgot to run the tests.' }, { met_when: 'blaming' }, true, '1 blaming phrase ✗'],
    [GOOD, { met_when: 'blaming' }, false, 'no blame language ✓'],
    [{ ...emptyPostmortem(), title: 'x' }, {}, false, 'nothing to judge yet: summary, trigger, rootCause, whys, contributingFactors are empty'],
  ])('blameless: %#', (document, params, met, line) => {
    const result = evaluateCheck('postmortem-blameless', params, contextOf(logWith(document)));
    expect(result).toMatchObject({ met, evidence: [3] });
    expect(result.details[1]).toBe(line);
  });

  it('says where the blame is and how to reword it', () => {
    const result = evaluateCheck('postmortem-blameless', {}, contextOf(logWith({ ...GOOD, whys: ['Lee forgot to run the migration.'] })));
    expect(result.details[2]).toBe('blame language in why 1: “Lee forgot to” (try: The step to run the migration was not automated or checked, so it could be missed.)');
  });

  const complete = GOOD.actionItems;
  it.each([
    [{}, complete, true, '2 of 2 action items complete (1 needed) ✓'],
    [{ min: 3 }, complete, false, '2 of 2 action items complete (3 needed) ✗'],
    [{ min: 2, types: ['prevent', 'detect'] }, complete, true, '2 of 2 action items complete (2 needed) ✓; types: prevent ✓, detect ✓'],
    [{ types: ['mitigate'] }, complete, false, '2 of 2 action items complete (1 needed) ✓; types: mitigate ✗'],
    // The detect item without an owner does not count, so neither does its type.
    [{ types: ['detect'] }, [complete[0]!, { ...complete[1]!, owner: '' }], false, '1 of 2 action items complete (1 needed) ✓; types: detect ✗'],
    [{}, [], false, '0 of 0 action items complete (1 needed) ✗'],
  ] as const)('action items with %j: %#', (params, actionItems, met, line) => {
    const result = evaluateCheck('postmortem-action-items', params, contextOf(logWith({ ...GOOD, actionItems })));
    expect(result.met).toBe(met);
    expect(result.details[1]).toBe(line);
  });

  it('names the problems of incomplete action items', () => {
    const items = [{ title: 'Fix it', owner: '', due: 'soon', type: '' }];
    expect(evaluateCheck('postmortem-action-items', {}, contextOf(logWith({ ...GOOD, actionItems: items }))).details[2]).toBe(
      'action item 1: no owner, no type, due date soon is not a date (YYYY-MM-DD)',
    );
  });

  it('reads a malformed payload as an empty postmortem instead of throwing', () => {
    for (const payload of [null, 'text', { document: 42 }, { document: { rootCause: 7, actionItems: 'x' } }]) {
      const events = eventLog([0, 'postmortem.save', payload as object]);
      expect(evaluateCheck('postmortem-root-cause', {}, contextOf(events))).toMatchObject({ met: false, evidence: [1] });
      expect(evaluateCheck('postmortem-action-items', {}, contextOf(events))).toMatchObject({ met: false, evidence: [1] });
    }
  });

  it('without a postmortem truth, the truth checks say so', () => {
    expect(evaluateCheck('postmortem-root-cause', {}, contextOf(logWith(GOOD), null)).details).toEqual(['the scenario has no postmortem truth to check against']);
    expect(evaluateCheck('postmortem-blameless', {}, contextOf(logWith(GOOD), null)).met).toBe(true);
  });

  it('feeds the rubric: a criterion moves with the save', () => {
    const rubric = [
      { id: 'rc', category: 'postmortem', points: 8, when: { check: 'postmortem-root-cause' }, feedback: { met: 'named', missed: 'dig deeper' } },
      { id: 'blame', category: 'postmortem', points: -3, when: { check: 'postmortem-blameless', params: { met_when: 'blaming' } }, feedback: { met: 'blamed', missed: 'fine' } },
    ];
    const score = (events: DrillEvent[]) => scoreAttempt({ ...contextOf(events), scenario: testScenario({ rubric, postmortem: TRUTH }) });
    expect(score(logWith()).criteria.map((c) => [c.id, c.points])).toEqual([['rc', 0], ['blame', 0]]);
    expect(score(logWith({ ...GOOD, summary: 'Dana broke it.' })).criteria.map((c) => [c.id, c.points, c.evidence])).toEqual([['rc', 8, [3]], ['blame', -3, [3]]]);
  });
});

describe('postmortem check params and reachability', () => {
  it.each([
    ['postmortem-root-cause', {}, undefined],
    ['postmortem-contributing-factors', { min: 2 }, undefined],
    ['postmortem-blameless', { met_when: 'blaming' }, undefined],
    ['postmortem-action-items', { min: 2, types: ['prevent', 'detect'] }, undefined],
    ['postmortem-root-cause', { strict: true }, 'unknown param "strict" (postmortem-root-cause takes no params)'],
    ['postmortem-contributing-factors', { mni: 2 }, 'unknown param "mni" (postmortem-contributing-factors takes min)'],
  ])('%s with %j → %s', (name, params, problem) => {
    expect(checkParamsProblem(name, params)).toBe(problem);
  });

  it.each([
    ['postmortem-contributing-factors', { min: 0 }, /^min: /],
    ['postmortem-action-items', { types: ['fix'] }, /^types\.0: /],
    ['postmortem-action-items', { types: [] }, /^types: /],
    ['postmortem-blameless', { met_when: 'sometimes' }, /^met_when: /],
  ])('%s with %j is refused with the param named', (name, params, problem) => {
    expect(checkParamsProblem(name, params)).toMatch(problem);
  });

  const truth = testScenario({ postmortem: TRUTH }).doc.postmortem;
  it.each([
    ['postmortem-root-cause', {}, undefined, /add a postmortem: section/],
    ['postmortem-contributing-factors', {}, undefined, /add a postmortem: section/],
    ['postmortem-contributing-factors', { min: 4 }, truth, /^min 4 is more than the 3 contributing factors/],
    ['postmortem-contributing-factors', { min: 3 }, truth, undefined],
    ['postmortem-contributing-factors', {}, { ...truth!, contributing_factors: [] }, /needs postmortem.contributing_factors/],
    ['postmortem-root-cause', {}, truth, undefined],
    ['postmortem-blameless', {}, undefined, undefined],
    ['postmortem-action-items', {}, undefined, undefined],
  ])('%s with %j is reachable or says why not', (name, params, postmortem, problem) => {
    const found = unreachableProblem(name, params, {}, { postmortem });
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });

  it('does not judge postmortem checks when the caller passes no scenario truth at all', () => {
    expect(unreachableProblem('postmortem-root-cause', {}, {})).toBeUndefined();
  });
});
