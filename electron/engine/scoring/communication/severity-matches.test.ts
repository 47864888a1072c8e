import { describe, expect, it } from 'vitest';
import type { ContextBuilder as Builder } from './context-test-support';
import { ContextBuilder, MINUTE, SECOND } from './context-test-support';
import { evaluateCheck } from './index';

const DECLARED = 3 * MINUTE + 25 * SECOND; // 10:03:25 UTC
const begin = () => new ContextBuilder().alert(3 * MINUTE);

const cases: { name: string; build: () => Builder; params?: object; met: boolean; evidence: number[]; details: string[] }[] = [
  {
    name: 'the same severity as the scenario',
    build: () => begin().declare(DECLARED, 'SEV2'),
    met: true,
    evidence: [1],
    details: ["declared SEV2 at 10:03:25 UTC: matches the incident's SEV2 ✓"],
  },
  {
    name: 'one level higher',
    build: () => begin().declare(DECLARED, 'SEV1'),
    met: true,
    evidence: [1],
    details: ["declared SEV1 at 10:03:25 UTC: one level higher than the incident's SEV2, acceptable when unsure ✓"],
  },
  {
    name: 'one level higher when the rubric asks for the exact level',
    build: () => begin().declare(DECLARED, 'SEV1'),
    params: { exact: true },
    met: false,
    evidence: [1],
    details: ["declared SEV1 at 10:03:25 UTC: higher than the incident's SEV2; this rubric asks for the exact severity"],
  },
  {
    name: 'lower than the scenario',
    build: () => begin().declare(DECLARED, 'SEV3'),
    met: false,
    evidence: [1],
    details: ["declared SEV3 at 10:03:25 UTC: lower than the incident's SEV2"],
  },
  {
    name: 'two levels higher than a truth given in the params',
    build: () => begin().declare(DECLARED, 'SEV1'),
    params: { severity: 'SEV3' },
    met: false,
    evidence: [1],
    details: ["declared SEV1 at 10:03:25 UTC: 2 levels higher than the incident's SEV3 (one level higher is the most that is acceptable)"],
  },
  {
    name: 'declared too low, then corrected: the declaration still counts',
    build: () => begin().declare(DECLARED, 'SEV3').severity(5 * MINUTE, 'SEV2'),
    met: false,
    evidence: [1, 2],
    details: ["declared SEV3 at 10:03:25 UTC: lower than the incident's SEV2", "changed to SEV2 at 10:05:00 UTC: matches the incident's SEV2 ✓"],
  },
  {
    name: 'several changes: the last one is judged',
    build: () => begin().declare(DECLARED, 'SEV2').severity(5 * MINUTE, 'SEV3').severity(6 * MINUTE, 'SEV1'),
    met: true,
    evidence: [1, 3],
    details: ["declared SEV2 at 10:03:25 UTC: matches the incident's SEV2 ✓", "changed 2 times, last to SEV1 at 10:06:00 UTC: one level higher than the incident's SEV2, acceptable when unsure ✓"],
  },
  {
    name: 'lowered after a correct declaration',
    build: () => begin().declare(DECLARED, 'SEV2').severity(5 * MINUTE, 'SEV4'),
    met: false,
    evidence: [1, 2],
    details: ["declared SEV2 at 10:03:25 UTC: matches the incident's SEV2 ✓", "changed to SEV4 at 10:05:00 UTC: lower than the incident's SEV2"],
  },
  {
    name: 'never declared',
    build: () => begin(),
    met: false,
    evidence: [],
    details: ['the incident was never declared, so it had no severity (this one is SEV2)'],
  },
  {
    name: 'a scenario that names no severity',
    build: () => begin().withIncident({ severity: undefined }).declare(DECLARED, 'SEV2'),
    met: false,
    evidence: [],
    details: ['the scenario names no incident severity to compare with'],
  },
];

describe('severity-matches', () => {
  it.each(cases)('$name', ({ build, params, met, evidence, details }) => {
    expect(evaluateCheck('severity-matches', params, build().build(15 * MINUTE))).toEqual({ met, evidence, details });
  });
});
