import { describe, expect, it } from 'vitest';
import { spoken } from './phrasing';
import { ContextBuilder } from './context-test-support';
import { checkParamsProblem, COMMUNICATION_CHECKS, evaluateCheck, unreachableProblem } from './index';

describe('check names and params', () => {
  it('names the six checks of CONVENTIONS.md §6, then the four postmortem checks', () => {
    expect(COMMUNICATION_CHECKS).toEqual([
      'initial-report', 'update-cadence', 'stakeholders-answered', 'resolution-message', 'severity-matches', 'delegation',
      'postmortem-root-cause', 'postmortem-contributing-factors', 'postmortem-blameless', 'postmortem-action-items',
    ]);
  });

  it.each([
    ['initial-report', undefined, undefined],
    ['initial-report', { within: '5m' }, undefined],
    ['update-cadence', { every: '20m', grace: '2m' }, undefined],
    ['severity-matches', { severity: 'SEV1', exact: true }, undefined],
    ['delegation', { count: 2 }, undefined],
    ['initial-report', { within: 'soon' }, 'within: not a duration (expected e.g. "90s", "5m", "1h")'],
    ['stakeholders-answered', { within: '5 minutes' }, 'within: not a duration (expected e.g. "90s", "5m", "1h")'],
    ['initial-report', { windo: '5m' }, 'unknown param "windo" (initial-report takes within)'],
    ['resolution-message', { strict: true }, 'unknown param "strict" (resolution-message takes no params)'],
    ['nope', {}, 'unknown check "nope" (known: initial-report, update-cadence, stakeholders-answered, resolution-message, severity-matches, delegation, postmortem-root-cause, postmortem-contributing-factors, postmortem-blameless, postmortem-action-items)'],
  ])('%s with %j → %s', (name, params, problem) => {
    expect(checkParamsProblem(name, params)).toBe(problem);
  });

  it.each([
    ['severity-matches', { severity: 'SEV9' }, /^severity: /],
    ['delegation', { count: 0 }, /^count: /],
    ['delegation', { count: 1.5 }, /^count: /],
    ['severity-matches', { exact: 'yes' }, /^exact: /],
    ['delegation', 'twice', /./],
  ])('%s with %j is refused with the param named', (name, params, problem) => {
    expect(checkParamsProblem(name, params)).toMatch(problem);
  });

  it('evaluates an unknown check or bad params as unmet with the reason, never throwing', () => {
    const context = new ContextBuilder().build(0);
    expect(evaluateCheck('nope', undefined, context)).toEqual({ met: false, evidence: [], details: [checkParamsProblem('nope', undefined)] });
    expect(evaluateCheck('initial-report', { within: 'soon' }, context)).toEqual({
      met: false,
      evidence: [],
      details: ['initial-report: within: not a duration (expected e.g. "90s", "5m", "1h")'],
    });
  });
});

describe('spans in detail lines', () => {
  it.each([
    [0, '0 s'],
    [1_499, '1 s'],
    [58_000, '58 s'],
    [60_000, '1 min'],
    [252_000, '4 min 12 s'],
    [3_600_000, '1 h'],
    [3_900_000, '1 h 5 min'],
  ])('%i ms is "%s"', (ms, text) => {
    expect(spoken(ms)).toBe(text);
  });
});

describe('unreachable checks', () => {
  it('refuses severity-matches when neither the scenario nor the params name a severity', () => {
    expect(unreachableProblem('severity-matches', undefined, {})).toBe(
      'severity-matches needs the severity the incident warrants: set incident.severity in the scenario, or params.severity',
    );
    expect(unreachableProblem('severity-matches', { severity: 'SEV3' }, {})).toBeUndefined();
    expect(unreachableProblem('severity-matches', undefined, { severity: 'SEV2' })).toBeUndefined();
  });

  it('finds every other check reachable in any scenario', () => {
    for (const name of COMMUNICATION_CHECKS.filter((n) => n !== 'severity-matches')) expect(unreachableProblem(name, undefined, {})).toBeUndefined();
  });
});
