import { describe, expect, it } from 'vitest';
import { parseAlertmanagerConfig } from './config';
import type { IncomingAlert } from './dispatcher';
import { Dispatcher } from './dispatcher';
import { fingerprint } from './matchers';
import { toWebhookPayload } from './webhook';

const S = 1000;
const M = 60 * S;
const FAR = 10 ** 13;

function dispatcher(yaml: string): Dispatcher {
  const r = parseAlertmanagerConfig(yaml);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return new Dispatcher(r.config);
}

const BASIC = `
route:
  receiver: hook
  group_by: [alertname]
  group_wait: 30s
  group_interval: 5m
  repeat_interval: 1h
receivers:
  - name: hook
    webhook_configs: [{ url: 'http://hook' }]
`;

const firing = (labels: Record<string, string>, startsAt: number): IncomingAlert => ({ labels, startsAt, endsAt: FAR, annotations: { summary: 's' } });
const resolved = (labels: Record<string, string>, startsAt: number, endsAt: number): IncomingAlert => ({ labels, startsAt, endsAt, annotations: { summary: 's' } });

/** Ticks every 10 s from `from` to `to` and returns the times notifications were sent. */
function run(d: Dispatcher, from: number, to: number) {
  const sent = [];
  for (let t = from; t <= to; t += 10 * S) sent.push(...d.tick(t));
  return sent;
}

describe('Dispatcher timing', () => {
  it('sends the first notification after group_wait', () => {
    const d = dispatcher(BASIC);
    d.receive([firing({ alertname: 'Down', instance: 'a' }, 0)], 0);
    expect(d.tick(29 * S)).toEqual([]);
    const [n, ...rest] = d.tick(30 * S);
    expect(rest).toEqual([]);
    expect(n).toMatchObject({
      receiver: 'hook',
      groupKey: '{}:{alertname="Down"}',
      groupLabels: { alertname: 'Down' },
      commonLabels: { alertname: 'Down', instance: 'a' },
      commonAnnotations: { summary: 's' },
      status: 'firing',
      at: 30 * S,
    });
    expect(n!.alerts).toHaveLength(1);
  });

  it('a new alert in a flushed group waits for the next group_interval', () => {
    const d = dispatcher(BASIC);
    d.receive([firing({ alertname: 'Down', instance: 'a' }, 0)], 0);
    expect(run(d, 0, 40 * S).map((n) => n.at)).toEqual([30 * S]);
    d.receive([firing({ alertname: 'Down', instance: 'b' }, 60 * S)], 60 * S);
    expect(run(d, 60 * S, 5 * M + 20 * S)).toEqual([]);
    const [n] = run(d, 5 * M + 30 * S, 5 * M + 30 * S);
    expect(n!.at).toBe(5 * M + 30 * S);
    expect(n!.alerts.map((a) => a.labels.instance)).toEqual(['a', 'b']);
    expect(n!.commonLabels).toEqual({ alertname: 'Down' });
    // Nothing changed: no notification at the next interval.
    expect(run(d, 5 * M + 40 * S, 10 * M + 30 * S)).toEqual([]);
  });

  it('re-sends an unchanged firing group at the first flush more than repeat_interval after the last', () => {
    const d = dispatcher(BASIC);
    d.receive([firing({ alertname: 'Down' }, 0)], 0);
    const times = run(d, 0, 135 * M).map((n) => n.at);
    // Flushes at 30s + k·5m; the nflog test is strict (last < now − repeat), so 1h00m30s is too early.
    expect(times).toEqual([30 * S, 65 * M + 30 * S, 130 * M + 30 * S]);
  });

  it('sends a resolved notification once, then forgets the group', () => {
    const d = dispatcher(BASIC);
    d.receive([firing({ alertname: 'Down', instance: 'a' }, 0)], 0);
    run(d, 0, 30 * S);
    d.receive([resolved({ alertname: 'Down', instance: 'a' }, 0, 2 * M)], 2 * M);
    expect(run(d, 2 * M, 5 * M + 20 * S)).toEqual([]);
    const sent = run(d, 5 * M + 30 * S, 2 * 3600 * S);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ status: 'resolved', at: 5 * M + 30 * S });
    expect(sent[0]!.alerts[0]).toMatchObject({ status: 'resolved', startsAtMs: 0, endsAtMs: 2 * M });
  });

  it('an alert that resolves before group_wait ends is never notified', () => {
    const d = dispatcher(BASIC);
    d.receive([firing({ alertname: 'Blip' }, 0)], 0);
    d.receive([resolved({ alertname: 'Blip' }, 0, 10 * S)], 10 * S);
    expect(run(d, 0, 20 * M)).toEqual([]);
  });

  it('an alert older than group_wait is flushed at once in a new group', () => {
    const d = dispatcher(BASIC);
    d.receive([firing({ alertname: 'Old' }, 0)], 10 * M);
    expect(d.tick(10 * M).map((n) => n.at)).toEqual([10 * M]);
  });

  it("group_by ['...'] makes one group per label set", () => {
    const d = dispatcher(BASIC.replace('group_by: [alertname]', "group_by: ['...']"));
    d.receive([firing({ alertname: 'Down', instance: 'a' }, 0), firing({ alertname: 'Down', instance: 'b' }, 0)], 0);
    const sent = d.tick(30 * S);
    expect(sent.map((n) => n.groupKey).sort()).toEqual(['{}:{alertname="Down", instance="a"}', '{}:{alertname="Down", instance="b"}']);
    expect(sent[0]!.groupLabels).toEqual(sent[0]!.alerts[0]!.labels);
  });

  it('routes one alert to each matching route with continue', () => {
    const d = dispatcher(`
route:
  receiver: hook
  routes:
    - matchers: [team="db"]
      receiver: db
      continue: true
      group_wait: 10s
    - matchers: [severity="critical"]
      receiver: pager
receivers:
  - name: hook
    webhook_configs: [{ url: 'http://hook' }]
  - name: db
    webhook_configs: [{ url: 'http://db' }]
  - name: pager
    pagerduty_configs: [{ routing_key: k }]
`);
    d.receive([firing({ alertname: 'X', team: 'db', severity: 'critical' }, 0)], 0);
    expect(d.tick(10 * S).map((n) => [n.receiver, n.groupKey])).toEqual([['db', '{}/{team="db"}:{}']]);
    expect(d.tick(30 * S).map((n) => [n.receiver, n.groupKey])).toEqual([['pager', '{}/{severity="critical"}:{}']]);
  });
});

describe('Dispatcher receivers', () => {
  it('a receiver without integrations sends nothing; email omits resolved alerts (send_resolved: false)', () => {
    const d = dispatcher(`
route:
  receiver: blackhole
  group_by: [alertname]
  routes:
    - matchers: [team="db"]
      receiver: mail
receivers:
  - name: blackhole
  - name: mail
    email_configs: [{ to: 'db@example.com' }]
`);
    d.receive([firing({ alertname: 'A' }, 0), firing({ alertname: 'B', team: 'db' }, 0)], 0);
    expect(d.tick(30 * S).map((n) => n.receiver)).toEqual(['mail']);
    d.receive([resolved({ alertname: 'B', team: 'db' }, 0, M)], M);
    expect(run(d, 40 * S, 20 * M)).toEqual([]);
  });
});

describe('Dispatcher muting', () => {
  const INHIBIT = `${BASIC.replace('group_by: [alertname]', 'group_by: [alertname, cluster]')}
inhibit_rules:
  - source_matchers: [severity="critical"]
    target_matchers: [severity="warning"]
    equal: [cluster]
`;

  it('a critical alert inhibits a warning with the same cluster only', () => {
    const d = dispatcher(INHIBIT);
    d.receive([
      firing({ alertname: 'DiskFull', severity: 'critical', cluster: 'eu' }, 0),
      firing({ alertname: 'Latency', severity: 'warning', cluster: 'eu' }, 0),
      firing({ alertname: 'Latency', severity: 'warning', cluster: 'us' }, 0),
    ], 0);
    const sent = d.tick(30 * S);
    expect(sent.map((n) => n.groupKey).sort()).toEqual(['{}:{alertname="DiskFull", cluster="eu"}', '{}:{alertname="Latency", cluster="us"}']);
    expect(d.status({ alertname: 'Latency', severity: 'warning', cluster: 'eu' }, 30 * S)).toEqual({
      state: 'suppressed',
      silencedBy: [],
      inhibitedBy: [fingerprint({ alertname: 'DiskFull', severity: 'critical', cluster: 'eu' })],
    });
    // The source resolves: the warning is no longer muted and is sent at its group's next flush.
    d.receive([resolved({ alertname: 'DiskFull', severity: 'critical', cluster: 'eu' }, 0, 60 * S)], 60 * S);
    const later = run(d, 40 * S, 5 * M + 30 * S);
    expect(later.map((n) => [n.groupKey, n.status]).sort()).toEqual([
      ['{}:{alertname="DiskFull", cluster="eu"}', 'resolved'],
      ['{}:{alertname="Latency", cluster="eu"}', 'firing'],
    ]);
  });

  it('a silence mutes only while active', () => {
    const d = dispatcher(BASIC);
    const r = d.silences.add({ matchers: [{ name: 'alertname', value: 'Down', isRegex: false }], startsAtMs: 6 * M, endsAtMs: 12 * M, createdBy: 'me', comment: 'maint' }, 0);
    expect(r.ok).toBe(true);
    d.receive([firing({ alertname: 'Down' }, 0)], 0);
    // Pending at 30 s: sent.
    expect(d.tick(30 * S)).toHaveLength(1);
    d.receive([firing({ alertname: 'Down', instance: 'b' }, 0)], 60 * S);
    // The silence starts at 6m, so the flush at 5m30s still sends the new alert.
    expect(run(d, 40 * S, 5 * M + 30 * S)).toHaveLength(1);
    d.receive([firing({ alertname: 'Down', instance: 'c' }, 0)], 7 * M);
    // The flush at 10m30s falls in the active window: nothing is sent.
    expect(run(d, 5 * M + 40 * S, 10 * M + 30 * S)).toEqual([]);
    // Expired at 12m: the flush at 15m30s sends the group with the new alert.
    const [n] = run(d, 10 * M + 40 * S, 15 * M + 30 * S);
    expect(n!.alerts.map((a) => a.labels.instance ?? '')).toEqual(['b', 'c', '']);
  });
});

describe('toWebhookPayload', () => {
  it('renders Alertmanager webhook JSON version 4', () => {
    const d = dispatcher(BASIC);
    d.receive([{ labels: { alertname: 'Down', job: 'api' }, annotations: { summary: 'down' }, startsAt: '2024-05-01T10:00:00Z', endsAt: FAR, generatorURL: 'http://prom/graph' }], Date.parse('2024-05-01T10:00:00Z'));
    const [n] = d.tick(Date.parse('2024-05-01T10:00:30Z'));
    expect(toWebhookPayload(n!, 'http://am:9093')).toEqual({
      version: '4',
      groupKey: '{}:{alertname="Down"}',
      truncatedAlerts: 0,
      status: 'firing',
      receiver: 'hook',
      groupLabels: { alertname: 'Down' },
      commonLabels: { alertname: 'Down', job: 'api' },
      commonAnnotations: { summary: 'down' },
      externalURL: 'http://am:9093',
      alerts: [{
        status: 'firing',
        labels: { alertname: 'Down', job: 'api' },
        annotations: { summary: 'down' },
        startsAt: '2024-05-01T10:00:00Z',
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: 'http://prom/graph',
        fingerprint: fingerprint({ alertname: 'Down', job: 'api' }),
      }],
    });
  });

  it('fingerprints as model.LabelSet.Fingerprint (FNV-1a 64) in 16 hex digits', () => {
    // The empty label set hashes to the FNV-64 offset basis.
    expect(fingerprint({})).toBe('cbf29ce484222325');
    expect(fingerprint({ a: 'b' })).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint({ a: 'b', c: 'd' })).toBe(fingerprint({ c: 'd', a: 'b' }));
  });
});
