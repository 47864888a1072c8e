import { describe, expect, it } from 'vitest';
import { bundledScenario } from '../testing/bundled.node';
import { Drill } from './drill';

const scenario = bundledScenario('checkout-bad-deploy');
const MINUTE = 60_000;

function drillAt(t: number, before?: (d: Drill) => void): Drill {
  const d = new Drill(scenario, scenario.doc.seed);
  before?.(d);
  d.advanceTo(t);
  return d;
}

describe('the alerting pipeline of a drill (checkout-bad-deploy: rules.yml + alertmanager.yml)', () => {
  it('pages, posts to chat and to the webhook when the error-rate alert fires, grouped by the route', () => {
    const d = drillAt(15 * MINUTE);
    const { deliveries, pages } = d.view().alerting;
    const firing = [...deliveries].reverse().filter((x) => x.status === 'firing' && x.subject.includes('CheckoutHighErrorRate'));
    // Route order: incident-bot (continue), checkout-pager (continue), team-checkout-chat.
    expect(firing.slice(0, 3).map((x) => [x.receiver, x.channel, x.destination])).toEqual([
      ['incident-bot', 'webhook', 'http://incident-bot.example.invalid/alertmanager'],
      ['checkout-pager', 'pager', 'checkout-primary-0000000000000000'],
      ['team-checkout-chat', 'chat', '#inc-checkout'],
    ]);
    // group_by [alertname, service]; the other common labels (severity, team) follow in parentheses.
    expect(firing[0]!.subject).toBe('[FIRING:1] CheckoutHighErrorRate checkout (page checkout)');
    const payload = firing[0]!.payload!;
    expect(payload).toMatchObject({ version: '4', status: 'firing', receiver: 'incident-bot', groupLabels: { alertname: 'CheckoutHighErrorRate', service: 'checkout' } });
    expect(payload.alerts[0]!.annotations.runbook_url).toBe('https://runbooks.example.invalid/checkout/high-error-rate');
    expect(payload.alerts[0]!.endsAt).toBe('0001-01-01T00:00:00Z');
    expect(payload.alerts[0]!.generatorURL).toMatch(/^http:\/\/prometheus\.firedrill\.invalid:9090\/graph\?g0\.expr=service%3Ahttp_request_errors/);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.alerts.map((a) => a.alertname)).toEqual(['CheckoutHighErrorRate']);
  });

  it('sends after group_wait: the first notification is 30 s after the alert starts firing', () => {
    const d = drillAt(15 * MINUTE);
    const alert = d.view().alerting.alerts.find((a) => a.labels.alertname === 'CheckoutHighErrorRate')!;
    const first = [...d.view().alerting.deliveries].reverse().find((x) => x.subject.includes('CheckoutHighErrorRate'))!;
    expect(first.at - alert.firedAt!).toBe(30_000);
  });

  it('escalates an unacknowledged page to the secondary after escalate_after (5m)', () => {
    const d = drillAt(15 * MINUTE);
    const page = d.view().alerting.pages[0]!;
    expect(page.state).toBe('escalated');
    expect(page.escalatedTo).toBe('Sam Rivera (secondary on-call)');
    expect(page.escalatedAt! - page.openedAt).toBe(5 * MINUTE);
    expect(d.occurrences().filter((o) => o.kind === 'page.escalated')).toHaveLength(1);
  });

  it('an acknowledged page does not escalate, and acknowledges the alerts it carries', () => {
    const d = new Drill(scenario, scenario.doc.seed);
    while (d.view().alerting.pages.length === 0 && !d.ended) d.advanceTo(d.now + 1000);
    const page = d.view().alerting.pages[0]!;
    expect(d.apply({ type: 'page.acknowledge', page: page.id })).toEqual({ type: 'page.acknowledge', page: page.id, acknowledged: true });
    expect(d.apply({ type: 'page.acknowledge', page: page.id })).toMatchObject({ acknowledged: false, reason: `page ${page.id} is already acknowledged` });
    d.advanceTo(15 * MINUTE);
    const view = d.view().alerting;
    expect(view.pages[0]!.state).not.toBe('escalated');
    expect(d.occurrences().some((o) => o.kind === 'page.escalated')).toBe(false);
    expect(view.alerts.find((a) => a.labels.alertname === 'CheckoutHighErrorRate')!.acknowledgedAt).toBe(page.openedAt);
  });

  it('a silence created before the alert fires mutes every receiver, and the alert shows as suppressed', () => {
    const d = drillAt(15 * MINUTE, (drill) => {
      drill.advanceTo(MINUTE);
      const created = drill.apply({ type: 'silence.create', matchers: [{ name: 'alertname', value: 'CheckoutHighErrorRate', isRegex: false }], duration: '1h', createdBy: 'dana', comment: 'planned test' });
      expect(created).toEqual({ type: 'silence.create', ok: true, id: 'silence-1' });
    });
    const view = d.view().alerting;
    expect(view.deliveries.filter((x) => x.subject.includes('CheckoutHighErrorRate'))).toEqual([]);
    expect(view.pages).toEqual([]);
    const alert = view.alerts.find((a) => a.labels.alertname === 'CheckoutHighErrorRate')!;
    expect(alert).toMatchObject({ state: 'firing', delivery: 'suppressed', silencedBy: ['silence-1'] });
    expect(view.silences[0]).toMatchObject({ id: 'silence-1', state: 'active', createdBy: 'dana' });
  });

  it('an expired silence stops muting; a bad silence is refused with the reason', () => {
    const d = new Drill(scenario, scenario.doc.seed);
    d.advanceTo(MINUTE);
    d.apply({ type: 'silence.create', matchers: [{ name: 'alertname', value: 'CheckoutHighErrorRate', isRegex: false }], duration: '1h', createdBy: 'dana', comment: 'c' });
    expect(d.apply({ type: 'silence.create', matchers: [{ name: 'x', value: '', isRegex: false }], duration: '1h', createdBy: 'dana', comment: 'c' })).toMatchObject({
      ok: false,
      reason: 'at least one matcher must not match the empty string',
    });
    d.advanceTo(2 * MINUTE);
    expect(d.apply({ type: 'silence.expire', id: 'silence-1' })).toEqual({ type: 'silence.expire', id: 'silence-1', ok: true });
    expect(d.apply({ type: 'silence.expire', id: 'silence-9' })).toMatchObject({ ok: false, reason: 'silence not found' });
    d.advanceTo(15 * MINUTE);
    expect(d.view().alerting.silences[0]!.state).toBe('expired');
    expect(d.view().alerting.pages).toHaveLength(1);
  });

  it('records alert.fired and page.triggered in the drill history for the rubric; tickets do not count as fired', () => {
    const d = drillAt(15 * MINUTE);
    // CheckoutErrorLogBurst (severity ticket) fires before the page but is no alert.fired.
    expect(d.view().alerting.alerts.find((a) => a.labels.alertname === 'CheckoutErrorLogBurst')?.state).toBe('firing');
    expect(d.occurrences().some((o) => o.kind === 'alert.fired' && o.name === 'CheckoutErrorLogBurst')).toBe(false);
    const fired = d.occurrences().find((o) => o.kind === 'alert.fired' && o.name === 'CheckoutHighErrorRate');
    const paged = d.occurrences().find((o) => o.kind === 'page.triggered');
    expect(fired).toBeDefined();
    expect(paged!.at - fired!.at).toBeGreaterThanOrEqual(30_000);
  });

  it('adds a learner rule file that is evaluated from then on; a broken one is refused with its line and changes nothing', () => {
    const d = new Drill(scenario, scenario.doc.seed);
    d.advanceTo(MINUTE);
    const bad = d.apply({ type: 'rules.add', text: 'groups:\n  - name: mine\n    rules:\n      - alert: X\n        expr: rate(\n' });
    expect(bad).toMatchObject({ type: 'rules.add', ok: false, groups: [] });
    if (bad.type !== 'rules.add') throw new Error('unexpected outcome');
    expect(bad.problems[0]!.line).toBe(5);
    const rules = 'groups:\n  - name: mine\n    rules:\n      - alert: CheckoutAnyErrors\n        expr: service:http_request_errors:ratio_rate5m{service="checkout"} > 0.02\n        for: 1m\n';
    expect(d.apply({ type: 'rules.add', text: rules })).toEqual({ type: 'rules.add', ok: true, groups: ['mine'], problems: [] });
    d.advanceTo(10 * MINUTE);
    const view = d.view().alerting;
    expect(view.rules.filter((r) => r.source === 'learner').map((r) => [r.group, r.name, r.health])).toEqual([['mine', 'CheckoutAnyErrors', 'ok']]);
    expect(view.alerts.find((a) => a.labels.alertname === 'CheckoutAnyErrors')?.state).toBe('firing');
  });

  it('adds a learner log rule file (rules with a query, as Discover copies them) that counts the drill\'s logs', () => {
    const d = new Drill(scenario, scenario.doc.seed);
    d.advanceTo(MINUTE);
    const logRules = 'groups:\n  - name: my-logs\n    rules:\n      - alert: MyCheckoutErrorLogs\n        query: \'service.name:checkout and log.level:error\'\n        window: 1m\n        threshold: 5\n';
    expect(d.apply({ type: 'rules.add', text: logRules })).toEqual({ type: 'rules.add', ok: true, groups: ['my-logs'], problems: [] });
    d.advanceTo(12 * MINUTE);
    const view = d.view().alerting;
    expect(view.rules.filter((r) => r.source === 'learner').map((r) => [r.group, r.name, r.query])).toEqual([['my-logs', 'MyCheckoutErrorLogs', 'service.name:checkout and log.level:error']]);
    // The scenario's own log rule on the same errors fires by now, so the learner's (lower threshold, no for) does too.
    expect(view.alerts.find((a) => a.labels.alertname === 'MyCheckoutErrorLogs')?.state).toBe('firing');
    const bad = d.apply({ type: 'rules.add', text: 'groups:\n  - name: my-logs\n    rules:\n      - alert: Broken\n        query: \'log.level:\'\n        window: 1m\n        threshold: 5\n' });
    expect(bad).toMatchObject({ type: 'rules.add', ok: false, groups: [] });
  });

  it('is deterministic: the same actions give the same alerting view', () => {
    const a = drillAt(12 * MINUTE);
    const b = drillAt(12 * MINUTE);
    expect(JSON.stringify(a.view().alerting)).toBe(JSON.stringify(b.view().alerting));
  });
});
