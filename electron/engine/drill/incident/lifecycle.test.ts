import { beforeEach, describe, expect, it, vi } from 'vitest';
import { incidentSchema } from '../../scenario/incident-schema';
import type { SimMillis } from '../../sim/clock';
import { createRng } from '../../sim/rng';
import type { World } from '../../sim/world';
import type { Occurrence } from '../drill';
import type { IncidentAction } from './actions';
import type { PerformInput, PlanInput, WorldProbe } from './ports';
import { IncidentRoom } from './room';
import type { StructuredUpdate } from './types';
import { performTask, planTask } from './teammates';

/**
 * The room's lifecycle, scripted people, reminders and task timing, as timeline tables worked out by hand. The
 * teammates are stand-ins with fixed work times here (their real planning and findings are A2's and are exercised
 * with the real world in room.test.ts), so every due time below is exact.
 */
vi.mock('./teammates', () => ({
  planTask: vi.fn((input: PlanInput) => {
    if (input.text.includes('dance')) return { kind: 'unclear', reply: 'Sorry, what should I check?', declined: true, workMs: 0 };
    if (input.text.includes('update')) return { kind: 'post-update', reply: 'Drafting it.', declined: false, workMs: 60_000 };
    return { kind: 'check-database', target: 'orders-db', reply: 'On it.', declined: false, workMs: 180_000 };
  }),
  performTask: vi.fn((input: PerformInput) => {
    if (input.task.kind !== 'post-update') return { text: `Found for ${input.task.text}`, queries: ['pg_up'] };
    const update: StructuredUpdate = { kind: 'update', impact: 'Checkout errors', severity: 'SEV2', status: 'identified', actions: 'Rolling back', nextUpdateIn: '10m', text: '' };
    return { text: 'Posted the update.', queries: [], update, channels: ['stakeholders'] };
  }),
}));

const SEC = 1000;
const MIN = 60 * SEC;
const SEED = 7;

type Scripted = { at: number; action?: IncidentAction; occurrence?: [Occurrence['kind'], string]; acknowledge?: true };

function roomWith(incident: Record<string, unknown> = {}): IncidentRoom {
  const spec = incidentSchema.parse({ initial_report_within: '5m', hints: ['Look at deploys.'], ...incident });
  return new IncidentRoom({ spec, seed: SEED, learner: 'you', services: ['checkout', 'payments'], world: {} as World });
}

const probe = vi.fn(() => ({}) as WorldProbe);

/** Drives the room as the Drill does: at each 1 s tick, the step (with that tick's occurrences), then the actions. */
function drive(room: IncidentRoom, script: Scripted[], until: number): void {
  for (let t = 0; t <= until; t += SEC) {
    const now = t as SimMillis;
    const occurrences = script.filter((s) => s.at === t && s.occurrence).map((s) => ({ kind: s.occurrence![0], name: s.occurrence![1], at: now }));
    room.step(now, occurrences, probe);
    for (const s of script.filter((x) => x.at === t)) {
      if (s.action) room.apply(s.action, now);
      if (s.acknowledge) room.noteAcknowledged(now);
    }
  }
}

const declare = (severity: 'SEV1' | 'SEV2' | 'SEV3' = 'SEV2'): IncidentAction => ({
  type: 'incident.declare',
  title: 'Checkout down',
  severity,
  impact: 'Customers cannot pay',
  services: ['checkout'],
  via: 'form',
});

const update = (nextUpdateIn: string, kind: StructuredUpdate['kind'] = 'update'): StructuredUpdate => ({
  kind,
  impact: 'Payments fail for most customers',
  severity: 'SEV2',
  status: 'investigating',
  actions: 'Checking the last deploy',
  nextUpdateIn,
  text: '',
});

const post = (channel: 'incident' | 'stakeholders', text: string, replyTo?: string): IncidentAction => ({ type: 'chat.post', channel, text, ...(replyTo ? { replyTo } : {}) });

/** The messages as rows a reader can compare with the table: id, second, channel, kind, author, text. */
function rows(room: IncidentRoom) {
  return room.snapshot().messages.map((m) => [m.id, m.at / SEC, m.channel, m.kind, m.author.name, m.text]);
}

beforeEach(() => {
  vi.mocked(planTask).mockClear();
  vi.mocked(performTask).mockClear();
  probe.mockClear();
});

describe('declaring and the lifecycle', () => {
  it('refuses severity, status and updates before a declaration, and a second declaration', () => {
    const room = roomWith();
    expect(room.check({ type: 'incident.severity', severity: 'SEV1', reason: '', via: 'command' })).toBe('Declare the incident first (/declare)');
    expect(room.check({ type: 'incident.status', status: 'identified', note: '', via: 'command' })).toBe('Declare the incident first (/declare)');
    expect(room.check({ type: 'incident.update', channels: ['incident'], update: update('15m'), via: 'form' })).toBe('Declare the incident first (/declare)');
    room.apply(declare(), (60 * SEC) as SimMillis);
    expect(room.check(declare('SEV1'))).toBe('The incident is already declared (SEV2 "Checkout down"); use /sev or /status to change it');
    expect(room.check({ type: 'incident.severity', severity: 'SEV2', reason: '', via: 'command' })).toBe('Severity is already SEV2');
    expect(room.check({ type: 'incident.status', status: 'investigating', note: '', via: 'command' })).toBe('Status is already investigating');
  });

  it('posts the declaration, severity and status changes in the incident channel; status may go back', () => {
    const room = roomWith();
    drive(
      room,
      [
        { at: 60 * SEC, action: declare('SEV3') },
        { at: 90 * SEC, action: { type: 'incident.severity', severity: 'SEV2', reason: 'most payments fail', via: 'command' } },
        { at: 120 * SEC, action: { type: 'incident.status', status: 'identified', note: 'bad deploy v2.3.1', via: 'command' } },
        { at: 150 * SEC, action: { type: 'incident.status', status: 'monitoring', note: '', via: 'form' } },
        { at: 160 * SEC, action: { type: 'incident.status', status: 'identified', note: 'errors are back', via: 'form' } },
      ],
      170 * SEC,
    );
    expect(rows(room)).toEqual([
      ['m1', 60, 'incident', 'system', 'Firedrill', 'SEV3 declared by you: Checkout down. Incident commander: you.\nImpact: Customers cannot pay\nServices: checkout'],
      ['m2', 90, 'incident', 'status', 'Firedrill', 'Severity changed from SEV3 to SEV2 by you: most payments fail'],
      ['m3', 120, 'incident', 'status', 'Firedrill', 'Status changed from Investigating to Identified by you: bad deploy v2.3.1'],
      ['m4', 150, 'incident', 'status', 'Firedrill', 'Status changed from Identified to Monitoring by you.'],
      ['m5', 160, 'incident', 'status', 'Firedrill', 'Status changed from Monitoring to Identified by you: errors are back'],
    ]);
    expect(room.summary()).toMatchObject({ declared: true, title: 'Checkout down', severity: 'SEV2', status: 'identified', declaredAt: 60 * SEC, roles: { ic: 'you' } });
  });

  it('after resolution refuses lifecycle changes but keeps chat, notes, the checklist and hints', () => {
    const room = roomWith();
    room.apply(declare(), (60 * SEC) as SimMillis);
    const outcome = room.apply({ type: 'incident.resolve', summary: 'rolled back' }, (600 * SEC) as SimMillis);
    expect(outcome).toEqual({ type: 'incident.resolve', messages: ['m2'], status: 'resolved' });
    const refused: IncidentAction[] = [
      declare(),
      { type: 'incident.severity', severity: 'SEV1', reason: '', via: 'form' },
      { type: 'incident.status', status: 'monitoring', note: '', via: 'form' },
      { type: 'incident.assign', teammate: 'priya', role: 'ops', task: '', via: 'form', quality: { namedPerson: true, namedTask: false, namedTime: false } },
      { type: 'incident.update', channels: ['incident'], update: update('15m'), via: 'form' },
    ];
    expect(refused.map((a) => room.check(a))).toEqual(Array(5).fill('The incident is resolved'));
    expect(room.check({ type: 'incident.resolve', summary: 'again' })).toBe('The incident is already resolved');
    // Applied anyway (a path that skipped the check), a refused action changes nothing.
    expect(room.apply({ type: 'incident.resolve', summary: 'again' }, (700 * SEC) as SimMillis)).toEqual({ type: 'incident.resolve', messages: [], status: 'resolved' });
    const allowed: IncidentAction[] = [
      post('incident', 'thanks all'),
      { type: 'incident.note', text: 'rollback fixed it' },
      { type: 'checklist.toggle', step: 'verify', done: true },
      { type: 'hint.request' },
      { type: 'statuspage.update', components: [], draft: 'Resolved', publish: true },
    ];
    expect(allowed.map((a) => room.check(a))).toEqual(Array(5).fill(undefined));
    expect(room.snapshot()).toMatchObject({ status: 'resolved', resolvedAt: 600 * SEC, summary: 'rolled back' });
    expect(room.snapshot().messages[1]).toMatchObject({ channel: 'incident', kind: 'status', text: 'Incident resolved by you: rolled back' });
  });

  it('resolves an undeclared incident (older scenarios) and posts the resolution message to both channels', () => {
    const room = roomWith({ script: [{ id: 'q', from: 'vp', text: 'Is it fixed?', question: true, when: { at: '2m' } }] });
    drive(room, [{ at: 5 * MIN, action: { type: 'incident.resolve', summary: 'rolled back', update: { ...update('', 'resolution'), status: 'resolved', recoveryConfirmed: true, dataLoss: 'none' }, via: 'form' } }], 6 * MIN);
    const text = 'Resolution · SEV2 · Resolved\nImpact: Payments fail for most customers\nActions: Checking the last deploy\nRecovery confirmed.\nData loss: none';
    expect(rows(room)).toEqual([
      ['m1', 120, 'stakeholders', 'question', 'Ruth Klein', 'Is it fixed?'],
      ['m2', 300, 'incident', 'update', 'you', text],
      ['m3', 300, 'stakeholders', 'update', 'you', text],
    ]);
    // The resolution is an update: it answers the VP, and no update is due any more.
    expect(room.snapshot().questions).toEqual([{ id: 'm1', from: 'vp', channel: 'stakeholders', askedAt: 120 * SEC, answeredAt: 300 * SEC, answer: 'm3' }]);
    expect(room.summary()).toMatchObject({ declared: false, status: 'resolved', lastUpdateAt: 300 * SEC, openQuestions: 0 });
    expect(room.summary().nextUpdateDueAt).toBeUndefined();
  });
});

describe('roles', () => {
  const assign = (teammate: string, role?: 'ops' | 'comms' | 'scribe'): IncidentAction => ({
    type: 'incident.assign',
    teammate,
    ...(role ? { role } : {}),
    task: '',
    via: 'form',
    quality: { namedPerson: true, namedTask: false, namedTime: false },
  });

  it('hands out a role once per person, hands it over explicitly, and names the team for an unknown teammate', () => {
    const room = roomWith();
    room.apply(assign('priya', 'ops'), (10 * SEC) as SimMillis);
    expect(room.check(assign('priya', 'ops'))).toBe('Priya Shah is already the operations lead');
    expect(room.check(assign('Priya', 'comms'))).toBe('Priya Shah is already the operations lead; a teammate holds one role at a time');
    expect(room.check(assign('zed', 'ops'))).toBe('No teammate named "zed"; the team is Priya Shah (priya), Marco Díaz (marco), Lee Okafor (lee)');
    expect(room.check(assign('lee'))).toBe('Give a role or a task');
    room.apply(assign('Marco', 'ops'), (20 * SEC) as SimMillis);
    room.apply(assign('Priya Shah', 'comms'), (30 * SEC) as SimMillis);
    expect(rows(room)).toEqual([
      ['m1', 10, 'incident', 'system', 'Firedrill', 'Priya Shah is now the operations lead (assigned by you).'],
      ['m2', 20, 'incident', 'system', 'Firedrill', 'Operations lead handed over from Priya Shah to Marco Díaz by you.'],
      ['m3', 30, 'incident', 'system', 'Firedrill', 'Priya Shah is now the communications lead (assigned by you).'],
    ]);
    expect(room.summary().roles).toEqual({ ic: 'you', ops: 'marco', comms: 'priya', scribe: undefined });
  });
});

describe('scripted people and their questions', () => {
  it('asks, follows up, and records how long each question waited (answered by a reply and by a plain message)', () => {
    const room = roomWith({
      script: [
        { id: 'offer', from: 'marco', when: { after: 'page.triggered', delay: '30s' }, text: 'Want me to look?' },
        { id: 'tickets', from: 'support-lead', when: { after: 'alert.fired', delay: '2m' }, text: 'Is this known?', question: true, follow_up: { after: '5m', text: 'Anyone?' } },
        { id: 'vp', from: 'vp', when: { no_update_for: '10m' }, unless: ['updated'], text: 'Status?', question: true },
      ],
    });
    drive(
      room,
      [
        { at: 60 * SEC, occurrence: ['alert.fired', 'CheckoutHighErrorRate'] },
        { at: 90 * SEC, occurrence: ['page.triggered', 'p1'] },
        { at: 700 * SEC, action: post('stakeholders', 'Yes, we are on it.', 'm5') },
        { at: 720 * SEC, action: post('stakeholders', 'Working on a rollback.') },
        { at: 730 * SEC, action: post('stakeholders', 'Nothing waits for this one.') },
      ],
      730 * SEC,
    );
    // Alert at 60 s; Marco 30 s after the page (90 s); support 2 m after the alert (180 s); the initial report was
    // due 5 m after the alert (360 s) and the reminder follows the tick after; support asks again 5 m after asking
    // (480 s); the VP asks 10 m after the first alert with no update (660 s).
    expect(rows(room)).toEqual([
      ['m1', 60, 'incident', 'alert', 'CheckoutHighErrorRate', 'FIRING: CheckoutHighErrorRate'],
      ['m2', 120, 'incident', 'chat', 'Marco Díaz', 'Want me to look?'],
      ['m3', 180, 'stakeholders', 'question', 'Jo Park', 'Is this known?'],
      ['m4', 361, 'incident', 'reminder', 'Firedrill', 'Update due: no update yet, 5 min after the first alert; the initial report is due within 5m. Declare the incident (/declare) and post it.'],
      ['m5', 480, 'stakeholders', 'question', 'Jo Park', 'Anyone?'],
      ['m6', 660, 'stakeholders', 'question', 'Ruth Klein', 'Status?'],
      ['m7', 700, 'stakeholders', 'answer', 'you', 'Yes, we are on it.'],
      ['m8', 720, 'stakeholders', 'answer', 'you', 'Working on a rollback.'],
      ['m9', 730, 'stakeholders', 'chat', 'you', 'Nothing waits for this one.'],
    ]);
    // Replying to the follow-up answers the question it repeats; the plain message answers the oldest open one.
    expect(room.snapshot().questions).toEqual([
      { id: 'm3', from: 'support-lead', channel: 'stakeholders', askedAt: 180 * SEC, answeredAt: 700 * SEC, answer: 'm7' },
      { id: 'm6', from: 'vp', channel: 'stakeholders', askedAt: 660 * SEC, answeredAt: 720 * SEC, answer: 'm8' },
    ]);
    expect(room.snapshot().messages[6]!.replyTo).toBe('m3');
    expect(room.snapshot().firstAlertAt).toBe(60 * SEC);
  });

  it('refuses a reply to something that is not an open question, or in the other channel', () => {
    const room = roomWith({ script: [{ id: 'q', from: 'vp', when: { at: '1m' }, text: 'Status?', question: true }] });
    drive(room, [], 60 * SEC);
    expect(room.check(post('incident', 'x', 'm1'))).toBe('That question was asked in the stakeholders channel; answer it there');
    expect(room.check(post('stakeholders', 'x', 'm9'))).toBe('m9 is not an open question');
    room.apply(post('stakeholders', 'Rolling back now.', 'm1'), (70 * SEC) as SimMillis);
    expect(room.check(post('stakeholders', 'again', 'm1'))).toBe('m1 is not an open question');
  });

  it('an update answers every open question in its channels; `unless: updated` cancels the chase-up', () => {
    const room = roomWith({
      script: [
        { id: 'tickets', from: 'support-lead', when: { at: '3m' }, text: 'What do we tell customers?', question: true },
        { id: 'dba', from: 'priya', when: { at: '4m' }, text: 'Shall I page the DBA?', question: true },
        { id: 'vp', from: 'vp', when: { no_update_for: '10m' }, unless: ['updated'], text: 'Status?', question: true },
      ],
    });
    drive(
      room,
      [
        { at: 60 * SEC, occurrence: ['alert.fired', 'HighErrors'] },
        { at: 120 * SEC, action: declare() },
        { at: 300 * SEC, action: { type: 'incident.update', channels: ['stakeholders', 'incident'], update: update('15m', 'initial'), via: 'form' } },
      ],
      20 * MIN,
    );
    const text = 'Initial report · SEV2 · Investigating\nImpact: Payments fail for most customers\nActions: Checking the last deploy\nNext update in 15m.';
    expect(rows(room).slice(2)).toEqual([
      ['m3', 180, 'stakeholders', 'question', 'Jo Park', 'What do we tell customers?'],
      ['m4', 240, 'incident', 'question', 'Priya Shah', 'Shall I page the DBA?'],
      ['m5', 300, 'incident', 'update', 'you', text],
      ['m6', 300, 'stakeholders', 'update', 'you', text],
      // The VP's message was due at 900 s (10 m after the update) and was cancelled: an update had been posted.
    ]);
    expect(room.snapshot().questions.map((q) => [q.id, q.answeredAt, q.answer])).toEqual([
      ['m3', 300 * SEC, 'm6'],
      ['m4', 300 * SEC, 'm5'],
    ]);
  });

  it('`no_update_for` counts again from the last update, and fires when updates stop', () => {
    const room = roomWith({ script: [{ id: 'vp', from: 'vp', when: { no_update_for: '10m' }, text: 'Status?' }] });
    drive(
      room,
      [
        { at: 60 * SEC, occurrence: ['alert.fired', 'HighErrors'] },
        { at: 120 * SEC, action: declare() },
        { at: 240 * SEC, action: { type: 'incident.update', channels: ['incident'], update: update('30m'), via: 'form' } },
      ],
      15 * MIN,
    );
    const vp = room.snapshot().messages.filter((m) => m.author.name === 'Ruth Klein');
    expect(vp.map((m) => [m.at, m.channel, m.kind])).toEqual([[840 * SEC, 'stakeholders', 'chat']]);
  });

  it('`unless: acknowledged` holds once the Drill says an alert or page was acknowledged', () => {
    const script = [{ id: 'chase', from: 'marco', when: { after: 'page.triggered', delay: '5m' }, unless: ['acknowledged'], text: 'Is anyone on this page?' }];
    const page: Scripted = { at: 30 * SEC, occurrence: ['page.triggered', 'p1'] };
    const quiet = roomWith({ script });
    drive(quiet, [page, { at: 200 * SEC, acknowledge: true }], 6 * MIN);
    const chased = roomWith({ script });
    drive(chased, [page], 6 * MIN);
    expect(quiet.snapshot().messages).toEqual([]);
    expect(rows(chased)).toEqual([['m1', 330, 'incident', 'chat', 'Marco Díaz', 'Is anyone on this page?']]);
  });

  it('a follow-up is not sent when the question was answered in time', () => {
    const room = roomWith({ script: [{ id: 'q', from: 'vp', when: { at: '1m' }, text: 'Status?', question: true, follow_up: { after: '2m', text: 'Hello?' } }] });
    drive(room, [{ at: 150 * SEC, action: post('stakeholders', 'Investigating a bad deploy.') }], 5 * MIN);
    expect(room.snapshot().messages.map((m) => m.text)).toEqual(['Status?', 'Investigating a bad deploy.']);
  });
});

describe('reminders', () => {
  it('one reminder per due time; the promised next-update time overrides the cadence', () => {
    const room = roomWith({ cadence: { SEV1: '10m', SEV2: '20m', SEV3: '30m', SEV4: '60m', SEV5: null } });
    drive(
      room,
      [
        { at: 60 * SEC, occurrence: ['alert.fired', 'HighErrors'] },
        { at: 120 * SEC, action: declare() },
        { at: 300 * SEC, action: { type: 'incident.update', channels: ['incident'], update: update('15m', 'initial'), via: 'form' } },
        { at: 1260 * SEC, action: { type: 'incident.update', channels: ['incident'], update: update(''), via: 'form' } },
      ],
      2500 * SEC,
    );
    // Initial report due 360 s (alert + 5m) — posted at 300 s, so no reminder. Promised 15m → due 1200 s (not the
    // cadence's 1500 s): one reminder at 1201 s. No promise at 1260 s → the SEV2 cadence, 20m → due 2460 s.
    const reminders = room.snapshot().messages.filter((m) => m.kind === 'reminder');
    expect(reminders.map((m) => [m.at / SEC, m.text])).toEqual([
      [1201, 'Update due: the last update was 15 min ago and promised the next in 15m.'],
      [2461, 'Update due: the last update was 20 min ago; SEV2 updates are due every 20m.'],
    ]);
    expect(room.summary().nextUpdateDueAt).toBe(2460 * SEC);
  });

  it('due times follow the clock: none before anything happens, the declaration when it comes first, none when resolved', () => {
    const room = roomWith();
    expect(room.summary().nextUpdateDueAt).toBeUndefined();
    room.apply(declare('SEV1'), (100 * SEC) as SimMillis);
    expect(room.summary().nextUpdateDueAt).toBe(400 * SEC);
    room.step((200 * SEC) as SimMillis, [{ kind: 'alert.fired', name: 'X', at: (200 * SEC) as SimMillis }], probe);
    expect(room.summary().nextUpdateDueAt).toBe(400 * SEC);
    room.apply({ type: 'incident.update', channels: ['incident'], update: update(''), via: 'form' }, (250 * SEC) as SimMillis);
    expect(room.summary().nextUpdateDueAt).toBe(250 * SEC + 10 * MIN);
    room.apply({ type: 'incident.resolve', summary: '' }, (260 * SEC) as SimMillis);
    expect(room.summary().nextUpdateDueAt).toBeUndefined();
  });

  it('a severity without a cadence (SEV5 by default) sets no due time after an update', () => {
    const room = roomWith();
    room.apply(declare(), 0 as SimMillis);
    room.apply({ type: 'incident.severity', severity: 'SEV5', reason: '', via: 'form' }, 0 as SimMillis);
    room.apply({ type: 'incident.update', channels: ['incident'], update: update(''), via: 'form' }, (60 * SEC) as SimMillis);
    expect(room.summary().nextUpdateDueAt).toBeUndefined();
  });
});

describe('delegated tasks (fixed work times)', () => {
  const assign = (teammate: string, task: string, extra: Partial<Extract<IncidentAction, { type: 'incident.assign' }>> = {}): IncidentAction => ({
    type: 'incident.assign',
    teammate,
    task,
    via: 'form',
    quality: { namedPerson: true, namedTask: true, namedTime: extra.reportIn !== undefined },
    ...extra,
  });

  it('acknowledges, checks in at the report-back time, and reports the finding when the work is done', () => {
    const room = roomWith();
    drive(room, [{ at: 100 * SEC, action: assign('priya', 'Check the database', { reportIn: '1m', role: 'ops' }) }], 300 * SEC);
    expect(rows(room)).toEqual([
      ['m1', 100, 'incident', 'system', 'Firedrill', 'Priya Shah is now the operations lead (assigned by you).'],
      ['m2', 100, 'incident', 'chat', 'you', 'Priya, please check the database. Report back in 1m.'],
      ['m3', 100, 'incident', 'ack', 'Priya Shah', 'On it.'],
      // 3 minutes of work → due at 280 s; the learner asked to hear back at 160 s, with 2 minutes left.
      ['m4', 160, 'incident', 'chat', 'Priya Shah', 'Still on it: check the database, about 2 min more.'],
      ['m5', 280, 'incident', 'finding', 'Priya Shah', 'Found for Check the database'],
    ]);
    expect(room.snapshot().messages[4]).toMatchObject({ task: 't1', queries: ['pg_up'] });
    expect(room.snapshot().tasks).toEqual([
      { id: 't1', teammate: 'priya', text: 'Check the database', kind: 'check-database', target: 'orders-db', assignedAt: 100 * SEC, reportBy: 160 * SEC, dueAt: 280 * SEC, state: 'done', reportedAt: 280 * SEC, finding: 'm5' },
    ]);
    // The plan saw the role just handed out and the task's own random stream; the finding was made once, on a probe.
    const plan = vi.mocked(planTask).mock.calls[0]![0];
    expect(plan.role).toBe('ops');
    expect(plan.rng.next()).toBe(createRng(SEED, 'task:t1').next());
    expect(vi.mocked(performTask)).toHaveBeenCalledTimes(1);
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it('posts a chat delegation as the learner wrote it, and a decline as a plain reply with no finding', () => {
    const room = roomWith();
    drive(
      room,
      [
        { at: 10 * SEC, action: assign('lee', 'look at checkout', { via: 'message', message: 'lee can you look at checkout' }) },
        { at: 20 * SEC, action: assign('marco', 'dance') },
      ],
      10 * MIN,
    );
    expect(rows(room).map((r) => r.slice(0, 6))).toEqual([
      ['m1', 10, 'incident', 'chat', 'you', 'lee can you look at checkout'],
      ['m2', 10, 'incident', 'ack', 'Lee Okafor', 'On it.'],
      ['m3', 20, 'incident', 'chat', 'you', 'Marco, please dance.'],
      ['m4', 20, 'incident', 'chat', 'Marco Díaz', 'Sorry, what should I check?'],
      ['m5', 190, 'incident', 'finding', 'Lee Okafor', 'Found for look at checkout'],
    ]);
    expect(room.snapshot().tasks.map((t) => [t.id, t.state])).toEqual([
      ['t1', 'done'],
      ['t2', 'declined'],
    ]);
  });

  it('a teammate’s update counts as an update: it is posted to its channels and moves the update clock', () => {
    const room = roomWith({ script: [{ id: 'q', from: 'vp', when: { at: '30s' }, text: 'Status?', question: true }] });
    drive(
      room,
      [
        { at: 10 * SEC, action: declare() },
        { at: 60 * SEC, action: assign('lee', 'post the next update', { role: 'comms' }) },
      ],
      3 * MIN,
    );
    const posted = room.snapshot().messages.filter((m) => m.kind === 'update');
    expect(posted.map((m) => [m.id, m.at / SEC, m.channel, m.author.name])).toEqual([['m7', 120, 'stakeholders', 'Lee Okafor']]);
    expect(room.summary()).toMatchObject({ lastUpdateAt: 120 * SEC, nextUpdateDueAt: 120 * SEC + 10 * MIN, openQuestions: 0 });
    expect(room.snapshot().questions[0]).toMatchObject({ answeredAt: 120 * SEC, answer: 'm7' });
  });
});
