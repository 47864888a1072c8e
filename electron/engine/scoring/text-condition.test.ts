import { describe, expect, it } from 'vitest';
import type { TextCondition } from '../scenario/rubric-schema';
import { evaluateTextCondition } from './text-condition';
import { containsPhrase } from './text-match';
import { criterionWith, eventLog, syntheticContext } from './test-support';

describe('containsPhrase', () => {
  it.each([
    ['Impact: checkout is down', 'impact', true],
    ['we were impacted', 'impact', false],
    ['CUSTOMERS cannot pay', 'customers', true],
    ['next update in  15\nminutes', 'next update', true],
    ['nextupdate soon', 'next update', false],
    ['p99 is 2s', 'p99', true],
    ['the 5xx rate (HTTP 5xx)', '5xx', true],
    ['error rate of 3.5%', 'rate', true],
    ['what about ops?', 'ops?', true],
    ['naïve users', 'users', true],
    ['naïveusers', 'users', false],
  ])('%j contains %j: %s', (text, phrase, expected) => {
    expect(containsPhrase(text, phrase)).toBe(expected);
  });
});

/** Updates and chat at fixed times; the fault is at 2m, the alert at 3m15s (test-support HISTORY). */
const LOG = eventLog(
  [200_000, 'chat.post', { channel: 'stakeholders', text: 'Looking into the p99 regression on the k8s ingress' }], // 1
  [230_000, 'incident.update', { update: { kind: 'initial', impact: 'Checkout is slow', actions: 'investigating', nextUpdateIn: '' } }], // 2
  [260_000, 'incident.update', { update: { kind: 'update', impact: 'Customers cannot pay at checkout', actions: 'rolling back', nextUpdateIn: '15m' } }], // 3
  [290_000, 'chat.post', { channel: 'stakeholders', text: 'Customers cannot pay; the p99 latency is 4s' }], // 4
);

const IMPACT = [['customers', 'users', 'shoppers'], ['pay', 'checkout', 'orders']];

type Row = { name: string; when: Record<string, unknown>; points?: number; met: boolean; evidence: number[]; details?: string[] };

const rows: Row[] = [
  { name: 'the first update naming who and what is affected', when: { text: { event: 'incident.update', field: 'update.impact', require: IMPACT } }, met: true, evidence: [3], details: ['the incident.update at 10:04:20 UTC mentioned "customers", "pay"'] },
  { name: 'any message naming the impact (chat counts too, the first wins)', when: { text: { event: ['incident.update', 'chat.post'], require: IMPACT } }, met: true, evidence: [3] },
  { name: 'a reward is not met by text with a forbidden phrase', when: { text: { event: 'chat.post', require: IMPACT, forbid: ['p99', 'k8s'] } }, met: false, evidence: [], details: ['the chat.post at 10:04:50 UTC said "p99"'] },
  { name: 'a missing synonym group is named', when: { text: { event: 'incident.update', field: 'update.impact', require: [['customers', 'users'], ['since', 'from']] } }, met: false, evidence: [], details: ['the incident.update at 10:04:20 UTC mentioned none of "since", "from"'] },
  { name: 'a field that is empty never matches', when: { text: { event: 'incident.update', field: 'update.nextUpdateIn', require: [['15m', '15 minutes']] }, before: { event: 'incident.update', match: 'rolling back' } }, met: false, evidence: [], details: ['the incident.update at 10:03:50 UTC mentioned none of "15m", "15 minutes"'] },
  { name: 'a window with no candidate says so', when: { text: { event: 'incident.update', require: IMPACT }, after: 'alert.fired', within: '10s' }, met: false, evidence: [], details: ['no incident.update after alert.fired within 10s'] },
  { name: 'within from the alert (3m15s → the update at 4m20s is 65s later)', when: { text: { event: 'incident.update', require: IMPACT }, after: 'alert.fired', within: '65s' }, met: true, evidence: [3] },
  // Penalties: forbid is what earns them, and every message that used jargon is cited.
  { name: 'jargon to stakeholders', when: { text: { event: 'chat.post', forbid: ['p99', 'k8s', 'ingress'] } }, points: -5, met: true, evidence: [1, 4], details: ['the chat.post at 10:03:20 UTC said "p99", "k8s", "ingress"', 'the chat.post at 10:04:50 UTC said "p99"'] },
  { name: 'jargon only in messages that also state impact', when: { text: { event: 'chat.post', require: IMPACT, forbid: ['p99'] } }, points: -5, met: true, evidence: [4] },
  { name: 'no jargon: no penalty', when: { text: { event: 'incident.update', forbid: ['p99', 'k8s'] } }, points: -5, met: false, evidence: [], details: [] },
  { name: 'a penalty with only require is incurred by each message meeting it', when: { text: { event: ['chat.post', 'incident.update'], require: [['slow']] } }, points: -5, met: true, evidence: [2] },
];

describe('text conditions', () => {
  it.each(rows)('$name', ({ when, points, met, evidence, details }) => {
    const context = syntheticContext([criterionWith(when, points)], LOG);
    const outcome = evaluateTextCondition(context.scenario.doc.rubric[0]!.when as TextCondition, (points ?? 10) < 0, context);
    expect(outcome.met).toBe(met);
    expect(outcome.evidence).toEqual(evidence);
    if (details) expect(outcome.details).toEqual(details);
  });
});
