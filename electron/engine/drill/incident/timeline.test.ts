import { describe, expect, it } from 'vitest';
import type { SimMillis } from '../../sim/clock';
import type { DrillEvent } from '../actions';
import type { Occurrence } from '../drill';
import { buildTimeline } from './timeline';
import type { Author, ChatMessage, IncidentSnapshot } from './types';

const SEC = 1000;
const at = (s: number) => (s * SEC) as SimMillis;

const you: Author = { kind: 'learner', name: 'you' };
const priya: Author = { kind: 'teammate', id: 'priya', name: 'Priya Shah' };
const system: Author = { kind: 'system', name: 'Firedrill' };

const events: DrillEvent[] = [
  { seq: 1, t: 0, type: 'drill.start', payload: { scenario: 'checkout-bad-deploy' } },
  { seq: 2, t: 30 * SEC, type: 'promql.query', payload: { expr: 'up' } },
  { seq: 3, t: 60 * SEC, type: 'terminal.exec', payload: { command: 'kubectl get pods -n shop' } },
  { seq: 4, t: 90 * SEC, type: 'incident.declare', payload: { title: 'Checkout errors', severity: 'SEV2', impact: 'Payments fail', services: ['checkout'], via: 'form' } },
  { seq: 5, t: 95 * SEC, type: 'chat.post', payload: { channel: 'incident', text: 'Looking at checkout' } },
  { seq: 6, t: 100 * SEC, type: 'incident.assign', payload: { teammate: 'priya', role: 'ops', task: 'check the database', reportIn: '5m', via: 'form' } },
  { seq: 7, t: 120 * SEC, type: 'hint.request', payload: {} },
  { seq: 8, t: 130 * SEC, type: 'alert.acknowledge', payload: { alert: 'CheckoutHighErrorRate' } },
  { seq: 9, t: 140 * SEC, type: 'silence.create', payload: { matchers: [{ name: 'alertname', value: 'X', isRegex: false, isEqual: true }], duration: '1h', createdBy: 'you', comment: 'rollback in progress' } },
  { seq: 10, t: 150 * SEC, type: 'operation.run', payload: { operation: 'rollback', target: 'checkout', params: {} } },
  { seq: 11, t: 160 * SEC, type: 'incident.update', payload: { channels: ['incident'] } },
  { seq: 12, t: 170 * SEC, type: 'statuspage.update', payload: { components: [], draft: 'Draft only', publish: false } },
  { seq: 13, t: 175 * SEC, type: 'statuspage.update', payload: { components: [], draft: 'Fixing', publish: true } },
  { seq: 14, t: 200 * SEC, type: 'incident.status', payload: { status: 'monitoring', note: 'error rate back to normal' } },
  { seq: 15, t: 300 * SEC, type: 'incident.resolve', payload: { summary: 'rolled back v2.4.0' } },
  { seq: 16, t: 310 * SEC, type: 'timeline.mark', payload: { entry: 'ev10', key: 'mitigated' } },
  { seq: 17, t: 311 * SEC, type: 'checklist.toggle', payload: { step: 'verify', done: true } },
  { seq: 18, t: 312 * SEC, type: 'drill.clock', payload: { speed: 2 } },
  { seq: 19, t: 313 * SEC, type: 'incident.note', payload: { text: 'all clear' } },
  { seq: 20, t: 320 * SEC, type: 'hint.request', payload: {} },
];

const occurrences: Occurrence[] = [
  { kind: 'drill.start', name: 'drill', at: at(0) },
  { kind: 'fault.started', name: 'bad-deploy', at: at(50) },
  { kind: 'alert.fired', name: 'CheckoutHighErrorRate', at: at(60) },
  { kind: 'notification.delivered', name: 'n-1', at: at(60) },
  { kind: 'page.triggered', name: 'p-1', at: at(60) },
  { kind: 'fault.cleared', name: 'bad-deploy', at: at(240) },
  { kind: 'alert.resolved', name: 'CheckoutHighErrorRate', at: at(250) },
];

const message = (id: string, s: number, author: Author, kind: ChatMessage['kind'], text: string, channel: ChatMessage['channel'] = 'incident'): ChatMessage => ({ id, channel, at: at(s), author, kind, text });

const snapshot: IncidentSnapshot = {
  declared: true,
  title: 'Checkout errors',
  severity: 'SEV2',
  status: 'resolved',
  impact: 'Payments fail',
  services: ['checkout'],
  roles: { ic: 'you', ops: 'priya', comms: undefined, scribe: undefined },
  messages: [
    message('m1', 60, { kind: 'alert', name: 'CheckoutHighErrorRate' }, 'alert', 'FIRING: CheckoutHighErrorRate'),
    message('m2', 90, system, 'system', 'SEV2 declared by you'),
    message('m3', 95, you, 'chat', 'Looking at checkout'),
    message('m4', 100, system, 'system', 'Priya Shah is now the operations lead'),
    message('m5', 100, you, 'chat', 'Priya, please check the database. Report back in 5m.'),
    message('m6', 100, priya, 'ack', 'On it'),
    message('m7', 120, system, 'reminder', 'Update due'),
    message('m8', 125, { kind: 'stakeholder', id: 'support-lead', name: 'Jo Park' }, 'question', 'Is this known?', 'stakeholders'),
    message('m9', 160, you, 'update', 'Update · SEV2 · Identified'),
    message('m10', 250, priya, 'finding', 'orders-db looks healthy.'),
    message('m11', 300, system, 'status', 'Incident resolved by you'),
  ],
  questions: [],
  tasks: [],
  statusPage: { components: [], draft: '', published: [] },
  hints: ['Compare versions.', 'Roll back.'],
  hintsLeft: 0,
  checklist: { 'size-up': true, stabilise: true, update: true, verify: true },
  notes: [
    { id: 'n1', at: at(110), text: 'error rate jumped after the deploy', key: 'detected' },
    { id: 'n2', at: at(313), text: 'all clear' },
  ],
  marks: { ev10: 'mitigated', oc6: 'resolved' },
  revision: 20,
};

describe('the living incident document', () => {
  it('merges actions, alerts and pages, messages and notes, oldest first, with stable ids, authors and key moments', () => {
    const timeline = buildTimeline(events, occurrences, snapshot, { learner: 'you', team: [{ id: 'priya', name: 'Priya Shah' }] });
    expect(timeline.map((e) => [e.id, e.at / SEC, e.kind, e.author, e.text, e.key])).toEqual([
      // At 60 s the world's news comes before what the learner did in the same second.
      ['oc2', 60, 'alert', 'Alertmanager', 'Alert firing: CheckoutHighErrorRate', undefined],
      ['oc4', 60, 'page', 'Pager', 'Paged the on-call: p-1', undefined],
      ['ev3', 60, 'command', 'you', '$ kubectl get pods -n shop', undefined],
      ['ev4', 90, 'status', 'you', 'Declared SEV2: Checkout errors (impact: Payments fail)', undefined],
      ['m3', 95, 'message', 'you', 'Looking at checkout', undefined],
      ['ev6', 100, 'task', 'you', 'Assigned: Priya Shah is the operations lead; Priya Shah to check the database (report back in 5m)', undefined],
      ['m5', 100, 'message', 'you', 'Priya, please check the database. Report back in 5m.', undefined],
      ['m6', 100, 'message', 'Priya Shah', 'On it', undefined],
      ['n1', 110, 'note', 'you', 'error rate jumped after the deploy', 'detected'],
      ['ev7', 120, 'hint', 'you', 'Hint: Compare versions.', undefined],
      ['m8', 125, 'message', 'Jo Park', 'Is this known?', undefined],
      ['ev8', 130, 'action', 'you', 'Acknowledged alert CheckoutHighErrorRate', undefined],
      ['ev9', 140, 'action', 'you', 'Silenced alertname="X" for 1h: rollback in progress', undefined],
      ['ev10', 150, 'action', 'you', 'Ran rollback on checkout', 'mitigated'],
      ['m9', 160, 'update', 'you', 'Update · SEV2 · Identified', undefined],
      ['ev13', 175, 'update', 'you', 'Published on the status page: Fixing', undefined],
      ['ev14', 200, 'status', 'you', 'Status set to monitoring: error rate back to normal', undefined],
      ['oc6', 250, 'alert', 'Alertmanager', 'Alert resolved: CheckoutHighErrorRate', 'resolved'],
      ['m10', 250, 'finding', 'Priya Shah', 'orders-db looks healthy.', undefined],
      ['ev15', 300, 'status', 'you', 'Resolved: rolled back v2.4.0', undefined],
      ['n2', 313, 'note', 'you', 'all clear', undefined],
      ['ev20', 320, 'hint', 'you', 'Hint: Roll back.', undefined],
    ]);
    // Entries without a key moment carry no `key` field at all.
    expect(Object.keys(timeline[0]!)).not.toContain('key');
  });

  it('a mark overrides a note’s own key moment, and a teammate without a known name is shown by id', () => {
    const marked = { ...snapshot, marks: { n1: 'mitigated' as const } };
    const timeline = buildTimeline(events.slice(5, 6), [], marked);
    expect(timeline.find((e) => e.id === 'n1')!.key).toBe('mitigated');
    expect(timeline.find((e) => e.id === 'ev6')!.text).toBe('Assigned: priya is the operations lead; priya to check the database (report back in 5m)');
  });

  it('shows an alert name firing from two sources once: from the first firing to the last resolution', () => {
    const empty = { ...snapshot, messages: [], notes: [], marks: {} };
    const twice: Occurrence[] = [
      { kind: 'alert.fired', name: 'X', at: at(10) },
      { kind: 'alert.fired', name: 'X', at: at(20) },
      { kind: 'alert.resolved', name: 'X', at: at(30) },
      { kind: 'alert.resolved', name: 'X', at: at(40) },
    ];
    expect(buildTimeline([], twice, empty).map((e) => [e.id, e.at / SEC, e.text])).toEqual([
      ['oc0', 10, 'Alert firing: X'],
      ['oc3', 40, 'Alert resolved: X'],
    ]);
  });

  it('is empty when nothing has happened but the start', () => {
    const empty = { ...snapshot, messages: [], notes: [], marks: {} };
    expect(buildTimeline(events.slice(0, 2), occurrences.slice(0, 2), empty)).toEqual([]);
  });
});

describe('updates posted to both channels', () => {
  it('appear once in the document, under the first message id', () => {
    const update = (id: string, channel: ChatMessage['channel']) => message(id, 160, you, 'update', 'Initial report · SEV2 · Investigating', channel);
    const both = { ...snapshot, messages: [update('m1', 'incident'), update('m2', 'stakeholders'), message('m3', 160, you, 'update', 'A different update', 'stakeholders')], notes: [], marks: {} };
    const updates = buildTimeline([], [], both).filter((e) => e.kind === 'update');
    expect(updates.map((e) => e.id)).toEqual(['m1', 'm3']);
  });
});
