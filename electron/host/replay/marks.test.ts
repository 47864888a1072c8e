import { describe, expect, it } from 'vitest';
import type { DrillEvent, Occurrence } from '../../engine/drill';
import { markLabel, replayMarks } from './marks';

const event = (type: string, payload: unknown, seq = 1, t = 0): DrillEvent => ({ seq, t, type, payload });

describe('markLabel', () => {
  it.each([
    [event('terminal.exec', { command: 'kubectl get pods -n shop' }), 'terminal.exec: kubectl get pods -n shop'],
    [event('incident.declare', { title: 'Checkout down', severity: 'SEV2', impact: '', services: [] }), 'incident.declare SEV2'],
    [event('incident.status', { status: 'monitoring', note: 'watching' }), 'incident.status monitoring'],
    [event('drill.clock', { speed: 60 }), 'drill.clock 60×'],
    [event('chat.post', { channel: 'incident', text: 'rolling back\n  now' }), 'chat.post: rolling back now'],
    [event('incident.update', { update: { kind: 'initial' } }), 'incident.update initial'],
    [event('dashboard.open', { uid: 'svc', title: 'Service overview' }), 'dashboard.open: Service overview'],
    [event('postmortem.save', { document: { title: 'Checkout outage' } }), 'postmortem.save: Checkout outage'],
    [event('postmortem.save', { document: { title: '  ' } }), 'postmortem.save'],
    [event('drill.end', {}), 'drill.end'],
    [event('hint.request', {}), 'hint.request'],
  ])('labels %j as %s', (e, label) => {
    expect(markLabel(e)).toBe(label);
  });

  it('cuts long text to one short line', () => {
    const label = markLabel(event('chat.post', { channel: 'incident', text: 'x'.repeat(500) }));
    expect(label).toBe(`chat.post: ${'x'.repeat(59)}…`);
  });
});

describe('replayMarks', () => {
  it('adds the alert firings (seq 0) in time order, logged events first at the same time', () => {
    const events = [event('drill.start', {}, 1, 0), event('terminal.exec', { command: 'uptime' }, 2, 195_000), event('drill.end', {}, 3, 300_000)];
    const history: Occurrence[] = [
      { kind: 'drill.start', name: 'drill', at: 0 },
      { kind: 'alert.fired', name: 'HighErrors', at: 195_000 },
      { kind: 'alert.resolved', name: 'HighErrors', at: 250_000 },
      { kind: 'alert.fired', name: 'Latency', at: 100_000 },
      // The same alert from a second source (a rule alert named like the threshold alert): one mark, not two.
      { kind: 'alert.fired', name: 'Latency', at: 120_000 },
    ] as Occurrence[];
    expect(replayMarks(events, history).map((m) => [m.seq, m.t, m.label])).toEqual([
      [1, 0, 'drill.start'],
      [0, 100_000, 'alert Latency fired'],
      [2, 195_000, 'terminal.exec: uptime'],
      [0, 195_000, 'alert HighErrors fired'],
      [3, 300_000, 'drill.end'],
    ]);
  });
});
