import { describe, expect, it } from 'vitest';
import type { ContextBuilder as Builder } from './context-test-support';
import { ContextBuilder, fullUpdate, MINUTE, SECOND } from './context-test-support';
import { evaluateCheck } from './index';

const TICKETS = 'Support here: a dozen tickets in the last few minutes about payments failing at checkout.';
const begin = () => new ContextBuilder().alert(3 * MINUTE);

const cases: { name: string; build: () => Builder; params?: object; met: boolean; evidence: number[]; details: string[] }[] = [
  {
    name: 'a reply 45 s later',
    build: () => begin().question(5 * MINUTE, 'support-lead', 'Is this known?').chat(5 * MINUTE + 45 * SECOND, 'Yes, we are rolling back.', 'stakeholders'),
    met: true,
    evidence: [1],
    details: ['Jo Park (Support lead) asked at 10:05:00 UTC ("Is this known?"): answered after 45 s'],
  },
  {
    name: 'answered by an update 6 min later',
    build: () => begin().question(5 * MINUTE, 'vp', 'What is the status?').update(11 * MINUTE, fullUpdate()),
    met: false,
    evidence: [1],
    details: ['Ruth Klein (VP Engineering) asked at 10:05:00 UTC ("What is the status?"): answered after 6 min, longer than 5m'],
  },
  {
    name: 'the same wait within a 10m allowance',
    build: () => begin().question(5 * MINUTE, 'vp', 'What is the status?').update(11 * MINUTE, fullUpdate()),
    params: { within: '10m' },
    met: true,
    evidence: [1],
    details: ['Ruth Klein (VP Engineering) asked at 10:05:00 UTC ("What is the status?"): answered after 6 min'],
  },
  {
    name: 'a long question quoted in part, never answered',
    build: () => begin().question(5 * MINUTE, 'support-lead', TICKETS),
    met: false,
    evidence: [],
    details: ['Jo Park (Support lead) asked at 10:05:00 UTC ("Support here: a dozen tickets in the last few minutes about…"): never answered (waited 10 min until the drill ended)'],
  },
  {
    name: 'a question asked 2 min before the end is listed but not counted',
    build: () => begin().question(5 * MINUTE, 'support-lead', 'Is this known?').chat(6 * MINUTE, 'Yes.', 'stakeholders').question(13 * MINUTE, 'product-owner', 'Hold the promo?'),
    met: true,
    evidence: [1],
    details: [
      'Jo Park (Support lead) asked at 10:05:00 UTC ("Is this known?"): answered after 1 min',
      'Ana Costa (Checkout product owner) asked at 10:13:00 UTC ("Hold the promo?"): not answered when the drill ended 2 min later (not counted)',
    ],
  },
  {
    name: "a teammate's question in the incident channel, a message elsewhere does not answer it",
    build: () => begin().question(4 * MINUTE, 'marco', 'Want me to look at the deploy?', 'incident').chat(4 * MINUTE + 30 * SECOND, 'On it.', 'stakeholders').chat(7 * MINUTE, 'Yes please.'),
    met: true,
    evidence: [2],
    details: ['Marco Díaz (Checkout engineer) asked at 10:04:00 UTC ("Want me to look at the deploy?"): answered after 3 min'],
  },
  {
    name: 'nobody asked anything: no points without an answer to credit',
    build: () => begin(),
    met: false,
    evidence: [],
    details: ['nobody asked a question before the drill ended: nothing to answer yet'],
  },
  {
    name: 'the only question came too late to count: still nothing answered',
    build: () => begin().question(13 * MINUTE, 'product-owner', 'Hold the promo?'),
    met: false,
    evidence: [],
    details: [
      'Ana Costa (Checkout product owner) asked at 10:13:00 UTC ("Hold the promo?"): not answered when the drill ended 2 min later (not counted)',
      'no question was answered before the drill ended',
    ],
  },
];

describe('stakeholders-answered', () => {
  it.each(cases)('$name', ({ build, params, met, evidence, details }) => {
    expect(evaluateCheck('stakeholders-answered', params, build().build(15 * MINUTE))).toEqual({ met, evidence, details });
  });
});
