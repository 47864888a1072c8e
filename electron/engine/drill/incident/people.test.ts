import { describe, expect, it } from 'vitest';
import { incidentSchema } from '../../scenario/incident-schema';
import type { SimMillis } from '../../sim/clock';
import type { AnchorTimes, PeopleFacts } from './people';
import { allAnswered, cancelledBy, dueEntries, followUpDueAt, scriptDueAt, speakerOf } from './people';
import type { Question } from './types';

const MIN = 60_000;
const ms = (n: number) => n as SimMillis;

/** A spec with the default team and stakeholders and the given script entries (defaults applied by the schema). */
function specWith(script: unknown[]) {
  return incidentSchema.parse({ script });
}

function entry(when: unknown, extra: Record<string, unknown> = {}) {
  return specWith([{ id: 'e', from: 'vp', text: 'Any news?', when, ...extra }]).script[0]!;
}

const question = (id: string, from: string, answeredAt?: number): Question => ({
  id,
  from,
  channel: 'stakeholders',
  askedAt: ms(0),
  ...(answeredAt !== undefined ? { answeredAt: ms(answeredAt) } : {}),
});

describe('when a scripted message is due', () => {
  const anchors: AnchorTimes = { 'drill.start': ms(0), 'alert.fired': ms(3 * MIN), 'incident.declared': ms(4 * MIN) };
  it.each([
    ['at a sim time', { at: '10m' }, undefined, 10 * MIN],
    ['after the first alert plus a delay', { after: 'alert.fired', delay: '2m' }, undefined, 5 * MIN],
    ['after an anchor with the default delay of 0s', { after: 'incident.declared' }, undefined, 4 * MIN],
    ['after an anchor that has not happened', { after: 'incident.resolved', delay: '1m' }, undefined, undefined],
    ['no update for 10m, none yet: counted from the first alert', { no_update_for: '10m' }, undefined, 13 * MIN],
    ['no update for 10m since the update at 7m', { no_update_for: '10m' }, 7 * MIN, 17 * MIN],
  ])('%s', (_name, when, lastUpdateAt, expected) => {
    expect(scriptDueAt(entry(when), anchors, lastUpdateAt === undefined ? undefined : ms(lastUpdateAt))).toBe(expected);
  });

  it('no_update_for waits while no alert has fired and no update was posted (nobody is waiting for news yet)', () => {
    expect(scriptDueAt(entry({ no_update_for: '1m' }), { 'drill.start': ms(0) }, undefined)).toBeUndefined();
  });

  it('lists due entries in script order and skips the ones already done', () => {
    const spec = specWith([
      { id: 'late', from: 'vp', text: 'a', when: { at: '9m' } },
      { id: 'early', from: 'vp', text: 'b', when: { at: '1m' } },
      { id: 'done', from: 'vp', text: 'c', when: { at: '1m' } },
      { id: 'future', from: 'vp', text: 'd', when: { at: '11m' } },
    ]);
    const due = dueEntries(spec.script, new Set(['done']), {}, undefined, ms(10 * MIN));
    expect(due.map((e) => e.id)).toEqual(['late', 'early']);
  });
});

describe('unless', () => {
  const none: PeopleFacts = { declared: false, updated: false, resolved: false, acknowledged: false, questions: [] };
  it.each([
    ['declared', { declared: true }, 'declared'],
    ['updated', { updated: true }, 'updated'],
    ['resolved', { resolved: true }, 'resolved'],
    ['acknowledged', { acknowledged: true }, 'acknowledged'],
    ['declared', {}, undefined],
  ])('unless [%s] with %o → %s', (condition, facts, expected) => {
    expect(cancelledBy(entry({ at: '1m' }, { unless: [condition] }), { ...none, ...facts })).toBe(expected);
  });

  it('names the first condition that holds, in the order written', () => {
    const e = entry({ at: '1m' }, { unless: ['resolved', 'declared', 'updated'] });
    expect(cancelledBy(e, { ...none, declared: true, updated: true })).toBe('declared');
  });

  it('answered: all of that person’s earlier questions are answered, and there was at least one', () => {
    expect(allAnswered([], 'vp')).toBe(false);
    expect(allAnswered([question('m1', 'vp', 5), question('m2', 'support-lead')], 'vp')).toBe(true);
    expect(allAnswered([question('m1', 'vp', 5), question('m3', 'vp')], 'vp')).toBe(false);
    const e = entry({ at: '1m' }, { unless: ['answered'] });
    expect(cancelledBy(e, { ...none, questions: [question('m1', 'vp', 5)] })).toBe('answered');
    expect(cancelledBy(e, { ...none, questions: [question('m1', 'support-lead', 5)] })).toBeUndefined();
  });
});

describe('who speaks where', () => {
  const spec = specWith([
    { id: 'a', from: 'vp', text: 'x', when: { at: '1m' } },
    { id: 'b', from: 'priya', text: 'x', when: { at: '1m' } },
    { id: 'c', from: 'priya', channel: 'stakeholders', text: 'x', when: { at: '1m' } },
    { id: 'd', from: 'vp', channel: 'incident', text: 'x', when: { at: '1m' } },
  ]);
  it.each([
    ['a stakeholder in the stakeholder channel', 0, { kind: 'stakeholder', id: 'vp', name: 'Ruth Klein' }, 'stakeholders'],
    ['a teammate in the incident channel', 1, { kind: 'teammate', id: 'priya', name: 'Priya Shah' }, 'incident'],
    ['a teammate where the script says', 2, { kind: 'teammate', id: 'priya', name: 'Priya Shah' }, 'stakeholders'],
    ['a stakeholder where the script says', 3, { kind: 'stakeholder', id: 'vp', name: 'Ruth Klein' }, 'incident'],
  ])('%s', (_name, index, author, channel) => {
    expect(speakerOf(spec, spec.script[index]!)).toEqual({ author, channel });
  });

  it('a follow-up is due its delay after the question was asked', () => {
    const e = entry({ at: '1m' }, { question: true, follow_up: { after: '3m', text: 'Hello?' } });
    expect(followUpDueAt(e, ms(2 * MIN))).toBe(5 * MIN);
    expect(followUpDueAt(entry({ at: '1m' }), ms(2 * MIN))).toBeUndefined();
  });
});
