import { describe, expect, it } from 'vitest';
import type { Occurrence } from '../drill';
import { eventLog } from '../scoring/test-support';
import { simMillis } from '../sim/clock';
import { pathMoments } from './moments';

const HISTORY: Occurrence[] = [
  { kind: 'drill.start', name: 'drill', at: simMillis(0) },
  { kind: 'fault.started', name: 'bad-deploy', at: simMillis(120_000) },
  { kind: 'fault.started', name: 'noisy', at: simMillis(60_000), redHerring: true },
  { kind: 'alert.fired', name: 'CheckoutErrorRate', at: simMillis(195_000) },
  { kind: 'notification.delivered', name: 'n-1', at: simMillis(195_000) },
  { kind: 'page.triggered', name: 'page-1', at: simMillis(195_000) },
  { kind: 'fault.cleared', name: 'noisy', at: simMillis(250_000), redHerring: true },
  { kind: 'fault.cleared', name: 'bad-deploy', at: simMillis(330_000) },
  { kind: 'alert.resolved', name: 'CheckoutErrorRate', at: simMillis(360_000) },
];

const EVENTS = eventLog(
  [0, 'drill.start', { scenario: 'x', version: 'v', seed: 1 }],
  [200_000, 'alert.acknowledge', { alert: 'CheckoutErrorRate' }],
  [205_000, 'incident.declare', { title: 'Checkout failing', severity: 'SEV2', impact: '', services: [], via: 'form' }],
  [208_000, 'incident.assign', { teammate: 'lee', role: 'ops', task: '', via: 'command', quality: 'complete' }],
  [210_000, 'dashboard.open', { uid: 'svc', title: 'Service overview', source: 'scenario' }],
  [215_000, 'promql.query', { expr: 'sum(rate(http_requests_total[1m]))', time: 1 }],
  [220_000, 'logs.query', { query: '', from: 0, to: 1 }],
  [230_000, 'incident.update', { channels: ['incident', 'stakeholders'], update: { kind: 'initial', impact: 'x' }, via: 'form' }],
  [240_000, 'terminal.exec', { command: 'kubectl rollout undo deploy/checkout' }],
  [241_000, 'drill.clock', { speed: 10 }],
  [250_000, 'chat.post', { channel: 'stakeholders', text: 'Payments are failing; we rolled back and are watching it.' }],
  [260_000, 'silence.create', { matchers: [{ name: 'alertname', value: 'Disk.*', isRegex: true, isEqual: true }], duration: '2h', createdBy: 'you', comment: 'noise' }],
  [270_000, 'statuspage.update', { components: [], draft: 'Checkout degraded', publish: true }],
  [300_000, 'hint.request', {}],
  [400_000, 'incident.resolve', { summary: 'rolled back' }],
  [410_000, 'drill.end', {}],
  [500_000, 'postmortem.save', { document: {} }],
);

describe('an alert that two sources share', () => {
  // The scenario's threshold alert and a rule alert of the same name: one alert to the learner.
  const shared: Occurrence[] = [
    { kind: 'alert.fired', name: 'CheckoutErrorRate', at: simMillis(180_000) },
    { kind: 'alert.fired', name: 'CheckoutErrorRate', at: simMillis(195_000) },
    { kind: 'alert.resolved', name: 'CheckoutErrorRate', at: simMillis(350_000) },
    { kind: 'alert.resolved', name: 'CheckoutErrorRate', at: simMillis(360_000) },
    { kind: 'alert.fired', name: 'CheckoutErrorRate', at: simMillis(500_000) },
  ];
  it('fires when the first source fires, resolves when the last one does, and may fire again after', () => {
    expect(pathMoments(shared, []).map((m) => [m.at / 1000, m.label])).toEqual([
      [180, 'alert CheckoutErrorRate fired'],
      [360, 'alert CheckoutErrorRate resolved'],
      [500, 'alert CheckoutErrorRate fired'],
    ]);
  });
});

describe('a path from a hand-built drill', () => {
  it('puts alerts, pages, reads, actions, messages and the real fault clearing on their lanes in time order', () => {
    expect(pathMoments(HISTORY, EVENTS).map((m) => [m.at / 1000, m.lane, m.label, m.seq])).toEqual([
      [195, 'alerts', 'alert CheckoutErrorRate fired', undefined],
      [195, 'alerts', 'on-call paged (page-1)', undefined],
      [200, 'actions', 'acknowledged alert CheckoutErrorRate', 2],
      [205, 'actions', 'declared SEV2', 3],
      [208, 'actions', 'made lee ops lead', 4],
      [210, 'reads', 'opened dashboard Service overview', 5],
      [215, 'reads', 'query sum(rate(http_requests_total[1m]))', 6],
      [220, 'reads', 'log search (all lines)', 7],
      [230, 'messages', 'initial update to incident, stakeholders', 8],
      [240, 'actions', 'kubectl rollout undo deploy/checkout', 9],
      [250, 'messages', '#stakeholders: Payments are failing; we rolled back and are watching it.', 11],
      [260, 'actions', 'silenced alertname=~Disk.* for 2h', 12],
      [270, 'messages', 'status page published', 13],
      [300, 'actions', 'asked for a hint', 14],
      [330, 'recovery', 'fault bad-deploy cleared', undefined],
      [360, 'alerts', 'alert CheckoutErrorRate resolved', undefined],
      [400, 'actions', 'resolved the incident', 15],
    ]);
  });

  it('cuts a long command to one short line', () => {
    const long = `kubectl logs deploy/checkout -n shop\n  --since=10m | grep ${'x'.repeat(100)}`;
    const moment = pathMoments([], eventLog([1000, 'terminal.exec', { command: long }]))[0]!;
    expect(moment.label).toHaveLength(72);
    expect(moment.label.startsWith('kubectl logs deploy/checkout -n shop --since=10m | grep x')).toBe(true);
    expect(moment.label.endsWith('…')).toBe(true);
  });

  it('labels a delegated task, a status change and a regular update', () => {
    const moments = pathMoments(
      [],
      eventLog(
        [1000, 'incident.assign', { teammate: 'priya', task: 'check orders-db', via: 'chat', quality: 'complete' }],
        [2000, 'incident.status', { status: 'monitoring', note: '', via: 'form' }],
        [3000, 'incident.update', { channels: ['incident'], update: { kind: 'update' }, via: 'form' }],
      ),
    );
    expect(moments.map((m) => m.label)).toEqual(['asked priya: check orders-db', 'status to monitoring', 'status update to incident']);
  });
});
