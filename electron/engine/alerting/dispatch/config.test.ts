import { describe, expect, it } from 'vitest';
import { parseAlertmanagerConfig } from './config';
import type { Route } from './config';

const RECEIVERS = `
receivers:
  - name: default
    webhook_configs: [{ url: 'http://hook/default' }]
  - name: db
    email_configs: [{ to: 'db@example.com' }]
  - name: pager
    pagerduty_configs: [{ routing_key: 'x' }]
`;

function ok(yaml: string) {
  const r = parseAlertmanagerConfig(yaml);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.config;
}
function errors(yaml: string) {
  const r = parseAlertmanagerConfig(yaml);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('parseAlertmanagerConfig', () => {
  it('applies the documented defaults to the root route', () => {
    const c = ok(`route: { receiver: default }\n${RECEIVERS}`);
    expect(c.route.groupWaitMs).toBe(30_000);
    expect(c.route.groupIntervalMs).toBe(300_000);
    expect(c.route.repeatIntervalMs).toBe(4 * 3_600_000);
    expect(c.route.groupBy).toEqual([]);
    expect(c.route.key).toBe('{}');
    expect(c.resolveTimeoutMs).toBe(300_000);
    expect(c.receivers.map((r) => r.name)).toEqual(['default', 'db', 'pager']);
    expect(c.receivers[1]!.email_configs).toEqual([{ to: 'db@example.com' }]);
  });

  it('children inherit unset fields from the parent, not matchers or continue', () => {
    const c = ok(`
route:
  receiver: default
  group_by: [alertname, cluster]
  group_wait: 10s
  repeat_interval: 1h
  routes:
    - matchers: ['service=~"mysql|cassandra"']
      receiver: db
      group_interval: 2m
      routes:
        - match: { severity: critical }
          receiver: pager
          continue: true
${RECEIVERS}`);
    const db = c.route.routes[0]!;
    expect(db).toMatchObject({ receiver: 'db', groupBy: ['alertname', 'cluster'], groupWaitMs: 10_000, groupIntervalMs: 120_000, repeatIntervalMs: 3_600_000, continue: false });
    const pager: Route = db.routes[0]!;
    expect(pager).toMatchObject({ receiver: 'pager', groupWaitMs: 10_000, groupIntervalMs: 120_000, continue: true, id: [0, 0] });
    expect(pager.matchers.map((m) => [m.name, m.type, m.value])).toEqual([['severity', '=', 'critical']]);
    expect(pager.key).toBe('{}/{service=~"mysql|cassandra"}/{severity="critical"}');
  });

  it("accepts group_by ['...']", () => {
    expect(ok(`route: { receiver: default, group_by: ['...'] }\n${RECEIVERS}`).route.groupBy).toBe('...');
  });

  it('parses inhibit rules', () => {
    const c = ok(`route: { receiver: default }
inhibit_rules:
  - source_matchers: [severity="critical"]
    target_matchers: ['severity="warning"']
    equal: [cluster]
${RECEIVERS}`);
    const r = c.inhibitRules[0]!;
    expect(r.equal).toEqual(['cluster']);
    expect(r.sourceMatchers[0]).toMatchObject({ name: 'severity', type: '=', value: 'critical' });
    expect(r.targetMatchers[0]).toMatchObject({ name: 'severity', type: '=', value: 'warning' });
  });

  it('reports an undefined receiver with its path', () => {
    expect(errors(`route:\n  receiver: default\n  routes:\n    - receiver: nobody\n${RECEIVERS}`)).toEqual([
      { path: 'route.routes[0].receiver', reason: 'undefined receiver "nobody" used in route' },
    ]);
  });

  it('reports a bad duration', () => {
    expect(errors(`route: { receiver: default, group_wait: 30x }\n${RECEIVERS}`)).toEqual([
      { path: 'route.group_wait', reason: 'unknown unit "x" in duration "30x"' },
    ]);
  });

  it('reports a bad matcher', () => {
    const e = errors(`route:\n  receiver: default\n  routes:\n    - matchers: ['foo bar']\n${RECEIVERS}`);
    expect(e).toHaveLength(1);
    expect(e[0]!.path).toBe('route.routes[0].matchers[0]');
    expect(e[0]!.reason).toMatch(/bad matcher format/);
  });

  it('reports an unknown field', () => {
    expect(errors(`route: { receiver: default, group_whait: 1m }\n${RECEIVERS}`)).toEqual([
      { path: 'route.group_whait', reason: 'field group_whait not found in type' },
    ]);
  });

  it('validates the root route and receiver names', () => {
    const e = errors(`route: { matchers: [a="b"], continue: true }
receivers: [{ name: x }, { name: x }]`);
    expect(e).toEqual(expect.arrayContaining([
      { path: 'route.receiver', reason: 'root route must specify a default receiver' },
      { path: 'route', reason: 'root route must not have any matchers' },
      { path: 'route.continue', reason: 'cannot have continue in root route' },
      { path: 'receivers[1].name', reason: 'notification config name "x" is not unique' },
    ]));
  });

  it("refuses '...' mixed with other labels", () => {
    expect(errors(`route: { receiver: default, group_by: ['...', a] }\n${RECEIVERS}`)[0]!.path).toBe('route.group_by');
  });
});
